package org.isletsim.graft;

import org.isletsim.physiology.StateIndex;
import org.isletsim.physiology.VirtualPatient;

/**
 * A type 1 diabetes subject without graft: the engine's {@link VirtualPatient}, untouched, so its physiology
 * is exactly the S2008 model that matches the simglucose reference traces. C-peptide is zero.
 */
public final class T1dLabSubject implements LabSubject {
  private final VirtualPatient patient;

  public T1dLabSubject(VirtualPatient patient) {
    this.patient = patient;
  }

  @Override
  public void step(double announcedChoG, double insulinUPerMin) {
    patient.step(announcedChoG, insulinUPerMin);
  }

  @Override
  public double plasmaGlucoseMgDl() {
    return patient.plasmaGlucoseMgDl();
  }

  @Override
  public double sensorGlucoseMgDl() {
    return patient.glucoseMgDl();
  }

  @Override
  public double cpeptidePmolL() {
    return 0;
  }

  @Override
  public double plasmaInsulinPmolL() {
    return patient.state(StateIndex.IP) / patient.parameters().viLPerKg();
  }

  @Override
  public double bodyWeightKg() {
    return patient.parameters().bodyWeightKg();
  }

  @Override
  public double usualBasalUPerMin() {
    return patient.parameters().basalUPerMin();
  }

  public VirtualPatient patient() {
    return patient;
  }
}
