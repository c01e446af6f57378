package org.isletsim.candidacy.sim;

import org.isletsim.care.graft.IsletGraft;
import org.isletsim.care.graft.RecipientGraft;
import org.isletsim.physiology.PatientModel;
import org.isletsim.physiology.PatientParameters;

/**
 * The care module's {@link IsletGraft}, recording the inputs its daily graft course receives (previous-day mean
 * glucose and immunosuppression adequacy) and the recipient's C-peptide at the start of each day, so the outcome layer can replay the graft module's {@code GraftCourse}
 * exactly and continue it beyond the simulated year without the physiology.
 */
final class RecordingGraft implements RecipientGraft {
  private final IsletGraft graft;
  final double[] meanGlucose, adequacy, cpeptide;
  private PatientModel patient;

  RecordingGraft(IsletGraft graft, int days) {
    this.graft = graft;
    this.meanGlucose = new double[days];
    this.adequacy = new double[days];
    this.cpeptide = new double[days];
  }

  @Override
  public PatientModel physiology(PatientParameters params, String personId, long seed) {
    patient = graft.physiology(params, personId, seed);
    return patient;
  }

  @Override
  public double advanceDay(int day, double previousMeanGlucoseMgDl, double adequacyOfDay) {
    meanGlucose[day] = previousMeanGlucoseMgDl;
    adequacy[day] = adequacyOfDay;
    cpeptide[day] = patient.cpeptidePmolL(); // at midnight, from the previous day's graft function
    return graft.advanceDay(day, previousMeanGlucoseMgDl, adequacyOfDay);
  }

  @Override
  public boolean secretes() {
    return graft.secretes();
  }

  @Override
  public String name() {
    return graft.name();
  }
}
