package org.isletsim.trial.protocol;

/**
 * When a simulated trial counts as a success (for the operating characteristics): in arm {@code arm}, at least
 * {@code minCount} participants meet the binary endpoint {@code endpoint} (an endpoints.csv name such as
 * {@code primary_endpoint}), and, if set, the lower Clopper–Pearson 95% limit exceeds {@code ciLowAbove}.
 */
public record SuccessCriterion(String arm, String endpoint, int minCount, double ciLowAbove) implements java.io.Serializable {
  public String describe() {
    return endpoint + " in arm " + arm + ": count >= " + minCount
        + (Double.isNaN(ciLowAbove) ? "" : " and 95% CI lower limit > " + ciLowAbove);
  }
}
