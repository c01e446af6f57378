package org.isletsim.candidacy.analysis;

import java.util.Arrays;
import java.util.Comparator;

/** Statistics of twin values under self-normalised importance weights (weights sum to 1). */
public final class Weighted {
  private Weighted() {}

  public static double mean(double[] x, double[] w) {
    double s = 0;
    for (int i = 0; i < x.length; i++) s += w[i] * x[i];
    return s;
  }

  /** Monte-Carlo standard error of the self-normalised mean: sqrt(Σ w²(x − mean)²). */
  public static double monteCarloSe(double[] x, double[] w) {
    double m = mean(x, w), s = 0;
    for (int i = 0; i < x.length; i++) s += w[i] * w[i] * (x[i] - m) * (x[i] - m);
    return Math.sqrt(s);
  }

  /**
   * The weighted p-quantile: values sorted, each placed at the midpoint of its cumulative weight step, linear
   * interpolation between those points (with equal weights: Hazen's rule).
   */
  public static double quantile(double[] x, double[] w, double p) {
    Integer[] idx = new Integer[x.length];
    for (int i = 0; i < idx.length; i++) idx[i] = i;
    Arrays.sort(idx, Comparator.comparingDouble(i -> x[i]));
    double cum = 0, prevMid = Double.NaN, prevX = Double.NaN;
    for (Integer i : idx) {
      if (w[i] <= 0) continue;
      double mid = cum + w[i] / 2;
      cum += w[i];
      if (p <= mid) {
        if (Double.isNaN(prevMid)) return x[i];
        return prevX + (x[i] - prevX) * (p - prevMid) / (mid - prevMid);
      }
      prevMid = mid;
      prevX = x[i];
    }
    return prevX;
  }

  /** Weighted share of {@code x > 0}. */
  public static double shareAbove(double[] x, double threshold, double[] w) {
    double s = 0;
    for (int i = 0; i < x.length; i++) if (x[i] > threshold) s += w[i];
    return s;
  }

  /** The estimate of a twin quantity: weighted mean, person-level 90% interval (5th–95th), Monte-Carlo SE of the mean. */
  public static Estimate estimate(double[] x, double[] w) {
    return new Estimate(mean(x, w), quantile(x, w, 0.05), quantile(x, w, 0.95), monteCarloSe(x, w));
  }

  /**
   * @param mean weighted mean over the twins
   * @param p05 5th percentile (person-level uncertainty)
   * @param p95 95th percentile
   * @param mcSe Monte-Carlo standard error of the mean
   */
  public record Estimate(double mean, double p05, double p95, double mcSe) {}
}
