package org.isletsim.control;

/** Always the same basal rate and no bolus (the open-loop reference: the patient's u2ss·BW/6000). */
public record ConstantBasalController(double basalUPerMin) implements Controller {
  public ConstantBasalController {
    if (!(basalUPerMin >= 0)) throw new IllegalArgumentException("basalUPerMin must be >= 0");
  }

  @Override
  public InsulinCommand decide(Observation observation) {
    return new InsulinCommand(basalUPerMin, 0);
  }
}
