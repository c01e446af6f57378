package org.isletsim.care.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.isletsim.care.graft.IsletGraft;
import org.isletsim.care.policy.CarePolicy;
import org.isletsim.care.policy.CarePolicyLoader;
import org.isletsim.graft.GraftPlan;
import org.isletsim.physiology.PatientCatalog;
import org.isletsim.physiology.PatientParameters;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The graft must-shows on a trial arm: 100 recipients (10 adult parameter sets × 10 replicates, seed 2026),
 * full-dose portal stem-cell islets (0.8e9 cells, as examples/graft/zimislecel-full-dose.yaml), default care
 * policy, one year. Figures are recorded in docs/VALIDATION.md "Care".
 */
@Tag("slow")
class RecipientCohortSlowTest {
  static final int N = Integer.getInteger("isletsim.cohort", 100);

  static List<PatientParameters> adults() {
    List<PatientParameters> a = new ArrayList<>();
    for (PatientParameters p : PatientCatalog.all()) if (p.name().startsWith("adult")) a.add(p);
    return a;
  }

  @Test
  void fullDoseArmWeansInsulinAndStopsSevereEvents() {
    CarePolicy policy = CarePolicyLoader.defaults();
    IsletGraft graft = new IsletGraft(GraftPlan.stemCellPortal(0.8e9));
    List<TrialEndpoints.Result> rs =
        RecipientCohort.run(Population.people(adults(), N), policy, graft::fresh, 2026, 365, 2);
    RecipientCohort.Summary s = RecipientCohort.Summary.of(rs);
    System.out.println("full-dose arm: " + s);
    assertThat(s.insulinIndependentFrac()).isGreaterThan(0.5);
    assertThat(s.hba1cDay365Pct()).isLessThan(7.0);
    assertThat(s.tirDay365Pct()).isGreaterThan(70.0);
    assertThat(s.tirDay90Pct()).isGreaterThan(s.tirBaselinePct());
    assertThat(s.sheFreeFromDay90Frac()).isGreaterThan(0.9);
  }
}
