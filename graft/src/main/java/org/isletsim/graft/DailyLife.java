package org.isletsim.graft;

import org.isletsim.control.TherapyProfile;

/**
 * One day of ordinary life for a recipient: meals of 45, 70 and 80 g at 07:00, 12:00 and 18:00, the usual
 * basal insulin and meal boluses (carbohydrate / CR of the patient's simglucose therapy profile), both scaled by
 * the residual insulin fraction of the graft ({@link GraftedMmtt#residualBasalFraction}). One day of run-in,
 * then one measured day of noise-free interstitial glucose: mean, time in range 70–180, time below 70 and 54
 * mg/dL, and the glucose management indicator GMI = 3.31 + 0.02392·mean (Bergenstal 2018).
 */
public final class DailyLife {
  private DailyLife() {}

  /**
   * @param meanMgDl mean glucose
   * @param tirPercent % time 70–180 mg/dL
   * @param below70Percent % time &lt; 70 mg/dL
   * @param below54Percent % time &lt; 54 mg/dL
   * @param gmiPercent glucose management indicator, %
   * @param insulinFraction fraction of the usual insulin still given
   */
  public record Day(
      double meanMgDl, double tirPercent, double below70Percent, double below54Percent, double gmiPercent,
      double insulinFraction) {}

  /** Runs the day on {@code subject} with insulin scaled by {@code insulinFraction}. */
  public static Day run(LabSubject subject, double usualBasalUPerMin, double carbRatioGPerU, double insulinFraction) {
    double sum = 0;
    int inRange = 0, below70 = 0, below54 = 0;
    for (int m = 0; m < 2 * 1440; m++) {
      int mod = m % 1440;
      double cho = mod == 420 ? 45 : mod == 720 ? 70 : mod == 1080 ? 80 : 0;
      double insulin = insulinFraction * (usualBasalUPerMin + cho / carbRatioGPerU);
      subject.step(cho, insulin);
      if (m >= 1440) {
        double g = subject.sensorGlucoseMgDl();
        sum += g;
        if (g >= 70 && g <= 180) inRange++;
        if (g < 70) below70++;
        if (g < 54) below54++;
      }
    }
    double mean = sum / 1440;
    return new Day(mean, 100.0 * inRange / 1440, 100.0 * below70 / 1440, 100.0 * below54 / 1440,
        3.31 + 0.02392 * mean, insulinFraction);
  }

  /** A recipient on day {@code day} of its graft course. */
  public static Day recipient(String catalogueId, String recipientKey, long seed, GraftPlan plan, int day) {
    GraftState state = new GraftCourse(plan, seed, recipientKey).advanceTo(day);
    EndocrinePatient p = VirtualSubjects.recipient(catalogueId, recipientKey, seed, plan, state);
    double f = GraftedMmtt.residualBasalFraction(state, plan.globals());
    return run(p, p.usualBasalUPerMin(), TherapyProfile.forPatient(catalogueId).carbRatioGPerU(), f);
  }

  /** The same catalogue subject without graft, on its usual therapy. */
  public static Day withoutGraft(String catalogueId) {
    T1dLabSubject s = VirtualSubjects.t1d(catalogueId);
    return run(s, s.usualBasalUPerMin(), TherapyProfile.forPatient(catalogueId).carbRatioGPerU(), 1.0);
  }
}
