package org.isletsim.ode;

/**
 * The Dormand–Prince 5(4) coefficients (J.R. Dormand, P.J. Prince, J. Comput. Appl. Math. 6 (1980) 19–26), the
 * error weights E = b − b̂ in Hairer's arrangement (with the FSAL stage as the 7th), the dense-output weights of
 * Hairer's DOPRI5 (after Shampine 1986), and DOPRI5's step-size control constants.
 */
final class DormandPrinceTableau {
  static final double C2 = 1.0 / 5.0, C3 = 3.0 / 10.0, C4 = 4.0 / 5.0, C5 = 8.0 / 9.0;
  static final double A21 = 1.0 / 5.0;
  static final double A31 = 3.0 / 40.0, A32 = 9.0 / 40.0;
  static final double A41 = 44.0 / 45.0, A42 = -56.0 / 15.0, A43 = 32.0 / 9.0;
  static final double A51 = 19372.0 / 6561.0, A52 = -25360.0 / 2187.0, A53 = 64448.0 / 6561.0,
      A54 = -212.0 / 729.0;
  static final double A61 = 9017.0 / 3168.0, A62 = -355.0 / 33.0, A63 = 46732.0 / 5247.0, A64 = 49.0 / 176.0,
      A65 = -5103.0 / 18656.0;
  static final double A71 = 35.0 / 384.0, A73 = 500.0 / 1113.0, A74 = 125.0 / 192.0, A75 = -2187.0 / 6784.0,
      A76 = 11.0 / 84.0;
  static final double E1 = 71.0 / 57600.0, E3 = -71.0 / 16695.0, E4 = 71.0 / 1920.0, E5 = -17253.0 / 339200.0,
      E6 = 22.0 / 525.0, E7 = -1.0 / 40.0;
  static final double D1 = -12715105075.0 / 11282082432.0, D3 = 87487479700.0 / 32700410799.0,
      D4 = -10690763975.0 / 1880347072.0, D5 = 701980252875.0 / 199316789632.0,
      D6 = -1453857185.0 / 822651844.0, D7 = 69997945.0 / 29380423.0;

  /** Safety factor. */
  static final double SAFETY = 0.9;
  /** Smallest step ratio (Hairer's FAC1). */
  static final double FAC_MIN = 0.2;
  /** Largest step ratio (Hairer's FAC2). */
  static final double FAC_MAX = 10.0;
  /** PI stabilisation (Lund) exponent, DOPRI5's default. */
  static final double BETA = 0.04;
  /** Error exponent 0.2 − 0.75β. */
  static final double EXPO1 = 0.2 - BETA * 0.75;

  private DormandPrinceTableau() {}

  /**
   * Hairer's HINIT: a first step from the norms of y, f(t, y) and a finite-difference estimate of the second
   * derivative, such that h^5·max(‖f‖, ‖y''‖) = 0.01, bounded by 100 times the explicit-Euler guess and by
   * hmax. Costs one evaluation of {@code system}, into {@code f1} (with {@code y1} as scratch).
   */
  static double initialStep(
      OdeSystem system, double t, double[] y, double[] f0, double[] y1, double[] f1, double rtol, double[] atol,
      double hmax) {
    int n = y.length;
    double dnf = 0, dny = 0;
    for (int i = 0; i < n; i++) {
      double sk = atol[i] + rtol * Math.abs(y[i]);
      dnf += (f0[i] / sk) * (f0[i] / sk);
      dny += (y[i] / sk) * (y[i] / sk);
    }
    double h = (dnf <= 1e-10 || dny <= 1e-10) ? 1e-6 : Math.sqrt(dny / dnf) * 0.01;
    h = Math.min(h, hmax);
    for (int i = 0; i < n; i++) y1[i] = y[i] + h * f0[i];
    system.computeDerivatives(t + h, y1, f1);
    double der2 = 0;
    for (int i = 0; i < n; i++) {
      double d = (f1[i] - f0[i]) / (atol[i] + rtol * Math.abs(y[i]));
      der2 += d * d;
    }
    der2 = Math.sqrt(der2) / h;
    double der12 = Math.max(Math.abs(der2), Math.sqrt(dnf));
    double h1 = der12 <= 1e-15 ? Math.max(1e-6, Math.abs(h) * 1e-3) : Math.pow(0.01 / der12, 1.0 / 5.0);
    return Math.min(Math.min(100 * Math.abs(h), h1), hmax);
  }
}
