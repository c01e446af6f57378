package org.isletsim.trial.stats;

/**
 * Fisher's exact test of a 2×2 table [[a, b], [c, d]] (rows = arms, columns = success / failure) with fixed
 * margins (Fisher RA, The Design of Experiments, 1935, §2: the tea-tasting lady). The two-sided p-value is R's
 * {@code fisher.test}: the sum of the hypergeometric probabilities of all tables no more probable than the
 * observed one, with a relative tolerance of 1e-7 for ties.
 *
 * @param pTwoSided two-sided p-value
 * @param pGreater one-sided p-value for a larger a (odds ratio &gt; 1)
 * @param pLess one-sided p-value for a smaller a
 */
public record FisherExactTest(double pTwoSided, double pGreater, double pLess) {

  public static FisherExactTest of(int a, int b, int c, int d) {
    if (a < 0 || b < 0 || c < 0 || d < 0) throw new IllegalArgumentException("cell counts must be >= 0");
    int row1 = a + b, col1 = a + c, n = a + b + c + d;
    int lo = Math.max(0, col1 - (n - row1)), hi = Math.min(row1, col1);
    double[] p = new double[hi - lo + 1];
    for (int x = lo; x <= hi; x++) p[x - lo] = Math.exp(logHypergeometric(x, row1, col1, n));
    double observed = p[a - lo];
    double two = 0, greater = 0, less = 0;
    for (int x = lo; x <= hi; x++) {
      double px = p[x - lo];
      if (px <= observed * (1 + 1e-7)) two += px;
      if (x >= a) greater += px;
      if (x <= a) less += px;
    }
    return new FisherExactTest(Math.min(1, two), Math.min(1, greater), Math.min(1, less));
  }

  private static double logHypergeometric(int x, int row1, int col1, int n) {
    return logChoose(col1, x) + logChoose(n - col1, row1 - x) - logChoose(n, row1);
  }

  private static double logChoose(int n, int k) {
    return SpecialFunctions.logFactorial(n) - SpecialFunctions.logFactorial(k) - SpecialFunctions.logFactorial(n - k);
  }
}
