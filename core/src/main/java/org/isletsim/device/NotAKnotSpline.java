package org.isletsim.device;

/**
 * Cubic spline with not-a-knot end conditions on equally spaced knots (the default of scipy's
 * {@code interp1d(kind='cubic')}), precomputed as a linear map from the knot values to the values at a fixed
 * set of evaluation points: out = W · y. Used to upsample the 15-minute CGM noise.
 */
final class NotAKnotSpline {
  private final double[][] weights; // [evaluation point][knot]

  /**
   * @param knots number of knots (≥ 4), at 0, h, 2h, …
   * @param h knot spacing
   * @param at evaluation points within [0, (knots-1)·h]
   */
  NotAKnotSpline(int knots, double h, double[] at) {
    if (knots < 4) throw new IllegalArgumentException("not-a-knot needs at least 4 knots");
    weights = new double[at.length][knots];
    double[] unit = new double[knots];
    for (int k = 0; k < knots; k++) {
      java.util.Arrays.fill(unit, 0);
      unit[k] = 1;
      double[] m = secondDerivatives(unit, h);
      for (int j = 0; j < at.length; j++) weights[j][k] = evaluate(unit, m, h, at[j]);
    }
  }

  /** Writes the spline through {@code y} at the evaluation points into {@code out}. */
  void apply(double[] y, double[] out) {
    for (int j = 0; j < weights.length; j++) {
      double s = 0;
      double[] w = weights[j];
      for (int k = 0; k < w.length; k++) s += w[k] * y[k];
      out[j] = s;
    }
  }

  int points() {
    return weights.length;
  }

  /** Second derivatives M_i: interior continuity equations plus not-a-knot (continuous third derivative). */
  static double[] secondDerivatives(double[] y, double h) {
    int n = y.length;
    double[][] a = new double[n][n + 1];
    a[0][0] = 1;
    a[0][1] = -2;
    a[0][2] = 1;
    for (int i = 1; i < n - 1; i++) {
      a[i][i - 1] = 1;
      a[i][i] = 4;
      a[i][i + 1] = 1;
      a[i][n] = 6 / (h * h) * (y[i + 1] - 2 * y[i] + y[i - 1]);
    }
    a[n - 1][n - 3] = 1;
    a[n - 1][n - 2] = -2;
    a[n - 1][n - 1] = 1;
    return solve(a, n);
  }

  static double evaluate(double[] y, double[] m, double h, double x) {
    int n = y.length;
    int i = (int) Math.floor(x / h);
    if (i >= n - 1) i = n - 2;
    if (i < 0) i = 0;
    double t = x - i * h;
    double slope = (y[i + 1] - y[i]) / h - h * (2 * m[i] + m[i + 1]) / 6;
    return y[i] + slope * t + m[i] / 2 * t * t + (m[i + 1] - m[i]) / (6 * h) * t * t * t;
  }

  /** Gaussian elimination with partial pivoting on an augmented n×(n+1) matrix. */
  private static double[] solve(double[][] a, int n) {
    for (int c = 0; c < n; c++) {
      int p = c;
      for (int r = c + 1; r < n; r++) if (Math.abs(a[r][c]) > Math.abs(a[p][c])) p = r;
      double[] tmp = a[c];
      a[c] = a[p];
      a[p] = tmp;
      for (int r = c + 1; r < n; r++) {
        double f = a[r][c] / a[c][c];
        for (int k = c; k <= n; k++) a[r][k] -= f * a[c][k];
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double s = a[r][n];
      for (int k = r + 1; k < n; k++) s -= a[r][k] * x[k];
      x[r] = s / a[r][r];
    }
    return x;
  }
}
