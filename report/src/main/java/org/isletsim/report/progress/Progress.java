package org.isletsim.report.progress;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import org.isletsim.InvalidInputException;

/**
 * Progress of a long run (trial replicates, patients, courses) on stderr: a redrawn bar with rate and ETA when
 * stderr is an interactive terminal ({@link Mode#BAR}), a plain line every {@code logInterval} otherwise ({@link Mode#LOG}: CI,
 * pipes, files), or nothing ({@link Mode#QUIET}, {@code --quiet}). Thread-safe: workers call {@link #step()}; output
 * is throttled, so stepping costs one atomic increment and a clock read.
 */
public final class Progress implements AutoCloseable {
  /** How progress is shown. */
  public enum Mode { BAR, LOG, QUIET }

  /** Default spacing of plain log lines. */
  public static final long LOG_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(10);
  private static final long BAR_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(200);
  private static final int BAR_WIDTH = 30;

  private final String task;
  private final long total;
  private final String unit;
  private final Mode mode;
  private final PrintWriter out;
  private final LongSupplier nanoClock;
  private final long interval;
  private final long startNanos;
  private final AtomicLong done = new AtomicLong();
  private volatile long nextPrintNanos;
  private boolean closed;

  Progress(String task, long total, String unit, Mode mode, PrintWriter out, LongSupplier nanoClock,
      long logIntervalNanos) {
    if (total < 0) {
      throw new IllegalArgumentException("progress total " + total + " < 0");
    }
    this.task = task;
    this.total = total;
    this.unit = unit;
    this.mode = mode;
    this.out = out;
    this.nanoClock = nanoClock;
    this.interval = mode == Mode.BAR ? BAR_INTERVAL_NANOS : logIntervalNanos;
    this.startNanos = nanoClock.getAsLong();
    this.nextPrintNanos = startNanos + interval;
    if (mode == Mode.LOG) {
      print(task + ": " + total + " " + unit + " to do");
    } else if (mode == Mode.BAR) {
      redraw(0, startNanos);
    }
  }

  /** Starts reporting {@code total} units of work (e.g. 30 "patients") on {@code err}. */
  public static Progress start(String task, long total, String unit, Mode mode, PrintWriter err) {
    return new Progress(task, total, unit, mode, err, System::nanoTime, LOG_INTERVAL_NANOS);
  }

  /** As {@link #start(String, long, String, Mode, PrintWriter)}, on a stream (e.g. {@code System.err}). */
  public static Progress start(String task, long total, String unit, Mode mode, PrintStream err) {
    return start(task, total, unit, mode, new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
  }

  /** Environment variable that chooses the mode whatever stderr is: {@code bar}, {@code log} or {@code quiet}. */
  public static final String ENV = "ISLETSIM_PROGRESS";

  /** The values {@value #ENV} accepts, for messages: "bar, log or quiet". */
  private static final String ACCEPTED = accepted();

  /**
   * QUIET when asked ({@code --quiet}); else the mode named by {@value #ENV} ({@code bar|log|quiet}, any case)
   * when it is set; else BAR when stderr, where progress goes, is a terminal ({@link StderrTerminal}) and LOG when
   * it is not or cannot be told. A value of {@value #ENV} that names no mode is an {@link InvalidInputException}
   * (exit code 2), {@code --quiet} or not: commands call this before they start any work.
   */
  public static Mode detect(boolean quiet) {
    return detect(quiet, System.getenv(ENV), StderrTerminal::probe);
  }

  /** The rule of {@link #detect(boolean)} with its inputs given: {@code forced} is {@value #ENV}'s value or null. */
  static Mode detect(boolean quiet, String forced, BooleanSupplier stderrIsTerminal) {
    Mode asked = forced(forced);
    if (quiet) {
      return Mode.QUIET;
    }
    if (asked != null) {
      return asked;
    }
    return stderrIsTerminal.getAsBoolean() ? Mode.BAR : Mode.LOG;
  }

  /** The mode {@value #ENV}'s {@code value} names (any case, blanks around it ignored); null when unset or blank. */
  static Mode forced(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    for (Mode m : Mode.values()) {
      if (m.name().equalsIgnoreCase(value.trim())) {
        return m;
      }
    }
    StringBuilder shown = new StringBuilder(); // one line whatever was set
    value.codePoints().forEach(c -> shown.appendCodePoint(Character.isISOControl(c) ? '?' : c));
    throw new InvalidInputException("environment variable " + ENV + "='" + shown + "': not a progress mode; expected "
        + ACCEPTED + " (any case), or the variable unset");
  }

  private static String accepted() {
    Mode[] modes = Mode.values();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < modes.length; i++) {
      b.append(i == 0 ? "" : i == modes.length - 1 ? " or " : ", ").append(modes[i].name().toLowerCase(Locale.ROOT));
    }
    return b.toString();
  }

  public Mode mode() {
    return mode;
  }

  public long done() {
    return done.get();
  }

  /** One unit finished. */
  public void step() {
    advance(1);
  }

  /** {@code n} units finished. */
  public void advance(long n) {
    long d = done.addAndGet(n);
    if (mode == Mode.QUIET || (mode == Mode.LOG && d >= total)) {
      return; // a finished run's line is the closing one
    }
    long now = nanoClock.getAsLong();
    if (now >= nextPrintNanos) {
      synchronized (this) {
        if (now >= nextPrintNanos && !closed) {
          nextPrintNanos = now + interval;
          if (mode == Mode.BAR) {
            redraw(d, now);
          } else {
            print(task + ": " + status(d, now));
          }
        }
      }
    }
  }

  /** Prints the final line (elapsed time and rate); idempotent. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (mode == Mode.QUIET) {
      return;
    }
    long now = nanoClock.getAsLong();
    long d = done.get();
    if (mode == Mode.BAR) {
      redraw(d, now);
      out.print('\n');
    }
    double sec = (now - startNanos) / 1e9;
    print(task + ": " + d + "/" + total + " " + unit + " in " + String.format(Locale.ROOT, "%.1f", sec) + " s ("
        + rate(d, sec) + ")");
  }

  private void redraw(long d, long now) {
    int filled = total == 0 ? BAR_WIDTH : (int) Math.min(BAR_WIDTH, BAR_WIDTH * d / total);
    String bar = "=".repeat(filled) + (filled < BAR_WIDTH ? ">" + " ".repeat(BAR_WIDTH - filled - 1) : "");
    out.print("\r" + task + " [" + bar + "] " + status(d, now) + "\u001b[K");
    out.flush();
  }

  /** "12/30 patients (40%), 3.2 patients/s, ETA 0:00:05". */
  String status(long d, long now) {
    double sec = (now - startNanos) / 1e9;
    String pct = total == 0 ? "100%" : (100 * d / total) + "%";
    StringBuilder b = new StringBuilder().append(d).append('/').append(total).append(' ').append(unit)
        .append(" (").append(pct).append("), ").append(rate(d, sec));
    if (d > 0 && d < total && sec > 0) {
      b.append(", ETA ").append(clock(sec / d * (total - d)));
    }
    return b.toString();
  }

  private String rate(long d, double sec) {
    if (sec <= 0 || d == 0) {
      return "\u2013 " + unit + "/s";
    }
    double r = d / sec;
    return String.format(Locale.ROOT, r >= 10 ? "%.0f %s/s" : "%.2f %s/s", r, unit);
  }

  static String clock(double seconds) {
    long s = Math.round(seconds);
    return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
  }

  private void print(String line) {
    out.println(line);
    out.flush();
  }
}
