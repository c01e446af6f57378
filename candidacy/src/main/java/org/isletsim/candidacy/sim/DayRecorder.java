package org.isletsim.candidacy.sim;

import org.isletsim.care.course.CareEvent;
import org.isletsim.care.course.CourseOutput;
import org.isletsim.care.course.DailySummary;
import org.isletsim.care.hypo.SevereHypoModel;

/** Keeps what the outcome layer needs from a streamed course (fixed-size arrays; the course length is known). */
final class DayRecorder implements CourseOutput {
  final double[] mean, tir, tbr54, hazard, insulin, beta, hba1c;
  final boolean[] impaired;
  private final boolean baselineImpaired;
  int restoredDay = -1;
  int recorded;

  DayRecorder(int days, boolean baselineImpaired) {
    mean = new double[days];
    tir = new double[days];
    tbr54 = new double[days];
    hazard = new double[days];
    insulin = new double[days];
    beta = new double[days];
    hba1c = new double[days];
    impaired = new boolean[days];
    this.baselineImpaired = baselineImpaired;
  }

  @Override
  public void day(DailySummary s) {
    int d = s.day();
    mean[d] = s.meanGlucoseMgDl();
    tir[d] = s.tirPct();
    tbr54[d] = s.tbr54Pct();
    // the care course's own hazard of the day, exposure included (with graft function it follows the insulin still
    // given: 0 on insulin-free days), before the awareness multiplier and frailty the outcome layer applies
    hazard[d] = s.tbr54Pct() > 0 ? SevereHypoModel.baseDailyRate(s.lbgi()) * s.severeRiskExposure() : 0;
    insulin[d] = s.insulinU();
    beta[d] = s.graftMassFrac();
    hba1c[d] = s.hba1cPct();
    // awareness restored at the end of day r applies from day r + 1 (CourseRunner)
    impaired[d] = baselineImpaired && (restoredDay < 0 || d <= restoredDay);
    recorded = d + 1;
  }

  @Override
  public void event(CareEvent e) {
    if (e.type().equals("awareness_restored") && restoredDay < 0) restoredDay = e.day();
  }
}
