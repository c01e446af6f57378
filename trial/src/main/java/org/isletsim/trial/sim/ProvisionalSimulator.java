package org.isletsim.trial.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.isletsim.graft.GraftCourse;
import org.isletsim.graft.GraftPlan;
import org.isletsim.graft.GraftState;
import org.isletsim.graft.GraftedMmtt;
import org.isletsim.graft.Infusion;
import org.isletsim.random.RandomStreams;
import org.isletsim.trial.cohort.VirtualPerson;
import org.isletsim.trial.protocol.Arm;

/**
 * [PROVISIONAL — replace with the care layer's course runner (issue 4).] A participant's course from what is on
 * this branch:
 *
 * <ul>
 *   <li>graft: the graft module's daily {@link GraftCourse} (plan from {@link GraftPlanning}, including the arm's
 *       rule for further infusions), glucotoxicity at the plan's nominal 120 mg/dL (not coupled to the simulated
 *       glucose);
 *   <li>insulin: the graft module's rule — exogenous insulin scaled by max(0, 1 − φβ/0.35), stopped when the
 *       functional beta fraction reaches insulinIndependenceBetaFraction; no weaning policy yet;
 *   <li>visits: {@link VisitPhysiology} (CGM day + MMTT) on each visit day; day 0 is before the infusion;
 *   <li>HbA1c: the person's baseline HbA1c plus the change in ADAG-estimated A1c, (mean + 46.7)/28.7 (Nathan DM
 *       et al. Diabetes Care 2008;31:1473-1478), from the baseline visit's mean glucose to a glycation-weighted
 *       mean of this and the previous visit (½ each when the previous visit is within 120 days; Tahara &amp;
 *       Shima 1995: half of HbA1c reflects the last 30 days);
 *   <li>severe hypoglycaemia: daily Bernoulli(rate/365.25) with the person's underlying rate (cohort) times
 *       max(0, 1 − φβ/0.10) [ours: a minimal graft function abolishes severe hypoglycaemia, Vantyghem 2012] and
 *       times the insulin fraction;
 *   <li>adverse events: per intraportal infusion bleeding 11.7% and branch portal-vein thrombosis 3.9% (Ryan EA
 *       et al. Diabetes 2005;54:2060-2069: 15 and 5 of 128 procedures), counted serious; under
 *       immunosuppression serious adverse events at 0.31 per patient-year (Rickels MR et al. Diabetes Care
 *       2022, CIT-07/08 islet alone); no deaths are simulated.
 * </ul>
 *
 * Random streams: graft biology {@code (seed, id, "graft-biology")} (graft module), events
 * {@code (seed, id, "trial-events")}.
 */
public final class ProvisionalSimulator implements ParticipantSimulator {
  /** Functional beta fraction that abolishes severe hypoglycaemia [ours, provisional]. */
  public static final double PROTECTIVE_BETA_FRACTION = 0.10;
  static final double BLEEDING_PER_PORTAL_INFUSION = 15.0 / 128;
  static final double THROMBOSIS_PER_PORTAL_INFUSION = 5.0 / 128;
  static final double IS_SAE_PER_YEAR = 0.31;
  /** HbA1c half-time, days (Tahara &amp; Shima 1995). */
  static final double HBA1C_HALF_TIME_DAYS = 34.6;

  /** ADAG: HbA1c (%) whose estimated average glucose is {@code meanMgDl}: (mean + 46.7) / 28.7. */
  public static double adag(double meanMgDl) {
    return (meanMgDl + 46.7) / 28.7;
  }

