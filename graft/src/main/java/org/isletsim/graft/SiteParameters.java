package org.isletsim.graft;

/**
 * Site-specific graft biology (defaults in {@code graft-defaults.yaml}).
 *
 * @param earlyLossFraction mean fraction of infused cells lost in the first days (instant blood-mediated
 *     inflammatory reaction for portal infusion; hypoxia before revascularisation elsewhere)
 */
public record SiteParameters(double earlyLossFraction) {
  public SiteParameters {
    if (!(earlyLossFraction >= 0 && earlyLossFraction < 1)) {
      throw new IllegalArgumentException("earlyLossFraction must be in [0, 1) (got " + earlyLossFraction + ")");
    }
  }
}
