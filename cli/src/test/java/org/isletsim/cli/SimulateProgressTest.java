package org.isletsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.isletsim.physiology.PatientCatalog;
import org.isletsim.physiology.PatientParameters;
import org.isletsim.report.progress.Progress;
import org.isletsim.simulation.MealSpec;
import org.isletsim.simulation.Runs;
import org.isletsim.simulation.SimulationSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code simulate} with progress: the same bytes as before, progress only on stderr, none with --quiet. */
class SimulateProgressTest {
  @TempDir Path dir;

  @Test
  void traceBytesAreThoseOfRunsWriteTracesForAnyThreadCount() throws Exception {
    List<PatientParameters> patients = PatientCatalog.select("adult#001,child#002,adolescent#003");
    SimulationSpec spec = new SimulationSpec(1, 0, MealSpec.REFERENCE_DAY, SimulationSpec.ControllerKind.BB,
        "Dexcom", "Insulet", 3, true, 5, org.isletsim.physiology.Integration.FAST);
    Path expected = dir.resolve("runs.csv");
    Runs.writeTraces(patients, spec, 2, true, expected);
    for (int threads : new int[] {1, 2}) {
      Path got = dir.resolve("progress-" + threads + ".csv");
      try (Progress p = Progress.start("t", 3, "patients", Progress.Mode.QUIET, System.err)) {
        TraceRun.write(patients, spec, threads, true, got, p);
        assertThat(p.done()).isEqualTo(3);
      }
      assertThat(Files.mismatch(expected, got)).as("threads " + threads).isEqualTo(-1L);
    }
  }

  @Test
  void progressGoesToStderrAndQuietSilencesIt() throws Exception {
    Path a = dir.resolve("a.csv");
    Path b = dir.resolve("b.csv");
    CliTest.Run loud = CliTest.run("simulate", "--patient", "adult#001,adult#002", "--days", "1", "--out",
        a.toString());
    CliTest.Run quiet = CliTest.run("simulate", "--patient", "adult#001,adult#002", "--days", "1", "--quiet",
        "--out", b.toString());
    assertThat(loud.exit()).isZero();
    assertThat(quiet.exit()).isZero();
    assertThat(Files.mismatch(a, b)).isEqualTo(-1L);
    assertThat(loud.err()).contains("simulate: 2 patients to do").contains("simulate: 2/2 patients in");
    assertThat(quiet.err()).isEmpty();
    assertThat(loud.out()).isEqualTo(quiet.out().replace(b.toString(), a.toString())).startsWith("wrote ");
  }
}
