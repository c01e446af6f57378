package org.isletsim.trial.sim;

import java.util.ArrayList;
import java.util.List;
import org.isletsim.graft.GraftCourse;
import org.isletsim.graft.GraftDefaults;
import org.isletsim.graft.GraftPlan;
import org.isletsim.graft.GraftedMmtt;
import org.isletsim.graft.Infusion;
import org.isletsim.trial.cohort.VirtualPerson;
import org.isletsim.trial.protocol.Arm;

/**
 * Turns an arm into the graft module's {@link GraftPlan} for one participant, applying the arm's rule for further
 * infusions: the course is replayed from day 0 with the same random draws (the graft course depends only on
 * seed, participant id and plan), and whenever the participant still needs insulin {@code repeatAfterDays}
 * after the last infusion, another infusion of the same dose is added on that day (up to {@code max}, within
 * {@code windowDays}). "Needs insulin" is the graft module's rule: functional beta fraction below
 * insulinIndependenceBetaFraction.
 */
public final class GraftPlanning {
  private GraftPlanning() {}

  public static GraftPlan plan(VirtualPerson person, Arm arm, long seed) {
    double ieq = arm.dose().ieq(person.weightKg());
    List<Infusion> infusions = new ArrayList<>();
    infusions.add(new Infusion(0, ieq));
    GraftPlan plan = build(arm, infusions);
    Arm.InfusionRule rule = arm.infusions();
    while (infusions.size() < rule.max()) {
      int checkDay = infusions.get(infusions.size() - 1).day() + rule.repeatAfterDays();
      if (checkDay > rule.windowDays()) break;
      GraftCourse course = new GraftCourse(plan, seed, person.id());
      double residual = GraftedMmtt.residualBasalFraction(course.advanceTo(checkDay), plan.globals());
      if (residual == 0) break;
      infusions.add(new Infusion(checkDay, ieq));
      plan = build(arm, infusions);
    }
    return plan;
  }

  private static GraftPlan build(Arm arm, List<Infusion> infusions) {
    return new GraftPlan(
        arm.product(), arm.site(), infusions, arm.immunosuppression().level(), arm.immunosuppression().adherence(),
        true, true, 120.0, GraftDefaults.product(arm.product()), GraftDefaults.site(arm.site()),
        GraftDefaults.globals());
  }
}
