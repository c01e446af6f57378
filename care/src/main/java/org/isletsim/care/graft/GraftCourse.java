package org.isletsim.care.graft;

/**
 * The seam between care and an islet graft: an endogenous insulin source whose functional mass evolves over
 * the course. The care runner asks for the mass once a day (for the daily summary and the clinician's view),
 * tells the graft once a day how adequate immunosuppression was (under-immunosuppression raises the rejection
 * hazard in a real graft model), and adds the secreted insulin every minute.
 *
 * <p>Implementations keep state and are used by one course (one thread). {@link NoGraft} is the only
 * implementation on this branch; the graft module supplies the real one.
 */
public interface GraftCourse {
  /** Functional graft mass on {@code day} as a fraction of a full-dose graft at maturity (0 = none). */
  double massFraction(int day);

  /**
   * Called once at the start of every day (before {@link #massFraction}) with the immunosuppression adequacy
   * of the previous day: 1 = target exposure, 0 = none (stopped). A graft model turns a low value into a
   * higher rejection hazard.
   */
  default void immunosuppression(int day, double adequacy) {}

  /**
   * Insulin secreted by the graft during minute {@code minute}, in U/min (added to the subcutaneous input
   * until the physiology has a portal route).
   *
   * @param minute minutes since the start of the course
   * @param glucoseMgDl observed glucose at the start of the minute
   */
  double insulinUPerMin(long minute, double glucoseMgDl);

  /** Whether the graft secretes anything at all (lets the runner skip the per-minute call). */
  default boolean secretes() {
    return true;
  }

  /** A short label for outputs. */
  String name();
}
