package org.isletsim.candidacy.analysis;

/**
 * One input of the one-way sensitivity analysis: the net benefit of islets over current care with the input at its
 * low and high value, everything else at base.
 *
 * @param input input name
 * @param label human-readable name
 * @param base base value
 * @param low low value
 * @param high high value
 * @param netBenefitLow mean net benefit (QALY) at the low value
 * @param netBenefitHigh at the high value
 * @param verdictLow verdict at the low value
 * @param verdictHigh at the high value
 * @param flips whether either end changes the verdict
 */
public record TornadoBar(
    String input, String label, double base, double low, double high, double netBenefitLow, double netBenefitHigh,
    Verdict verdictLow, Verdict verdictHigh, boolean flips) {
  public double swing() {
    return Math.abs(netBenefitHigh - netBenefitLow);
  }
}
