package org.isletsim.trial.protocol;

import org.isletsim.graft.GraftProduct;
import org.isletsim.graft.GraftSite;

/**
 * One arm (cohort) of a trial.
 *
 * @param name arm name, unique in the protocol
 * @param participants participants to enrol (sample size)
 * @param product islet product
 * @param dose dose per infusion
 * @param site graft site
 * @param infusions number of infusions and the rule for further ones
 * @param immunosuppression immunosuppression regimen
 * @param weaningPolicy care / insulin-weaning policy name ({@code standard}; the care layer adds others)
 */
public record Arm(
    String name,
    int participants,
    GraftProduct product,
    Dose dose,
    GraftSite site,
    InfusionRule infusions,
    Immunosuppression immunosuppression,
    String weaningPolicy) {

  /**
   * A dose per infusion: {@code cells} (converted with the graft module's cellsPerIeq), {@code IEQ}, or
   * {@code IEQ/kg} (multiplied by the participant's weight).
   */
  public record Dose(double value, String unit) {
    /** Islet equivalents for a participant of {@code weightKg}. */
    public double ieq(double weightKg) {
      return switch (unit) {
        case "cells" -> value / org.isletsim.graft.GraftDefaults.globals().cellsPerIeq();
        case "IEQ/kg" -> value * weightKg;
        default -> value;
      };
    }
  }

  /**
   * Infusions: the first on day 0; while the participant is not insulin independent {@code repeatAfterDays}
   * after the last infusion, another of the same dose is given then, up to {@code max} in total and not after
   * day {@code windowDays}.
   */
  public record InfusionRule(int max, int repeatAfterDays, int windowDays) {
    public static final InfusionRule SINGLE = new InfusionRule(1, 0, 0);
  }

  /**
   * @param regimen regimen name ({@code glucocorticoid-free}, {@code edmonton}, {@code none})
   * @param level prescribed intensity 0–1 (graft module's immunosuppression level)
   * @param adherence fraction taken 0–1
   */
  public record Immunosuppression(String regimen, double level, double adherence) {
    public boolean any() {
      return level > 0;
    }
  }
}
