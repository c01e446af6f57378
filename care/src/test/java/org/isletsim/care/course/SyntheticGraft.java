package org.isletsim.care.course;

import org.isletsim.care.graft.GraftCourse;

/**
 * A TEST DOUBLE, not a graft model: secretion = mass × basal × max(0, (G − 80)/20) (nothing below 80 mg/dL), mass ramping linearly to 1 over
 * {@code rampDays} and dropping to 0 from {@code failDay}. It only exercises the care seam and the weaning
 * policy's mechanics; the real graft (issue 3) replaces it.
 */
final class SyntheticGraft implements GraftCourse {
  private final double basalUPerMin;
  private final int rampDays;
  private final int failDay;
  private double mass;
  int lastAdequacyDay = -1;

  SyntheticGraft(double basalUPerMin, int rampDays, int failDay) {
    this.basalUPerMin = basalUPerMin;
    this.rampDays = rampDays;
    this.failDay = failDay;
  }

  @Override
  public void immunosuppression(int day, double adequacy) {
    lastAdequacyDay = day;
  }

  @Override
  public double massFraction(int day) {
    mass = day >= failDay ? 0 : Math.min(1, (day + 1) / (double) rampDays);
    return mass;
  }

  @Override
  public double insulinUPerMin(long minute, double glucoseMgDl) {
    return mass * basalUPerMin * Math.max(0, (glucoseMgDl - 80) / 20);
  }

  @Override
  public String name() {
    return "synthetic";
  }
}
