package org.isletsim.care.course;

/**
 * The 2025 trial's endpoints for one recipient, collected from a streamed course in constant memory (a
 * {@link CourseOutput}). Day numbers are course days (day 0 = infusion).
 *
 * <ul>
 *   <li>TIR over the 14 days before day 0 is not simulated (the run-in is silent), so the baseline window is
 *       days 0–13, when the graft has not yet matured (functional fraction a few %);
 *   <li>TIR "at day N" is the mean over days N−13..N (a 14-day CGM window, as in the trial);
 *   <li>insulin independent at day 365 = no exogenous insulin on days 358–364 (a week without insulin).
 * </ul>
 */
public final class TrialEndpoints implements CourseOutput {
  /** Endpoint day of the trial's primary outcome. */
  public static final int DAY365 = 364;

  private final double[] tirSum = new double[3];
  private final int[] tirN = new int[3];
  private double hba1c0 = Double.NaN, hba1c180 = Double.NaN, hba1c365 = Double.NaN;
  private double lastWeekInsulinU, massDay365 = Double.NaN, maxMass;
  private int sheBefore90, sheAfter90, sheAfter90OffInsulin, restarts, stops, lastDay = -1;

  @Override
  public void day(DailySummary s) {
    int d = s.day();
    lastDay = d;
    if (d < 14) add(0, s.tirPct());
    if (d > 90 - 14 && d <= 90) add(1, s.tirPct());
    if (d > DAY365 - 14 && d <= DAY365) add(2, s.tirPct());
    if (d == 0) hba1c0 = s.hba1cPct();
    if (d == 180) hba1c180 = s.hba1cPct();
    if (d == DAY365) {
      hba1c365 = s.hba1cPct();
      massDay365 = s.graftMassFrac();
    }
    if (d > DAY365 - 7 && d <= DAY365) lastWeekInsulinU += s.insulinU();
    maxMass = Math.max(maxMass, s.graftMassFrac());
    if (d < 90) sheBefore90 += s.sheCount();
    else {
      sheAfter90 += s.sheCount();
      if (s.insulinU() == 0) sheAfter90OffInsulin += s.sheCount();
    }
  }

  private void add(int i, double tir) {
    tirSum[i] += tir;
    tirN[i]++;
  }

  @Override
  public void event(CareEvent e) {
    if (e.type().equals("insulin_stopped")) stops++;
    if (e.type().equals("insulin_restarted")) restarts++;
  }

  /** The endpoints of the course (NaN where the course ended earlier). */
  public Result result(CourseResult course) {
    boolean reached = lastDay >= DAY365;
    return new Result(course.patient(), hba1c0, hba1c180, hba1c365, tir(0), tir(1), tir(2),
        reached && lastWeekInsulinU == 0, sheBefore90, sheAfter90, sheAfter90OffInsulin, course.firstInsulinStopDay(), stops, restarts,
        massDay365, maxMass);
  }

  private double tir(int i) {
    return tirN[i] == 0 ? Double.NaN : tirSum[i] / tirN[i];
  }

  /**
   * One recipient's endpoints.
   *
   * @param person person id
   * @param hba1cDay0Pct model HbA1c on day 0
   * @param hba1cDay180Pct on day 180
   * @param hba1cDay365Pct on day 364 (the end of year 1)
   * @param tirBaselinePct TIR over days 0–13
   * @param tirDay90Pct TIR over days 77–90
   * @param tirDay365Pct TIR over days 351–364
   * @param insulinIndependentDay365 no exogenous insulin on days 358–364
   * @param sheBeforeDay90 severe events on days 0–89
   * @param sheFromDay90 severe events from day 90
   * @param sheFromDay90OffInsulin of these, on days without exogenous insulin
   * @param firstStopDay first day without insulin after a stop (-1 = never)
   * @param stops insulin stops
   * @param restarts insulin restarts
   * @param graftMassFracDay365 functional beta fraction at day 364
   * @param graftMassFracMax maximum functional beta fraction
   */
  public record Result(String person, double hba1cDay0Pct, double hba1cDay180Pct, double hba1cDay365Pct,
      double tirBaselinePct, double tirDay90Pct, double tirDay365Pct, boolean insulinIndependentDay365,
      int sheBeforeDay90, int sheFromDay90, int sheFromDay90OffInsulin, int firstStopDay, int stops, int restarts, double graftMassFracDay365,
      double graftMassFracMax) {}
}
