package org.isletsim.report.progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Whether this process's standard error is an interactive terminal, the stream progress is written to. Java 17
 * cannot ask directly: {@link System#console()} is non-null only when stdin <em>and</em> stdout are terminals,
 * which says nothing about stderr ({@code isletsim trial … 2>log} has a console; {@code isletsim trial … | tee}
 * has none while stderr is still the terminal). The answer, first that applies:
 *
 * <ol>
 *   <li>the system property {@value #PROPERTY} ({@code true} or {@code false}): the {@code ./isletsim} launcher
 *       sets it from the shell's {@code [ -t 2 ]}, the POSIX isatty of file descriptor 2, on any system;
 *   <li>on Linux, the target of the link {@code /proc/self/fd/2}: a terminal device ({@code /dev/pts/N},
 *       {@code /dev/ttyX}, {@code /dev/console}) is a terminal; a file, a pipe, a socket or {@code /dev/null}
 *       is not;
 *   <li>otherwise (no launcher, no {@code /proc}, e.g. {@code java -jar} on macOS or Windows): not a terminal,
 *       so a bar's carriage returns and escape codes never end up in a log file; {@code ISLETSIM_PROGRESS=bar}
 *       asks for the bar.
 * </ol>
 */
public final class StderrTerminal {
  /** System property set by the launcher: {@code true} when stderr is a terminal, {@code false} when not. */
  public static final String PROPERTY = "isletsim.stderr.tty";

  private static final Path PROC_FD2 = Path.of("/proc/self/fd/2");

  private StderrTerminal() {}

  /** This process's answer (property, then /proc, then false); cheap enough to call once per run. */
  public static boolean probe() {
    return probe(System.getProperty(PROPERTY), PROC_FD2);
  }

  /**
   * The rule above with its inputs given, for tests.
   *
   * @param launcherHint the value of {@value #PROPERTY}, or null when unset
   * @param fd2 the link naming file descriptor 2's target ({@code /proc/self/fd/2} on Linux)
   */
  static boolean probe(String launcherHint, Path fd2) {
    if (launcherHint != null) {
      String h = launcherHint.trim().toLowerCase(Locale.ROOT);
      if (h.equals("true")) return true;
      if (h.equals("false")) return false;
      // anything else: not the launcher's value; tell from /proc
    }
    try {
      return isTerminalDevice(Files.readSymbolicLink(fd2).toString());
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false; // no /proc (not Linux), or not readable: cannot tell, so no bar
    }
  }

  /** True for the names Linux gives terminal devices: {@code /dev/pts/N}, {@code /dev/tty…}, {@code /dev/console}. */
  static boolean isTerminalDevice(String target) {
    return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
  }
}
