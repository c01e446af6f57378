package org.isletsim.trial.stats;

import java.util.Arrays;

/**
 * A mean or median with a two-sided confidence interval.
 *
 * @param n number of values used (NaN values are dropped)
 * @param estimate mean or median (NaN when n = 0)
 * @param low lower confidence limit (NaN when it cannot be computed)
 * @param high upper confidence limit
 */
public record LocationCi(int n, double estimate, double low, double high) {

  /** Mean with the Student-t interval mean ± t(1−α/2, n−1)·sd/√n (as R's {@code t.test}); no interval for n &lt; 2. */
  public static LocationCi mean(double[] values, double level) {
    ProportionCi.checkLevel(level);
    double[] v = finite(values);
    int n = v.length;
    if (n == 0) return new LocationCi(0, Double.NaN, Double.NaN, Double.NaN);
    double sum = 0;
    for (double x : v) sum += x;
    double mean = sum / n;
    if (n < 2) return new LocationCi(1, mean, Double.NaN, Double.NaN);
    double ss = 0;
    for (double x : v) ss += (x - mean) * (x - mean);
    double se = Math.sqrt(ss / (n - 1) / n);
    double t = SpecialFunctions.tQuantile(1 - (1 - level) / 2, n - 1);
    return new LocationCi(n, mean, mean - t * se, mean + t * se);
  }

  /**
   * Median (average of the two middle values for even n) with the distribution-free interval from order
   * statistics [x(l), x(n+1−l)], l the largest integer with P(Bin(n, ½) ≤ l − 1) ≤ α/2 (Conover, Practical
   * Nonparametric Statistics, 3rd ed., §3.2; coverage ≥ level). NaN limits when n is too small for the level
   * (n ≤ 5 at 95%).
   */
  public static LocationCi median(double[] values, double level) {
    ProportionCi.checkLevel(level);
    double[] v = finite(values);
    Arrays.sort(v);
    int n = v.length;
    if (n == 0) return new LocationCi(0, Double.NaN, Double.NaN, Double.NaN);
    double median = n % 2 == 1 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
    double alphaHalf = (1 - level) / 2;
    int l = 0;
    double cum = 0;
    for (int k = 0; k <= n; k++) {
      cum += Math.exp(SpecialFunctions.logFactorial(n) - SpecialFunctions.logFactorial(k)
          - SpecialFunctions.logFactorial(n - k) - n * Math.log(2));
      if (cum <= alphaHalf + 1e-12) l = k + 1; else break;
    }
    if (l == 0) return new LocationCi(n, median, Double.NaN, Double.NaN);
    return new LocationCi(n, median, v[l - 1], v[n - l]);
  }

  private static double[] finite(double[] values) {
    return Arrays.stream(values).filter(Double::isFinite).toArray();
  }
}
