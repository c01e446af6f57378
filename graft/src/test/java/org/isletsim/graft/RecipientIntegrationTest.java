package org.isletsim.graft;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.isletsim.physiology.Integration;
import org.isletsim.physiology.PatientCatalog;
import org.junit.jupiter.api.Test;

/** The recipient's default integration against the per-minute DOPRI5 replica, over a day with meals and boluses. */
class RecipientIntegrationTest {
  @Test
  void defaultIntegrationStaysWithinHundredthOfAMgDlOfTheReferenceScheme() {
    GraftPlan plan = GraftPlanYaml.read(Path.of("../examples/graft/zimislecel-full-dose.yaml"));
    double worst = 0, worstCpeptide = 0;
    long evaluations = 0;
    for (int i = 1; i <= 10; i++) {
      String id = String.format("adult#%03d", i);
      GraftState st = new GraftCourse(plan, 1, id).advanceTo(180);
      EndocrinePatient fast = VirtualSubjects.recipient(id, id, 1, plan, st);
      double[] x = new double[EndocrineState.COUNT];
      for (int k = 0; k < x.length; k++) x[k] = fast.state(k);
      EndocrinePatient ref =
          new EndocrinePatient(fast.parameters(), fast.model(), x, fast.usualBasalUPerMin(), Integration.REFERENCE);
      double basal = PatientCatalog.get(id).basalUPerMin() * 0.3;
      for (int t = 0; t < 1440; t++) {
        double cho = t == 420 ? 45 : t == 720 ? 70 : t == 1080 ? 80 : 0;
        double insulin = basal + (t >= 421 && t < 424 ? 1.0 : 0);
        fast.step(cho, insulin);
        ref.step(cho, insulin);
        worst = Math.max(worst, Math.abs(fast.sensorGlucoseMgDl() - ref.sensorGlucoseMgDl()));
        worstCpeptide = Math.max(worstCpeptide, Math.abs(fast.cpeptidePmolL() - ref.cpeptidePmolL()));
      }
      evaluations += fast.evaluations();
    }
    System.out.printf("recipient integration: max |dG| %.2e mg/dL, max |dC-peptide| %.3f pmol/L, %d RHS evaluations per day%n",
        worst, worstCpeptide, evaluations / 10);
    assertThat(worst).as("measured 5.7e-3 mg/dL (EndocrinePatient.DEFAULT_INTEGRATION)").isLessThan(1e-2);
    // C-peptide (hundreds to thousands of pmol/L after meals) to well under 1 pmol/L: measured 0.34
    assertThat(worstCpeptide).isLessThan(1);
    // the islet states' looser absolute tolerance is what keeps the steps long in fasting: 2,589 evaluations a day
    // (3,017 with every non-gut state at 1e-6 and rtol 5e-5); deterministic, so a bound and not a timing
    assertThat(evaluations / 10).isLessThan(2700);
  }
}
