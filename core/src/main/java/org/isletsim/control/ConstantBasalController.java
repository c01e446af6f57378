package org.isletsim.control;

/**
 * Always the same basal rate and no bolus (the open-loop reference: the patient's u2ss·BW/6000). Immutable; every
 * decision is the same command object.
 */
public final class ConstantBasalController implements Controller {
  private final InsulinCommand command;

  /** @param basalUPerMin basal rate, U/min */
  public ConstantBasalController(double basalUPerMin) {
    if (!(basalUPerMin >= 0)) throw new IllegalArgumentException("basalUPerMin must be >= 0");
    this.command = new InsulinCommand(basalUPerMin, 0);
  }

  public double basalUPerMin() {
    return command.basalUPerMin();
  }

  @Override
  public InsulinCommand decide(Observation observation) {
    return command;
  }
}
