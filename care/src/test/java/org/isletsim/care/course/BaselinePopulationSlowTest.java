package org.isletsim.care.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.isletsim.care.graft.NoGraft;
import org.isletsim.care.policy.CarePolicy;
import org.isletsim.care.policy.CarePolicyLoader;
import org.isletsim.physiology.PatientCatalog;
import org.isletsim.physiology.PatientParameters;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The no-graft must-show: the eligible population (adults, impaired awareness) reproduces the trial baseline
 * (HbA1c 7.5–8.5%, TIR around 50%, 2–5 severe events per person-year) and normal awareness gives well under 1.
 * 100 people (10 adult parameter sets × 10 replicates with their own streams) × 1 year per arm, seed 2026
 * (the calibration used seed 1). Figures are recorded in docs/VALIDATION.md "Care".
 */
@Tag("slow")
class BaselinePopulationSlowTest {
  @TempDir Path dir;

  private static List<PatientParameters> adults() {
    List<PatientParameters> a = new ArrayList<>();
    for (PatientParameters p : PatientCatalog.all()) if (p.name().startsWith("adult")) a.add(p);
    return a;
  }

  private static Population.Summary arm(CarePolicy policy) {
    List<CourseResult> rs = Population.run(Population.people(adults(), 100), policy, () -> NoGraft.INSTANCE, 2026, 365, 2);
    Population.Summary s = Population.Summary.of(rs);
    System.out.println("baseline arm: " + s);
    return s;
  }

  @Test
  void eligibleBaselineAndAwarenessContrast() throws Exception {
    Population.Summary impaired = arm(CarePolicyLoader.defaults());
    Path normal = dir.resolve("normal.yaml");
    Files.writeString(normal, "hypoglycaemia:\n  awareness: normal\n");
    Population.Summary aware = arm(CarePolicyLoader.load(normal));

    assertThat(impaired.hba1cEndPct()).isBetween(7.5, 8.5);          // trial baseline 7.8%
    assertThat(impaired.tirPct()).isBetween(40.0, 60.0);              // trial baseline 49.5%
    assertThat(impaired.sheRatePerPersonYear()).isBetween(2.0, 5.0);  // eligibility >= 2/yr; Gold 1994: 2.8
    assertThat(aware.sheRatePerPersonYear()).isLessThan(0.8);         // Gold 1994: 0.5
    assertThat(impaired.sheRatePerPersonYear() / Math.max(aware.sheRatePerPersonYear(), 1e-9)).isGreaterThan(3);
  }
}
