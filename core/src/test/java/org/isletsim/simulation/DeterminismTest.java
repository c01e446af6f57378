package org.isletsim.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.isletsim.physiology.Integration;
import org.isletsim.physiology.PatientCatalog;
import org.isletsim.physiology.PatientParameters;
import org.isletsim.simulation.SimulationSpec.ControllerKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {
  @TempDir Path dir;

  private static SimulationSpec spec(long seed) {
    return new SimulationSpec(1, 0, new MealSpec.Random(), ControllerKind.BB, "Dexcom", "Insulet", 3, true, seed, Integration.FAST);
  }

  @Test
  void tracesAreByteIdenticalForAnyThreadCount() throws Exception {
    List<PatientParameters> patients = PatientCatalog.all().subList(0, 8);
    Path one = dir.resolve("one.csv"), four = dir.resolve("four.csv"), again = dir.resolve("again.csv");
    Runs.writeTraces(patients, spec(11), 1, true, one);
    Runs.writeTraces(patients, spec(11), 4, true, four);
    Runs.writeTraces(patients, spec(11), 3, true, again);
    byte[] a = Files.readAllBytes(one);
    assertThat(Files.readAllBytes(four)).isEqualTo(a);
    assertThat(Files.readAllBytes(again)).isEqualTo(a);
    assertThat(Files.readAllLines(one)).hasSize(1 + 8 * 1441);
    try (var s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("one.csv", "four.csv", "again.csv");
    }
  }

  @Test
  void aSubjectsResultDoesNotDependOnWhoElseIsInTheRun() {
    PatientParameters p = PatientCatalog.get("adult#003");
    List<GlucoseSummary> alone = Runs.summaries(List.of(p), spec(5), 1);
    List<GlucoseSummary> withOthers = Runs.summaries(PatientCatalog.all(), spec(5), 2);
    assertThat(withOthers).contains(alone.get(0));
  }

  @Test
  void anotherSeedGivesAnotherRun() {
    List<PatientParameters> p = List.of(PatientCatalog.get("adult#001"));
    assertThat(Runs.summaries(p, spec(1), 1)).isNotEqualTo(Runs.summaries(p, spec(2), 1));
    assertThat(Runs.summaries(p, spec(1), 1)).isEqualTo(Runs.summaries(p, spec(1), 1));
  }
}
