package org.isletsim.trial;

import static org.assertj.core.api.Assertions.assertThat;

import org.isletsim.graft.GraftCourse;
import org.isletsim.graft.GraftPlan;
import org.isletsim.graft.GraftedMmtt;
import org.isletsim.trial.cohort.CohortGenerator;
import org.isletsim.trial.cohort.VirtualPerson;
import org.isletsim.trial.protocol.Arm;
import org.isletsim.trial.protocol.Population.Phenotype;
import org.isletsim.trial.protocol.ProtocolReader;
import org.isletsim.trial.sim.GraftPlanning;
import org.junit.jupiter.api.Test;

/** The arm's rule for further infusions, checked against the graft course it is derived from. */
class GraftPlanningTest {
  @Test
  void furtherInfusionOnlyWhileInsulinIsNeeded() {
    Arm edmonton = ProtocolReader.preset("edmonton-2006").arms().get(0);
    int checked = 0;
    for (int i = 0; i < 20; i++) {
      VirtualPerson p = CohortGenerator.generate(9, "gp-" + i, Phenotype.SEVERE_HYPOGLYCAEMIA);
      GraftPlan plan = GraftPlanning.plan(p, edmonton, 9);
      var inf = plan.infusions();
      assertThat(inf.size()).isBetween(1, 3);
      assertThat(inf.get(0).day()).isZero();
      for (int k = 1; k < inf.size(); k++) {
        assertThat(inf.get(k).day()).isEqualTo(inf.get(k - 1).day() + 60);
        // on the day of the further infusion the previous plan's recipient still needed insulin
        GraftPlan before = new GraftPlan(plan.product(), plan.site(), inf.subList(0, k), plan.immunosuppressionLevel(),
            plan.adherence(), true, true, 120, plan.productParameters(), plan.siteParameters(), plan.globals());
        double f = GraftedMmtt.residualBasalFraction(new GraftCourse(before, 9, p.id()).advanceTo(inf.get(k).day()), plan.globals());
        assertThat(f).isGreaterThan(0);
        checked++;
      }
      if (inf.size() < 3) { // stopped: insulin independent at the check day (or outside the window)
        int check = inf.get(inf.size() - 1).day() + 60;
        double f = GraftedMmtt.residualBasalFraction(new GraftCourse(plan, 9, p.id()).advanceTo(check), plan.globals());
        assertThat(f == 0 || check > 365).isTrue();
      }
    }
    assertThat(checked).isPositive();
  }

  /**
   * A recipient whose deceased-donor graft is rejected early (graft module's early-rejection event) still needs
   * insulin, so receives every further infusion of the protocol, and has lost all of them a year after the last.
   */
  @Test
  void earlyRejectionLeadsToAllInfusionsAndCompleteLoss() {
    Arm edmonton = ProtocolReader.preset("edmonton-2006").arms().get(0);
    int rejected = 0, kept = 0;
    for (int i = 0; i < 60; i++) {
      VirtualPerson p = CohortGenerator.generate(9, "rej-" + i, Phenotype.SEVERE_HYPOGLYCAEMIA);
      GraftPlan plan = GraftPlanning.plan(p, edmonton, 9);
      GraftCourse course = new GraftCourse(plan, 9, p.id());
      int onset = course.rejectionOnsetDay();
      int last = plan.infusions().get(plan.infusions().size() - 1).day();
      double phi = course.advanceTo(last + 365).betaFraction();
      if (onset >= 0 && onset < 60) {
        rejected++;
        assertThat(plan.infusions()).hasSize(3);
        assertThat(phi).isLessThan(1e-3);
      } else if (onset < 0) {
        kept++;
        assertThat(phi).isGreaterThan(0.05);
      }
    }
    // probability 0.29 with mean onset 20 days: about a quarter of 60 are rejected before day 60
    assertThat(rejected).isBetween(5, 30);
    assertThat(kept).isGreaterThan(30);
  }

  @Test
  void singleInfusionArmsGetOneInfusionOfTheConvertedDose() {
    Arm full = ProtocolReader.preset("zimislecel-phase12").arm("full-dose");
    VirtualPerson p = CohortGenerator.generate(1, "x", Phenotype.SEVERE_HYPOGLYCAEMIA);
    GraftPlan plan = GraftPlanning.plan(p, full, 1);
    assertThat(plan.infusions()).hasSize(1);
    assertThat(plan.infusions().get(0).ieq()).isEqualTo(0.8e9 / plan.globals().cellsPerIeq());
  }
}
