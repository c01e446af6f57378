package org.isletsim.care.graft;

/** No graft: mass 0, no secretion. The baseline of every trial arm and the default of {@code isletsim course}. */
public final class NoGraft implements GraftCourse {
  public static final NoGraft INSTANCE = new NoGraft();

  private NoGraft() {}

  @Override
  public double massFraction(int day) {
    return 0;
  }

  @Override
  public double insulinUPerMin(long minute, double glucoseMgDl) {
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
