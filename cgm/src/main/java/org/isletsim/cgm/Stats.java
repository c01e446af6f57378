package org.isletsim.cgm;

import java.util.Arrays;

/** Small numeric helpers with R semantics (sample SD with n-1, quantile type 7, round half to even). */
final class Stats {
  private Stats() {}

  static double mean(double[] x, int from, int to) {
    if (to <= from) {
      return Double.NaN;
    }
    double s = 0;
    for (int i = from; i < to; i++) {
      s += x[i];
    }
    return s / (to - from);
  }

  static double mean(double[] x) {
    return mean(x, 0, x.length);
  }

  /** Sample standard deviation (denominator n-1), two-pass; NaN for fewer than two values. */
  static double sd(double[] x, int from, int to) {
    int n = to - from;
    if (n < 2) {
      return Double.NaN;
    }
    double m = mean(x, from, to);
    double ss = 0;
    for (int i = from; i < to; i++) {
      double d = x[i] - m;
      ss += d * d;
    }
    return Math.sqrt(ss / (n - 1));
  }

  static double sd(double[] x) {
    return sd(x, 0, x.length);
  }

  /** Mean ignoring NaN; NaN if nothing is left. */
  static double nanMean(double[] x, int from, int to) {
    double s = 0;
    int n = 0;
    for (int i = from; i < to; i++) {
      if (!Double.isNaN(x[i])) {
        s += x[i];
        n++;
      }
    }
    return n == 0 ? Double.NaN : s / n;
  }

  /** R {@code quantile(type = 7)} of an already sorted array. */
  static double quantileSorted(double[] sorted, int n, double p) {
    if (n == 0) {
      return Double.NaN;
    }
    double h = (n - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, n - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  static double quantile(double[] x, double p) {
    double[] s = x.clone();
    Arrays.sort(s);
    return quantileSorted(s, s.length, p);
  }

  /** R {@code round()} to an integer: IEC 60559 half to even. */
  static double roundHalfEven(double x) {
    return Math.rint(x);
  }
}
