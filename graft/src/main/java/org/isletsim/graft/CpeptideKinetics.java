package org.isletsim.graft;

/**
 * Two-compartment C-peptide kinetics: central (plasma) concentration C1 and peripheral C2, both in pmol/L of
 * the central volume V; secretion enters C1; C-peptide is cleared from C1 only (mostly renally) and, unlike
 * insulin, is not extracted by the liver.
 *
 * <pre>
 *   dC1/dt = −(k01 + k21)·C1 + k12·C2 + SR/V
 *   dC2/dt =   k21·C1 − k12·C2
 * </pre>
 *
 * Population parameters from Van Cauter E, Mestrez F, Sturis J, Polonsky KS. "Estimation of insulin secretion
 * rates from C-peptide levels: comparison of individual and standard kinetic parameters for C-peptide
 * clearance." Diabetes 1992;41:368-377: short half-life 4.95 / 4.55 / 4.52 min and fraction of the fast
 * component 0.76 / 0.78 / 0.78 (normal / obese / type 2 diabetes); long half-life 0.14·age + 29.16 min; volume
 * 1.11·BSA + 2.04 L (women) or 1.92·BSA + 0.64 L (men); "obese" means more than 15% above ideal body weight.
 * The rate constants follow from the bi-exponential impulse response F·e^(−a t) + (1−F)·e^(−b t):
 * k12 = F·b + (1−F)·a, k01 = a·b/k12, k21 = a + b − k01 − k12.
 *
 * @param k01PerMin elimination from the central compartment, 1/min
 * @param k21PerMin central → peripheral, 1/min
 * @param k12PerMin peripheral → central, 1/min
 * @param volumeL central distribution volume, L
 */
public record CpeptideKinetics(double k01PerMin, double k21PerMin, double k12PerMin, double volumeL) {

  /** Van Cauter 1992 subject category. */
  public enum Category {
    NORMAL(4.95, 0.76),
    OBESE(4.55, 0.78),
    TYPE2(4.52, 0.78);

    final double shortHalfLifeMin;
    final double fastFraction;

    Category(double shortHalfLifeMin, double fastFraction) {
      this.shortHalfLifeMin = shortHalfLifeMin;
      this.fastFraction = fastFraction;
    }
  }

  public CpeptideKinetics {
    if (!(k01PerMin > 0) || !(k21PerMin >= 0) || !(k12PerMin > 0) || !(volumeL > 0)) {
      throw new IllegalArgumentException("C-peptide kinetic constants and volume must be positive");
    }
  }

  /**
   * Van Cauter 1992 population parameters.
   *
   * @param ageYears age, years
   * @param female sex (volume formula)
   * @param heightM height, m (body-surface area by Du Bois)
   * @param weightKg weight, kg
   * @param category normal, obese (&gt;15% above ideal body weight) or type 2 diabetes
   */
  public static CpeptideKinetics vanCauter(
      double ageYears, boolean female, double heightM, double weightKg, Category category) {
    double bsa = 0.007184 * Math.pow(weightKg, 0.425) * Math.pow(heightM * 100, 0.725);
    double volume = female ? 1.11 * bsa + 2.04 : 1.92 * bsa + 0.64;
    double a = Math.log(2) / category.shortHalfLifeMin;
    double b = Math.log(2) / (0.14 * ageYears + 29.16);
    double f = category.fastFraction;
    double k12 = f * b + (1 - f) * a;
    double k01 = a * b / k12;
    double k21 = a + b - k01 - k12;
    return new CpeptideKinetics(k01, k21, k12, volume);
  }

  /**
   * Category by ideal body weight (Devine: 50 kg (men) / 45.5 kg (women) + 0.9 kg per cm above 152.4 cm);
   * "obese" above 115% of it, as in Van Cauter 1992.
   */
  public static Category categoryFor(boolean female, double heightM, double weightKg) {
    double ibw = (female ? 45.5 : 50.0) + 0.9 * (heightM * 100 - 152.4);
    return weightKg > 1.15 * ibw ? Category.OBESE : Category.NORMAL;
  }

  /** Steady-state plasma C-peptide (pmol/L) for a constant secretion rate (pmol/min). */
  public double steadyStatePmolL(double secretionPmolPerMin) {
    return secretionPmolPerMin / (volumeL * k01PerMin);
  }
}
