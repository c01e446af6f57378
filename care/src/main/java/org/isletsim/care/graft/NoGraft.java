package org.isletsim.care.graft;

import org.isletsim.physiology.Integration;
import org.isletsim.physiology.PatientModel;
import org.isletsim.physiology.VirtualPatient;
import org.isletsim.physiology.PatientParameters;

/** No graft: the engine's T1D patient, mass 0. The baseline of every trial arm and the default of {@code isletsim course}. */
public final class NoGraft implements RecipientGraft {
  public static final NoGraft INSTANCE = new NoGraft();

  private NoGraft() {}

  @Override
  public PatientModel physiology(PatientParameters params, String personId, long seed) {
    return new VirtualPatient(params, Integration.FAST);
  }

  @Override
  public double advanceDay(int day, double previousMeanGlucoseMgDl, double adequacy) {
    return 0;
  }

  @Override
  public boolean secretes() {
    return false;
  }

  @Override
  public String name() {
    return "none";
  }
}
