package org.isletsim.care.patient;

import org.isletsim.graft.EndocrinePatient;

/**
 * A graft recipient: the graft module's {@link EndocrinePatient} (S2008 with portal graft secretion, hepatic
 * insulin extraction, C-peptide kinetics and glucagon from graft alpha cells). Exogenous insulin is
 * subcutaneous as in the engine; graft insulin is secreted by the model itself.
 */
public final class RecipientPhysiology implements Physiology {
  private final EndocrinePatient patient;

  public RecipientPhysiology(EndocrinePatient patient) {
    this.patient = patient;
  }

  @Override
  public void step(double announcedChoG, double insulinUPerMin) {
    patient.step(announcedChoG, insulinUPerMin);
  }

  @Override
  public double glucoseMgDl() {
    return patient.sensorGlucoseMgDl();
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

  @Override
  public void setFunctionalFractions(double betaFraction, double alphaFraction) {
    patient.setFunctionalFractions(betaFraction, alphaFraction);
  }

  @Override
  public double cpeptidePmolL() {
    return patient.cpeptidePmolL();
  }
}
