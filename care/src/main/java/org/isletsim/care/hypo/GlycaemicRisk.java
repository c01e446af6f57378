package org.isletsim.care.hypo;

/**
 * The Kovatchev symmetrised blood-glucose risk (Kovatchev BP et al., Diabetes Care 1997;20:1655-8 and
 * 1998;21:1870-5): f(BG) = 1.509·((ln BG)^1.084 − 5.381) with BG in mg/dL; the low-BG risk is 10·f² when f &lt; 0,
 * and LBGI is its mean over readings.
 */
public final class GlycaemicRisk {
  /** Above this glucose f(BG) > 0, so the low-BG risk is 0 (saves the logarithms in the per-minute loop). */
  static final double NO_LOW_RISK_MGDL = 112.6;

  private GlycaemicRisk() {}

  /** Low-BG risk of one reading (0 at and above ≈ 112.5 mg/dL). */
  public static double lowRisk(double bgMgDl) {
    if (bgMgDl >= NO_LOW_RISK_MGDL) return 0;
    double g = Math.max(bgMgDl, 1);
    double f = 1.509 * (Math.pow(Math.log(g), 1.084) - 5.381);
    return f < 0 ? 10 * f * f : 0;
  }

  /** High-BG risk of one reading. */
  public static double highRisk(double bgMgDl) {
    double g = Math.max(bgMgDl, 1);
    double f = 1.509 * (Math.pow(Math.log(g), 1.084) - 5.381);
    return f > 0 ? 10 * f * f : 0;
  }
}
