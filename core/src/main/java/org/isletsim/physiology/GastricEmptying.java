package org.isletsim.physiology;

/**
 * The gastric-emptying shape of the S2008 model as a function of the fraction of the reference dose still in
 * the stomach, r = Qsto/D̄: with α = 5/(2D̄(1−b)) and β = 5/(2D̄d),
 * kgut = kmin + (kmax − kmin)/2 · [tanh(2.5(r − b)/(1 − b)) − tanh(2.5(r − d)/d) + 2].
 *
 * <p>The bracket is computed exactly, as 2(e₁ − e₂)/((1 + e₁)(1 + e₂)) with e₁ = exp(2·2.5(r − b)/(1 − b)) and
 * e₂ = exp(2·2.5(r − d)/d): two independent exponentials and one division (arguments capped at 40, where tanh is 1
 * in double precision; very negative arguments make exp vanish, which the formula handles). A tabulated variant was
 * measured and was not faster on this hardware.
 */
final class GastricEmptying {
  private final double b, d, sb2, sd2;

  GastricEmptying(double b, double d) {
    this.b = b;
    this.d = d;
    this.sb2 = 5 / (1 - b);
    this.sd2 = 5 / d;
  }

  /** tanh(2.5(r − b)/(1 − b)) − tanh(2.5(r − d)/d) for r = Qsto/D̄. */
  double bracket(double r) {
    double e1 = Math.exp(clamp(sb2 * (r - b)));
    double e2 = Math.exp(clamp(sd2 * (r - d)));
    return 2 * (e1 - e2) / ((1 + e1) * (1 + e2));
  }

  /** Caps the exponent at 40 (tanh is 1 there); below −40 exp is ~0 and the formula stays exact, no cap needed. */
  private static double clamp(double v) {
    return v > 40 ? 40 : v;
  }
}
