package org.isletsim.candidacy.analysis;

/**
 * The verdict band of a net benefit and its rule ([ours], docs/candidacy.md "Verdict"): with Δ the twins'
 * incremental discounted QALYs of the treatment over the comparator,
 *
 * <ul>
 *   <li>{@code likely_benefit}: mean Δ ≥ the minimum important difference, the weighted share of twins with Δ &gt; 0
 *       ≥ the probability threshold, and the Monte-Carlo 95% interval of the mean above 0;
 *   <li>{@code likely_net_harm}: the mirror image (mean Δ ≤ −difference, share with Δ &lt; 0 ≥ threshold, interval
 *       below 0);
 *   <li>{@code uncertain}: anything else.
 * </ul>
 */
public enum Verdict {
  LIKELY_BENEFIT("likely_benefit"),
  UNCERTAIN("uncertain"),
  LIKELY_NET_HARM("likely_net_harm");

  private final String id;

  Verdict(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Verdict of(double mean, double mcSe, double probabilityOfBenefit, double probabilityOfHarm,
      double minimumDifference, double probabilityThreshold) {
    if (mean >= minimumDifference && probabilityOfBenefit >= probabilityThreshold && mean - 1.96 * mcSe > 0) {
      return LIKELY_BENEFIT;
    }
    if (mean <= -minimumDifference && probabilityOfHarm >= probabilityThreshold && mean + 1.96 * mcSe < 0) {
      return LIKELY_NET_HARM;
    }
    return UNCERTAIN;
  }
}
