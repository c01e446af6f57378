package org.isletsim.care.course;

import org.isletsim.care.graft.RecipientGraft;
import org.isletsim.physiology.PatientModel;
import org.isletsim.physiology.PatientParameters;

/**
 * A TEST DOUBLE, not a graft model: the engine's patient plus subcutaneous "secretion" = mass × basal ×
 * max(0, (G − 80)/20) (nothing below 80 mg/dL), mass ramping linearly to 1 over {@code rampDays} and dropping
 * to 0 from {@code failDay}. It only exercises the runner's graft hooks and the weaning policy's mechanics;
 * {@link org.isletsim.care.graft.IsletGraft} is the real graft.
 */
final class SyntheticGraft implements RecipientGraft {
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
  public PatientModel physiology(PatientParameters params, String personId, long seed) {
    return new EnginePatient(params) {
      @Override
      public void step(double announcedChoG, double insulinUPerMin) {
        double g = inner.glucoseMgDl();
        inner.step(announcedChoG, insulinUPerMin + mass * basalUPerMin * Math.max(0, (g - 80) / 20));
      }
    };
  }

  @Override
  public double advanceDay(int day, double previousMeanGlucoseMgDl, double adequacy) {
    lastAdequacyDay = day;
    mass = day >= failDay ? 0 : Math.min(1, (day + 1) / (double) rampDays);
    return mass;
  }

  @Override
  public boolean secretes() {
    return true;
  }

  @Override
  public String name() {
    return "synthetic";
  }
}
