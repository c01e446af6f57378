package org.isletsim.control;

/**
 * An insulin-dosing policy: one decision per control period. Closed-loop algorithms, the basal-bolus
 * therapy of the reference and the clinician's weaning policy all implement this. Implementations may keep
 * state (insulin on board, integrators); {@link #reset()} clears it.
 */
public interface Controller {
  InsulinCommand decide(Observation observation);

  /** Forgets all history, as at the start of a simulation. */
  default void reset() {}
}
