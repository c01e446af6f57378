package org.isletsim.care.graft;

import org.isletsim.physiology.PatientModel;
import org.isletsim.physiology.PatientParameters;

/**
 * What a care course needs from a graft (or its absence): the person's physiology, and once a day the graft's
 * slow process advanced with the previous day's mean glucose (glucotoxicity) and the immunosuppression
 * adequacy of care's immunosuppression process (a lapse raises the rejection hazard). The returned functional
 * fractions are applied to the physiology by the implementation.
 *
 * <p>Implementations keep per-course state: use one instance per course (one thread). {@link NoGraft} is the
 * engine's T1D patient; {@link IsletGraft} is the graft module's recipient driven by a {@code GraftPlan}.
 */
public interface RecipientGraft {
  /** Builds the person's physiology (called once, before the run-in); the graft is absent until day 0. */
  PatientModel physiology(PatientParameters params, String personId, long seed);

  /**
   * Called at the start of every recorded day (day 0 = infusion day of the plan's day-0 infusion).
   *
   * @param day day of the course
   * @param previousMeanGlucoseMgDl mean glucose of the previous day
   * @param adequacy immunosuppression adequacy of the previous day, 1 = target exposure, 0 = none
   * @return functional beta-cell fraction of the graft on the day (0 = none), reported as graft_mass_frac
   */
  double advanceDay(int day, double previousMeanGlucoseMgDl, double adequacy);

  /** Whether there is a graft at all (switches immunosuppression on under policy {@code enabled: auto}). */
  boolean secretes();

  /** A short label for outputs. */
  String name();
}
