package org.isletsim.control;

/**
 * Insulin to deliver during the next control period, as two rates (the pump rounds each separately).
 *
 * @param basalUPerMin basal rate, U/min
 * @param bolusUPerMin bolus rate, U/min (a bolus of B units over a period of T minutes is B/T)
 */
public record InsulinCommand(double basalUPerMin, double bolusUPerMin) {
  public static final InsulinCommand NONE = new InsulinCommand(0, 0);

  public InsulinCommand {
    if (!(basalUPerMin >= 0) || !(bolusUPerMin >= 0)) {
      throw new IllegalArgumentException("insulin rates must be finite and >= 0");
    }
  }

  public double totalUPerMin() {
    return basalUPerMin + bolusUPerMin;
  }
}
