package org.isletsim.care.course;

import org.isletsim.physiology.Integration;
import org.isletsim.physiology.PatientModel;
import org.isletsim.physiology.PatientParameters;
import org.isletsim.physiology.VirtualPatient;

/** Test doubles' base: the engine's patient behind {@link PatientModel}, with {@link #step} to override. */
class EnginePatient implements PatientModel {
  final VirtualPatient inner;

  EnginePatient(PatientParameters params) {
    this.inner = new VirtualPatient(params, Integration.FAST);
  }

  @Override
  public void step(double announcedChoG, double insulinUPerMin) {
    inner.step(announcedChoG, insulinUPerMin);
  }

  @Override
  public double glucoseMgDl() {
    return inner.glucoseMgDl();
  }

  @Override
  public double plasmaGlucoseMgDl() {
    return inner.plasmaGlucoseMgDl();
  }

  @Override
  public double lastEatenGPerMin() {
    return inner.lastEatenGPerMin();
  }

  @Override
  public void setModulation(double insulinSensitivityFactor, double extraUptakeMgPerKgMin) {
    inner.setModulation(insulinSensitivityFactor, extraUptakeMgPerKgMin);
  }

  @Override
  public void setGlucoseFloorRecovery(boolean recovers) {
    inner.setGlucoseFloorRecovery(recovers);
  }
}
