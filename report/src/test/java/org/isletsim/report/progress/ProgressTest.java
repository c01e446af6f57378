package org.isletsim.report.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.isletsim.InvalidInputException;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private static final long SEC = 1_000_000_000L;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintWriter err = new PrintWriter(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
  private final AtomicLong clock = new AtomicLong(1000 * SEC);

  private String text() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void logModePrintsPeriodicPlainLinesWithRateAndEta() {
    try (Progress p = new Progress("trial", 100, "replicates", Progress.Mode.LOG, err, clock::get, 10 * SEC)) {
      clock.addAndGet(5 * SEC);
      p.advance(10); // before the first interval: silent
      clock.addAndGet(5 * SEC);
      p.advance(15); // 25 in 10 s
      clock.addAndGet(1 * SEC);
      p.advance(1);
    }
    assertThat(text().lines()).containsExactly(
        "trial: 100 replicates to do",
        "trial: 25/100 replicates (25%), 2.50 replicates/s, ETA 0:00:30",
        "trial: 26/100 replicates in 11.0 s (2.36 replicates/s)");
    assertThat(text()).doesNotContain("\r");
  }

  @Test
  void logModeLeavesTheLastStepToTheClosingLine() {
    try (Progress p = new Progress("demo", 2, "replicates", Progress.Mode.LOG, err, clock::get, 10 * SEC)) {
      clock.addAndGet(11 * SEC);
      p.step();
      clock.addAndGet(11 * SEC);
      p.step(); // all done: no periodic line, the closing line follows
    }
    assertThat(text().lines()).containsExactly(
        "demo: 2 replicates to do",
        "demo: 1/2 replicates (50%), 0.09 replicates/s, ETA 0:00:11",
        "demo: 2/2 replicates in 22.0 s (0.09 replicates/s)");
  }

  @Test
  void barModeRedrawsOneLineAndEndsWithANewline() {
    Progress p = new Progress("simulate", 4, "patients", Progress.Mode.BAR, err, clock::get, 10 * SEC);
    clock.addAndGet(SEC);
    p.step();
    clock.addAndGet(SEC);
    p.advance(3);
    p.close();
    p.close();
    String t = text();
    assertThat(t).startsWith("\rsimulate [>").contains("\rsimulate [=======>").contains("1/4 patients (25%)")
        .contains("ETA 0:00:03").contains("[==============================] 4/4 patients (100%)")
        .endsWith("simulate: 4/4 patients in 2.0 s (2.00 patients/s)\n");
    assertThat(t.chars().filter(c -> c == '\n').count()).as("newlines").isEqualTo(2);
  }

  @Test
  void quietPrintsNothingButCounts() {
    Progress p = new Progress("x", 3, "items", Progress.Mode.QUIET, err, clock::get, SEC);
    p.step();
    p.close();
    assertThat(text()).isEmpty();
    assertThat(p.done()).isEqualTo(1);
  }

  @Test
  void concurrentStepsAreAllCounted() {
    try (Progress p = Progress.start("x", 10_000, "items", Progress.Mode.LOG, err)) {
      IntStream.range(0, 10_000).parallel().forEach(i -> p.step());
      assertThat(p.done()).isEqualTo(10_000);
    }
    assertThat(text()).contains("10000/10000 items in");
  }

  @Test
  void detectShowsABarOnlyWhenStderrIsATerminal() {
    assertThat(Progress.detect(false, null, () -> true)).isEqualTo(Progress.Mode.BAR);
    assertThat(Progress.detect(false, null, () -> false)).isEqualTo(Progress.Mode.LOG);
    assertThat(Progress.detect(false, "  ", () -> true)).as("blank: not set").isEqualTo(Progress.Mode.BAR);
    assertThat(Progress.detect(true, null, () -> true)).isEqualTo(Progress.Mode.QUIET);
    assertThat(Progress.detect(true, "bar", () -> true)).as("--quiet wins").isEqualTo(Progress.Mode.QUIET);
    assertThat(Progress.clock(3725.4)).isEqualTo("1:02:05");
  }

  @Test
  void theEnvironmentOverridesTheDetection() {
    assertThat(Progress.detect(false, "bar", () -> false)).isEqualTo(Progress.Mode.BAR);
    assertThat(Progress.detect(false, " LOG ", () -> true)).isEqualTo(Progress.Mode.LOG);
    assertThat(Progress.detect(false, "quiet", () -> true)).isEqualTo(Progress.Mode.QUIET);
  }

  /** A value that names no mode was ignored (the detected mode was used): it is a user error, --quiet or not. */
  @Test
  void aValueOfTheEnvironmentThatNamesNoModeIsAUserError() {
    for (boolean quiet : new boolean[] {false, true}) {
      assertThatThrownBy(() -> Progress.detect(quiet, "fancy", () -> false)).isInstanceOf(InvalidInputException.class)
          .hasMessage("environment variable ISLETSIM_PROGRESS='fancy': not a progress mode; expected bar, log or quiet"
              + " (any case), or the variable unset");
    }
    assertThatThrownBy(() -> Progress.detect(false, "none", () -> true)).hasMessageContaining("ISLETSIM_PROGRESS='none'");
    assertThatThrownBy(() -> Progress.detect(false, "bar\nlog", () -> true)).as("one line whatever the value")
        .hasMessageStartingWith("environment variable ISLETSIM_PROGRESS='bar?log': ").hasMessageNotContaining("\n");
  }

  /** The test JVM's stderr is surefire's pipe or file, whatever the console: never a bar unless asked. */
  @Test
  void thisProcessWithStderrRedirectedGetsLogLines() {
    if (System.getenv(Progress.ENV) == null && System.getProperty(StderrTerminal.PROPERTY) == null) {
      assertThat(Progress.detect(false)).isEqualTo(Progress.Mode.LOG);
    }
  }
}
