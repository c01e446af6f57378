package org.isletsim.ode;

/**
 * exp(A) of a small dense matrix by scaling and squaring with a Taylor series (Moler & Van Loan, "Nineteen
 * dubious ways to compute the exponential of a matrix, twenty-five years later", SIAM Rev 2003;45:3-49,
 * method 3): A is scaled by 2^-s so that its norm is below 1/2, the series is summed until terms vanish
 * at double precision, and the result is squared s times. Meant for set-up work on matrices of order ~10.
 */
public final class MatrixExponential {
  private MatrixExponential() {}

  public static double[][] exp(double[][] a) {
    int n = a.length;
    double norm = 0;
    for (double[] row : a) {
      double s = 0;
      for (double v : row) s += Math.abs(v);
      norm = Math.max(norm, s);
    }
    int squarings = 0;
    double scale = 1;
    while (norm * scale > 0.5) {
      scale /= 2;
      squarings++;
    }
    double[][] x = new double[n][n];
    for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) x[i][j] = a[i][j] * scale;
    double[][] result = identity(n);
    double[][] term = identity(n);
    for (int k = 1; k <= 30; k++) {
      term = multiply(term, x);
      double max = 0;
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          term[i][j] /= k;
          result[i][j] += term[i][j];
          max = Math.max(max, Math.abs(term[i][j]));
        }
      }
      if (max < 1e-18) break;
    }
    for (int s = 0; s < squarings; s++) result = multiply(result, result);
    return result;
  }

  static double[][] identity(int n) {
    double[][] m = new double[n][n];
    for (int i = 0; i < n; i++) m[i][i] = 1;
    return m;
  }

  static double[][] multiply(double[][] a, double[][] b) {
    int n = a.length, p = b[0].length, q = b.length;
    double[][] c = new double[n][p];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < q; k++) {
        double v = a[i][k];
        if (v == 0) continue;
        for (int j = 0; j < p; j++) c[i][j] += v * b[k][j];
      }
    }
    return c;
  }
}
