package org.isletsim.care.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.isletsim.care.graft.IsletGraft;
import org.isletsim.care.policy.CarePolicy;
import org.isletsim.care.policy.CarePolicyLoader;
import org.isletsim.graft.GraftPlanYaml;
import org.isletsim.physiology.PatientCatalog;
import org.isletsim.physiology.PatientParameters;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The graft must-show on a trial arm of 100 recipients (10 adult parameter sets × 10 replicates, seed 2026),
 * full-dose portal stem-cell islets (examples/graft/zimislecel-full-dose.yaml, the graft defaults jointly
 * calibrated on C-peptide and glycaemia), default care policy, one year. Figures are recorded in
 * docs/VALIDATION.md "Care"; the bounds are the published FORWARD-101 figures' bands.
 * {@code -Disletsim.cohort=N} runs a smaller arm.
 */
@Tag("slow")
class RecipientCohortSlowTest {
  static final int N = Integer.getInteger("isletsim.cohort", 100);

  static List<PatientParameters> adults() {
    List<PatientParameters> a = new ArrayList<>();
    for (PatientParameters p : PatientCatalog.all()) if (p.name().startsWith("adult")) a.add(p);
    return a;
  }

  static RecipientCohort.Summary arm(String plan) {
    CarePolicy policy = CarePolicyLoader.defaults();
    IsletGraft graft = new IsletGraft(GraftPlanYaml.read(Path.of("../examples/graft/" + plan)));
    List<TrialEndpoints.Result> rs =
        RecipientCohort.run(Population.people(adults(), N), policy, graft::fresh, 2026, 365, 2);
    RecipientCohort.Summary s = RecipientCohort.Summary.of(rs);
    System.out.println(plan + ": " + s);
    return s;
  }

  @Test
  void fullDoseGraft() {
    RecipientCohort.Summary s = arm("zimislecel-full-dose.yaml");
    assertThat(s.insulinIndependentFrac()).isGreaterThan(0.65);     // FORWARD 10/12 (83%)
    assertThat(s.medianFirstStopDay()).isBetween(90.0, 365.0);
    assertThat(s.hba1cDay180Pct()).isLessThan(6.6);                  // 6.2%
    assertThat(s.hba1cDay365Pct()).isLessThan(7.0);
    assertThat(s.tirDay90Pct()).isGreaterThan(70.0);                 // 76%
    assertThat(s.tirDay365Pct()).isGreaterThan(85.0);                // 93%
    assertThat(s.sheFreeFromDay90Frac()).isGreaterThan(0.9);        // 12/12
  }
}
