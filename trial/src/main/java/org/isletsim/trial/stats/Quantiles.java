package org.isletsim.trial.stats;

import java.util.Arrays;

/** Sample quantiles by linear interpolation between order statistics (Hyndman–Fan type 7, R's default). */
public final class Quantiles {
  private Quantiles() {}

  /** The p-quantile of the finite values (NaN when there are none). */
  public static double of(double[] values, double p) {
    if (!(p >= 0 && p <= 1)) throw new IllegalArgumentException("p must be in [0, 1]");
    double[] v = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
    if (v.length == 0) return Double.NaN;
    double h = (v.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, v.length - 1);
    return v[lo] + (h - lo) * (v[hi] - v[lo]);
  }
}
