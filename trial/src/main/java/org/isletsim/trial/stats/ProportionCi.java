package org.isletsim.trial.stats;

/**
 * A binomial proportion with a two-sided confidence interval.
 *
 * @param n number of trials (participants)
 * @param count number of successes
 * @param estimate count / n (NaN when n = 0)
 * @param low lower confidence limit
 * @param high upper confidence limit
 */
public record ProportionCi(int n, int count, double estimate, double low, double high) {
  public ProportionCi {
    if (n < 0 || count < 0 || count > n) throw new IllegalArgumentException("need 0 <= count <= n (got " + count + "/" + n + ")");
  }

  /**
   * Exact Clopper–Pearson interval (Clopper CJ, Pearson ES, Biometrika 1934;26:404-413): low = Beta(α/2; x, n−x+1),
   * high = Beta(1−α/2; x+1, n−x) quantiles, low = 0 when x = 0 and high = 1 when x = n. This is the interval of
   * R's {@code binom.test}.
   */
  public static ProportionCi clopperPearson(int count, int n, double level) {
    checkLevel(level);
    if (n == 0) return new ProportionCi(0, 0, Double.NaN, 0, 1);
    double alpha = 1 - level;
    double low = count == 0 ? 0 : SpecialFunctions.inverseRegularizedBeta(alpha / 2, count, n - count + 1.0);
    double high = count == n ? 1 : SpecialFunctions.inverseRegularizedBeta(1 - alpha / 2, count + 1.0, n - count);
    return new ProportionCi(n, count, (double) count / n, low, high);
  }

  /** 95% Clopper–Pearson interval. */
  public static ProportionCi clopperPearson(int count, int n) {
    return clopperPearson(count, n, 0.95);
  }

  /**
   * Wilson score interval without continuity correction (Wilson EB, JASA 1927;22:209-212), as R's
   * {@code prop.test(..., correct = FALSE)}.
   */
  public static ProportionCi wilson(int count, int n, double level) {
    checkLevel(level);
    if (n == 0) return new ProportionCi(0, 0, Double.NaN, 0, 1);
    double z = SpecialFunctions.normalQuantile(1 - (1 - level) / 2);
    double p = (double) count / n, z2 = z * z;
    double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
    return new ProportionCi(n, count, p, Math.max(0, centre - half), Math.min(1, centre + half));
  }

  static void checkLevel(double level) {
    if (!(level > 0 && level < 1)) throw new IllegalArgumentException("confidence level must be in (0, 1) (got " + level + ")");
  }
}
