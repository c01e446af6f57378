package org.isletsim.care.graft;

import org.isletsim.care.patient.EnginePhysiology;
import org.isletsim.care.patient.Physiology;
import org.isletsim.physiology.PatientParameters;

/** No graft: the engine's T1D patient, mass 0. The baseline of every trial arm and the default of {@code isletsim course}. */
public final class NoGraft implements RecipientGraft {
  public static final NoGraft INSTANCE = new NoGraft();

  private NoGraft() {}

  @Override
  public Physiology physiology(PatientParameters params, String personId, long seed) {
    return new EnginePhysiology(params);
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
