package org.isletsim.trial.cohort;

import org.isletsim.physiology.PatientParameters;

/**
 * A screened virtual person with T1D: physiology (S2008 parameters derived from a catalogue adult) plus the
 * clinical attributes used for eligibility.
 *
 * @param id participant key, e.g. {@code r1-full-dose-c0007} (the key of its random streams)
 * @param catalogueId catalogue adult the physiology was derived from
 * @param reference true for a catalogue reference patient (physiology unchanged)
 * @param physiology S2008 parameters (body weight = {@code weightKg})
 * @param ageYears age, years
 * @param female sex
 * @param heightM height, m
 * @param weightKg body weight, kg
 * @param diabetesType 1 or 2
 * @param diabetesDurationYears years since diagnosis
 * @param awarenessScore Clarke score 0–7 (≥ 4 impaired awareness)
 * @param severeEventsPriorYear severe hypoglycaemic events in the previous year
 * @param hba1cPercent baseline HbA1c, %
 * @param cpeptidePmolL fasting C-peptide, pmol/L
 * @param severeEventRatePerYear the person's underlying severe-hypoglycaemia rate on usual therapy, per year
 */
public record VirtualPerson(
    String id,
    String catalogueId,
    boolean reference,
    PatientParameters physiology,
    double ageYears,
    boolean female,
    double heightM,
    double weightKg,
    int diabetesType,
    double diabetesDurationYears,
    int awarenessScore,
    int severeEventsPriorYear,
    double hba1cPercent,
    double cpeptidePmolL,
    double severeEventRatePerYear) implements java.io.Serializable {

  /** Age, sex and height: they set the recipient's C-peptide kinetics (graft module). */
  public org.isletsim.graft.Demographics demographics() {
    return new org.isletsim.graft.Demographics(ageYears, female, heightM);
  }

  public double bmiKgM2() {
    return weightKg / (heightM * heightM);
  }
}
