package org.isletsim.care.course;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.isletsim.InvalidInputException;
import org.isletsim.simulation.MinuteSink;

/**
 * Writes one course into a directory: {@code daily.csv}, {@code events.csv}, {@code summary.txt} and, on
 * request, {@code trace.csv} (one row per minute). Rows are streamed as the course runs (nothing is held in
 * memory); everything goes to a temporary directory beside the target and is moved in only when the course
 * has finished, so a failed run leaves an earlier result untouched.
 */
public final class CourseFiles {
  private CourseFiles() {}

  /** Runs {@code runner} for {@code days} days into {@code outDir}. */
  public static CourseResult write(CourseRunner runner, int days, boolean trace, Path outDir) {
    Path target = outDir.toAbsolutePath();
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw new InvalidInputException("--out " + outDir + " is a file, expected a directory");
    }
    Path temp = null;
    try {
      Files.createDirectories(target.getParent());
      temp = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".");
      CourseResult result;
      try (BufferedWriter daily = Files.newBufferedWriter(temp.resolve("daily.csv"), StandardCharsets.UTF_8);
          BufferedWriter events = Files.newBufferedWriter(temp.resolve("events.csv"), StandardCharsets.UTF_8);
          BufferedWriter minutes = trace ? Files.newBufferedWriter(temp.resolve("trace.csv"), StandardCharsets.UTF_8) : null) {
        daily.write(DailySummary.CSV_HEADER + "\n");
        events.write(CareEvent.CSV_HEADER + "\n");
        if (minutes != null) {
          minutes.write("t_min,bg_mgdl,cgm_mgdl,cho_g_per_min,insulin_u_per_min\n");
          runner.withTrace(new TraceSink(minutes));
        }
        result = runner.run(days, new CourseOutput() {
          @Override
          public void day(DailySummary s) {
            line(daily, s.csv());
          }

          @Override
          public void event(CareEvent e) {
            line(events, e.csv());
          }
        });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      Files.writeString(temp.resolve("summary.txt"), summary(result));
      Files.createDirectories(target);
      try (Stream<Path> files = Files.list(temp)) {
        for (Path f : (Iterable<Path>) files::iterator) {
          f.toFile().setReadable(true, false);
          move(f, target.resolve(f.getFileName()));
        }
      }
      return result;
    } catch (IOException e) {
      throw new InvalidInputException("cannot write " + outDir + ": " + e.getMessage(), e);
    } finally {
      if (temp != null) deleteTree(temp);
    }
  }

  static String summary(CourseResult r) {
    return String.format(Locale.ROOT,
        "patient %s%ndays %d%nsevere_hypoglycaemia %d (%.2f per person-year; %d from day 90)%n"
            + "mean_glucose_mgdl %.1f%ntir_pct %.1f%ntbr54_pct %.2f%nhba1c_model_pct day0 %.2f end %.2f%n"
            + "insulin_u_per_day %.1f%ninsulin_free_days %d%nfirst_insulin_stop_day %d%n",
        r.patient(), r.days(), r.sheEvents(), r.sheRatePerYear(), r.sheEventsAfterDay90(), r.meanGlucoseMgDl(),
        r.tirPct(), r.tbr54Pct(), r.hba1cStartPct(), r.hba1cEndPct(), r.insulinUPerDay(), r.insulinFreeDays(),
        r.firstInsulinStopDay());
  }

  private static void line(BufferedWriter w, String s) {
    try {
      w.write(s);
      w.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // best effort
    }
  }

  /** Per-minute rows of the course. */
  private record TraceSink(BufferedWriter w) implements MinuteSink {
    @Override
    public Detail detail() {
      return Detail.GLUCOSE;
    }

    @Override
    public void minute(long t, double bg, double plasma, double cgm, double cho, double ins, double[] state) {
      line(w, t + "," + String.format(Locale.ROOT, "%.3f,%.1f,%.1f,%.5f", bg, cgm, cho, ins));
    }
  }
}
