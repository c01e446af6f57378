package org.isletsim.trial.stats;

import java.util.Arrays;

/**
 * Two-group log-rank test (Mantel N, Cancer Chemother Rep 1966;50:163-170; Peto R, Peto J, JRSS A 1972), the
 * test of R's {@code survdiff} with rho = 0: at each distinct event time, expected events in group 1
 * E = d·n₁/n and hypergeometric variance V = d·(n₁/n)·(1 − n₁/n)·(n − d)/(n − 1); chi-square = (O₁ − E₁)²/ΣV on
 * 1 degree of freedom.
 *
 * @param observed1 observed events in group 1
 * @param expected1 expected events in group 1
 * @param observed2 observed events in group 2
 * @param expected2 expected events in group 2
 * @param variance variance of O₁ − E₁
 * @param chiSquare test statistic
 * @param pValue P(χ²₁ &gt; chiSquare)
 */
public record LogRankTest(
    int observed1, double expected1, int observed2, double expected2, double variance, double chiSquare, double pValue) {

  /** Runs the test on two groups of (time, event) data. */
  public static LogRankTest of(double[] times1, boolean[] event1, double[] times2, boolean[] event2) {
    if (times1.length != event1.length || times2.length != event2.length) throw new IllegalArgumentException("length mismatch");
    double[] all = new double[times1.length + times2.length];
    System.arraycopy(times1, 0, all, 0, times1.length);
    System.arraycopy(times2, 0, all, times1.length, times2.length);
    double[] distinct = Arrays.stream(all).sorted().distinct().toArray();
    int o1 = 0, o2 = 0;
    double e1 = 0, e2 = 0, v = 0;
    for (double t : distinct) {
      int n1 = 0, n2 = 0, d1 = 0, d2 = 0;
      for (int i = 0; i < times1.length; i++) {
        if (times1[i] >= t) n1++;
        if (times1[i] == t && event1[i]) d1++;
      }
      for (int i = 0; i < times2.length; i++) {
        if (times2[i] >= t) n2++;
        if (times2[i] == t && event2[i]) d2++;
      }
      int d = d1 + d2, n = n1 + n2;
      if (d == 0) continue;
      o1 += d1;
      o2 += d2;
      e1 += (double) d * n1 / n;
      e2 += (double) d * n2 / n;
      if (n > 1) v += (double) d * n1 / n * (1 - (double) n1 / n) * (n - d) / (n - 1);
    }
    double chi = v > 0 ? (o1 - e1) * (o1 - e1) / v : 0;
    return new LogRankTest(o1, e1, o2, e2, v, chi, v > 0 ? SpecialFunctions.chiSquareSurvival(chi, 1) : 1);
  }
}