  @Override
  public ParticipantCourse simulate(VirtualPerson person, Arm arm, List<Integer> visitDays, int followUpDays, long seed) {
    GraftPlan plan = GraftPlanning.plan(person, arm, seed);
    UniformRandomProvider rng = RandomStreams.stream(seed, person.id(), "trial-events");
    List<AdverseEvent> events = new ArrayList<>();
    List<Integer> infusionDays = new ArrayList<>();
    for (Infusion inf : plan.infusions()) {
      infusionDays.add(inf.day());
      events.add(new AdverseEvent(inf.day(), AdverseEvent.INFUSION, false, String.format(java.util.Locale.ROOT, "infusion of %.0f IEQ", inf.ieq())));
      if (arm.site().portalDelivery()) {
        if (rng.nextDouble() < BLEEDING_PER_PORTAL_INFUSION) events.add(new AdverseEvent(inf.day(), "procedure-bleeding", true, "intraperitoneal bleeding after portal infusion"));
        if (rng.nextDouble() < THROMBOSIS_PER_PORTAL_INFUSION) events.add(new AdverseEvent(inf.day(), "portal-vein-thrombosis", true, "branch portal-vein thrombosis"));
      }
    }
    GraftCourse course = new GraftCourse(plan, seed, person.id());
    boolean[] insulinFree = new boolean[followUpDays + 1];
    GraftState[] atVisit = new GraftState[followUpDays + 1];
    double saePerDay = arm.immunosuppression().any() ? IS_SAE_PER_YEAR / 365.25 : 0;
    for (int d = 0; d <= followUpDays; d++) {
      GraftState st = course.advanceDay();
      double insulinFraction = GraftedMmtt.residualBasalFraction(st, plan.globals());
      insulinFree[d] = insulinFraction == 0;
      atVisit[d] = st;
      double protection = Math.max(0, 1 - st.betaFraction() / PROTECTIVE_BETA_FRACTION);
      double sheRate = person.severeEventRatePerYear() / 365.25 * protection * insulinFraction;
      if (d > 0 && rng.nextDouble() < sheRate) {
        events.add(new AdverseEvent(d, AdverseEvent.SEVERE_HYPOGLYCAEMIA, false, "level 3 hypoglycaemia"));
      }
      if (rng.nextDouble() < saePerDay) events.add(new AdverseEvent(d, "immunosuppression", true, "serious adverse event attributed to immunosuppression"));
    }
    events.sort(Comparator.comparingInt(AdverseEvent::day));
    List<Visit> visits = new ArrayList<>();
    double previousMean = Double.NaN, previousHba1c = person.hba1cPercent();
    int previousDay = 0;
    for (int day : visitDays) {
      GraftState st = atVisit[day];
      boolean baseline = day == 0;
      double beta = baseline ? 0 : st.betaFraction(), alpha = baseline ? 0 : st.alphaFraction();
      double f = baseline ? 1 : GraftedMmtt.residualBasalFraction(st, plan.globals());
      VisitPhysiology.Result r = VisitPhysiology.run(person, arm.site(), beta, alpha, f);
      double mean = r.cgm().mean();
      double hba1c;
      if (baseline) {
        hba1c = person.hba1cPercent();
      } else {
        double w = 1 - Math.pow(0.5, (day - previousDay) / HBA1C_HALF_TIME_DAYS);
        double m = previousDay == 0 ? mean : 0.5 * (mean + previousMean);
        hba1c = previousHba1c + w * (adag(m) - previousHba1c);
      }
      previousHba1c = hba1c;
      boolean independent = !baseline && day >= 14 && insulinFreeRange(insulinFree, day - 13, day) && hba1c < 7.0;
      visits.add(new Visit(day, hba1c, r.cgm().tir70to180(), r.cgm().tbr70(), r.cgm().tbr54(), r.cgm().tar180(),
          r.cgm().cv(), r.cgm().gmi(), mean, r.mmtt().fastingCpeptidePmolL(), r.mmtt().peakCpeptidePmolL(),
          r.mmtt().cpeptideAucPmolLMin(120), r.mmtt().fastingGlucoseMgDl(),
          f * r.usualInsulinUPerDay() / person.weightKg(), independent, beta));
      previousMean = mean;
      previousDay = day;
    }
    return new ParticipantCourse(visits, events, infusionDays, insulinFree, -1);
  }

  private static boolean insulinFreeRange(boolean[] free, int from, int to) {
    for (int d = Math.max(0, from); d <= to; d++) if (!free[d]) return false;
    return true;
  }
}
