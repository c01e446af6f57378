package org.isletsim.graft;

import java.util.function.Consumer;
import org.isletsim.control.TherapyProfile;

/**
 * A recipient lived day by day: each day the graft course advances one day (glucotoxicity driven by the
 * previous day's simulated mean glucose), the functional fractions are handed to the minute-scale physiology,
 * and one day of {@link DailyLife} is simulated on the continuing patient state (meals 45/70/80 g at 07:00,
 * 12:00, 18:00; usual basal and meal boluses scaled by the residual insulin fraction). Fasting values are
 * taken at 06:59, before breakfast.
 */
public final class CoupledCourse {
  private CoupledCourse() {}

  /**
   * One simulated day.
   *
   * @param day day of the course
   * @param graft graft state at the end of the day's mass update
   * @param insulinFraction fraction of the usual insulin given that day
   * @param meanGlucoseMgDl mean interstitial glucose
   * @param tirPercent % time 70–180 mg/dL
   * @param below70Percent % time &lt; 70 mg/dL
   * @param below54Percent % time &lt; 54 mg/dL
   * @param fastingGlucoseMgDl plasma glucose at 06:59
   * @param fastingCpeptidePmolL plasma C-peptide at 06:59
   */
  public record DayRecord(
      int day,
      GraftState graft,
      double insulinFraction,
      double meanGlucoseMgDl,
      double tirPercent,
      double below70Percent,
      double below54Percent,
      double fastingGlucoseMgDl,
      double fastingCpeptidePmolL) {}

  /** Simulates days 0..{@code lastDay}, passing each day's record to {@code sink}. */
  public static void run(
      String catalogueId, String recipientKey, long seed, GraftPlan plan, int lastDay, Consumer<DayRecord> sink) {
    GraftCourse course = new GraftCourse(plan, seed, recipientKey);
    EndocrinePatient p = VirtualSubjects.recipient(catalogueId, recipientKey, seed, plan, course.state());
    double cr = TherapyProfile.forPatient(catalogueId).carbRatioGPerU();
    double basal = p.usualBasalUPerMin();
    double previousMean = plan.meanGlucoseMgDl();
    for (int d = 0; d <= lastDay; d++) {
      GraftState st = course.advanceDay(previousMean);
      p.setFunctionalFractions(st.betaFraction(), st.alphaFraction());
      double f = GraftedMmtt.residualBasalFraction(st, plan.globals());
      double sum = 0, fastingG = 0, fastingC = 0;
      int inRange = 0, below70 = 0, below54 = 0;
      for (int m = 0; m < 1440; m++) {
        double cho = m == 420 ? 45 : m == 720 ? 70 : m == 1080 ? 80 : 0;
        p.step(cho, f * (basal + cho / cr));
        double g = p.sensorGlucoseMgDl();
        sum += g;
        if (g >= 70 && g <= 180) inRange++;
        if (g < 70) below70++;
        if (g < 54) below54++;
        if (m == 418) {
          fastingG = p.plasmaGlucoseMgDl();
          fastingC = p.cpeptidePmolL();
        }
      }
      previousMean = sum / 1440;
      sink.accept(new DayRecord(d, st, f, previousMean, 100.0 * inRange / 1440, 100.0 * below70 / 1440,
          100.0 * below54 / 1440, fastingG, fastingC));
    }
  }
}
