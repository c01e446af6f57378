package org.isletsim.care.patient;

import org.isletsim.physiology.Integration;
import org.isletsim.physiology.PatientParameters;
import org.isletsim.physiology.VirtualPatient;

/** The engine's T1D {@link VirtualPatient} (fast integration), reset to its basal state. */
public final class EnginePhysiology implements Physiology {
  private final VirtualPatient patient;

  public EnginePhysiology(PatientParameters params) {
    this.patient = new VirtualPatient(params, Integration.FAST);
    patient.reset();
  }

  @Override
  public void step(double announcedChoG, double insulinUPerMin) {
    patient.step(announcedChoG, insulinUPerMin);
  }

  @Override
  public double glucoseMgDl() {
    return patient.glucoseMgDl();
  }

  @Override
  public double plasmaGlucoseMgDl() {
    return patient.plasmaGlucoseMgDl();
  }

  @Override
  public double lastEatenGPerMin() {
    return patient.lastEatenGPerMin();
  }

  @Override
  public void setModulation(double insulinSensitivityFactor, double extraUptakeMgPerKgMin) {
    patient.setModulation(insulinSensitivityFactor, extraUptakeMgPerKgMin);
  }
}
