package org.isletsim.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.isletsim.SharedData;
import org.isletsim.physiology.Integration;
import org.isletsim.physiology.PatientCatalog;
import org.junit.jupiter.api.Test;

/** The engine against simglucose's own traces (shared/data/simglucose/reference). */
class ReferenceTracesTest {
  @Test
  void everySharedTraceMatchesWithinATenthOfAMgDl() {
    List<ReferenceValidation.Result> results = ReferenceValidation.compareAll(SharedData.referenceTraces());
    assertThat(results).hasSize(6);
    for (ReferenceValidation.Result r : results) {
      assertThat(r.maxAbsDiffBgMgDl()).as(r.trace().file().toString()).isLessThanOrEqualTo(0.1);
      // measured at most 5.4e-3 (see docs/VALIDATION.md): keep a margin, catch regressions
      assertThat(r.maxAbsDiffBgMgDl()).as(r.trace().file().toString()).isLessThan(0.02);
      // a meal bolus may round to the neighbouring pump increment (0.05 pmol/min = 8.3e-6 U/min)
      assertThat(r.maxAbsDiffInsulinUPerMin()).isLessThanOrEqualTo(0.05 / 6000 + 1e-15);
    }
  }

  @Test
  void referenceModeReproducesTheTracesToRoundOff() {
    for (Path f : ReferenceValidation.referenceFiles(SharedData.referenceTraces())) {
      ReferenceTrace ref = ReferenceTrace.read(f);
      ReferenceValidation.Result r = ReferenceValidation.compare(ref, Integration.REFERENCE);
      assertThat(r.maxAbsDiffBgMgDl()).as(f.toString()).isLessThan(1e-8);
      assertThat(r.maxAbsDiffInsulinUPerMin()).as(f.toString()).isLessThan(1e-12);
    }
  }

  @Test
  void tracesCarryStatesConsistentWithTheCatalogue() {
    ReferenceTrace ol = ReferenceTrace.read(SharedData.referenceTraces().resolve("openloop_adult_001.csv.gz"));
    assertThat(ol.patient()).isEqualTo("adult#001");
    assertThat(ol.column("x12")[0]).isEqualTo(PatientCatalog.get("adult#001").initialState()[12]);
  }
}
