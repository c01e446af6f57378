package org.isletsim.physiology;

import org.isletsim.ode.MatrixExponential;

/**
 * The insulin part of the S2008 model — subcutaneous depots Isc1, Isc2, plasma and liver insulin Ip, Il,
 * and the insulin actions X, I1, Id — is linear with constant coefficients and does not depend on glucose:
 * y' = A·y + b0 + b1·u with u the subcutaneous insulin rate (pmol/kg/min). Over one minute of constant u it
 * is solved exactly: y(t+1) = E·y(t) + g0 + g1·u, with E = exp(A) and g0, g1 read off the exponential of the
 * augmented matrix [[A, b0, b1], [0, 0, 0], [0, 0, 0]]. The states stay non-negative for u ≥ 0 (A is a
 * Metzler matrix), so the model's non-negativity guards never act on them.
 *
 * <p>Local order: {@code ISC1, ISC2, IP, IL, X, I1, ID} (see {@link #GLOBAL}).
 */
final class InsulinKinetics {
  static final int N = 7;
  static final int L_ISC1 = 0, L_ISC2 = 1, L_IP = 2, L_IL = 3, L_X = 4, L_I1 = 5, L_ID = 6;
  /** Global state index of each local component. */
  static final int[] GLOBAL = {
    StateIndex.ISC1, StateIndex.ISC2, StateIndex.IP, StateIndex.IL, StateIndex.X, StateIndex.I1, StateIndex.ID
  };

  final double[][] a = new double[N][N];
  final double[] b0 = new double[N];
  final double[] b1 = new double[N];
  private final double p2u, p2uOverVi, p2uIb, ki;
  /** The exact map over one minute and over {@link InsulinTrajectory#STRIDE_MIN} minutes. */
  final Propagator oneMinute, stride;

  private static final int CACHE_LIMIT = 4096;
  private static final java.util.concurrent.ConcurrentHashMap<PatientParameters, InsulinKinetics> CACHE =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The kinetics of a parameter set, shared: instances are immutable, and the matrix exponential is the
   * largest part of setting up a subject. The cache is cleared when it grows past {@value #CACHE_LIMIT}.
   */
  static InsulinKinetics of(PatientParameters p) {
    InsulinKinetics k = CACHE.get(p);
    if (k == null) {
      if (CACHE.size() >= CACHE_LIMIT) CACHE.clear();
      k = new InsulinKinetics(p);
      CACHE.putIfAbsent(p, k);
    }
    return k;
  }

  InsulinKinetics(PatientParameters p) {
    double vi = p.viLPerKg();
    p2u = p.p2uPerMin();
    p2uOverVi = p.p2uPerMin() / vi;
    p2uIb = p.p2uPerMin() * p.ibPmolL();
    ki = p.kiPerMin();
    a[L_ISC1][L_ISC1] = -(p.ka1PerMin() + p.kdPerMin());
    b1[L_ISC1] = 1;
    a[L_ISC2][L_ISC1] = p.kdPerMin();
    a[L_ISC2][L_ISC2] = -p.ka2PerMin();
    a[L_IP][L_IP] = -(p.m2PerMin() + p.m4PerMin());
    a[L_IP][L_IL] = p.m1PerMin();
    a[L_IP][L_ISC1] = p.ka1PerMin();
    a[L_IP][L_ISC2] = p.ka2PerMin();
    a[L_IL][L_IL] = -(p.m1PerMin() + p.m30PerMin());
    a[L_IL][L_IP] = p.m2PerMin();
    a[L_X][L_X] = -p.p2uPerMin();
    a[L_X][L_IP] = p.p2uPerMin() / vi;
    b0[L_X] = -p.p2uPerMin() * p.ibPmolL();
    a[L_I1][L_I1] = -p.kiPerMin();
    a[L_I1][L_IP] = p.kiPerMin() / vi;
    a[L_ID][L_ID] = -p.kiPerMin();
    a[L_ID][L_I1] = p.kiPerMin();
    oneMinute = propagator(1);
    stride = InsulinTrajectory.STRIDE_MIN == 1 ? oneMinute : propagator(InsulinTrajectory.STRIDE_MIN);
  }

  /**
   * The exact map over {@code minutes} of constant u: E = exp(A·minutes) and g0, g1 read off the exponential
   * of the augmented matrix minutes·[[A, b0, b1], [0, 0, 0], [0, 0, 0]].
   */
  private Propagator propagator(int minutes) {
    double[][] aug = new double[N + 2][N + 2];
    for (int i = 0; i < N; i++) {
      for (int j = 0; j < N; j++) aug[i][j] = a[i][j] * minutes;
      aug[i][N] = b0[i] * minutes;
      aug[i][N + 1] = b1[i] * minutes;
    }
    double[][] ex = MatrixExponential.exp(aug);
    double[] e = new double[N * N], g0 = new double[N], g1 = new double[N];
    for (int i = 0; i < N; i++) {
      for (int j = 0; j < N; j++) e[i * N + j] = ex[i][j];
      g0[i] = ex[i][N];
      g1[i] = ex[i][N + 1];
    }
    return new Propagator(e, g0, g1);
  }

  /** One exact minute (see {@link Propagator#apply}). */
  void minute(double[] y, int yOff, double u, double[] out, int o) {
    oneMinute.apply(y, yOff, u, out, o);
  }

  /**
   * An exact map y(t + Δ) = E·y(t) + g0 + g1·u for constant u. In the local order the coupling runs one way
   * (depots → plasma/liver → actions) except Ip ↔ Il, so E is lower triangular but for E[IP][IL]; the entries
   * above are exact zeros and are skipped.
   */
  static final class Propagator {
    // E entries that are not structural zeros (row i, column j), as fields for straight-line code
    private final double e00, e10, e11, e20, e21, e22, e23, e30, e31, e32, e33, e40, e41, e42, e43, e44, e50, e51, e52, e53, e54, e55, e60, e61, e62, e63, e64, e65, e66;
    private final double g00, g01, g02, g03, g04, g05, g06, g10, g11, g12, g13, g14, g15, g16;

    /** From E (row-major) and the offsets g0, g1. */
    Propagator(double[] e, double[] g0, double[] g1) {
      e00 = e[0 * N + 0];
      e10 = e[1 * N + 0];
      e11 = e[1 * N + 1];
      e20 = e[2 * N + 0];
      e21 = e[2 * N + 1];
      e22 = e[2 * N + 2];
      e23 = e[2 * N + 3];
      e30 = e[3 * N + 0];
      e31 = e[3 * N + 1];
      e32 = e[3 * N + 2];
      e33 = e[3 * N + 3];
      e40 = e[4 * N + 0];
      e41 = e[4 * N + 1];
      e42 = e[4 * N + 2];
      e43 = e[4 * N + 3];
      e44 = e[4 * N + 4];
      e50 = e[5 * N + 0];
      e51 = e[5 * N + 1];
      e52 = e[5 * N + 2];
      e53 = e[5 * N + 3];
      e54 = e[5 * N + 4];
      e55 = e[5 * N + 5];
      e60 = e[6 * N + 0];
      e61 = e[6 * N + 1];
      e62 = e[6 * N + 2];
      e63 = e[6 * N + 3];
      e64 = e[6 * N + 4];
      e65 = e[6 * N + 5];
      e66 = e[6 * N + 6];
      g00 = g0[0];
      g01 = g0[1];
      g02 = g0[2];
      g03 = g0[3];
      g04 = g0[4];
      g05 = g0[5];
      g06 = g0[6];
      g10 = g1[0];
      g11 = g1[1];
      g12 = g1[2];
      g13 = g1[3];
      g14 = g1[4];
      g15 = g1[5];
      g16 = g1[6];
    }

    /** Writes E·y + g0 + g1·u into {@code out} ({@code out} must not overlap {@code y}). */
    void apply(double[] y, int yOff, double u, double[] out, int o) {
      final double y0 = y[yOff], y1 = y[yOff + 1], y2 = y[yOff + 2], y3 = y[yOff + 3];
      final double y4 = y[yOff + 4], y5 = y[yOff + 5], y6 = y[yOff + 6];
      out[o + 0] = g00 + g10 * u + e00 * y0;
      out[o + 1] = g01 + g11 * u + e10 * y0 + e11 * y1;
      out[o + 2] = g02 + g12 * u + e20 * y0 + e21 * y1 + e22 * y2 + e23 * y3;
      out[o + 3] = g03 + g13 * u + e30 * y0 + e31 * y1 + e32 * y2 + e33 * y3;
      out[o + 4] = g04 + g14 * u + e40 * y0 + e41 * y1 + e42 * y2 + e43 * y3 + e44 * y4;
      out[o + 5] = g05 + g15 * u + e50 * y0 + e51 * y1 + e52 * y2 + e53 * y3 + e54 * y4 + e55 * y5;
      out[o + 6] = g06 + g16 * u + e60 * y0 + e61 * y1 + e62 * y2 + e63 * y3 + e64 * y4 + e65 * y5 + e66 * y6;
    }
  }

  /** dX/dt at a state. */
  double xRate(double[] y, int off) {
    return -p2u * y[off + L_X] + p2uOverVi * y[off + L_IP] - p2uIb;
  }

  /** dId/dt at a state. */
  double idRate(double[] y, int off) {
    return ki * (y[off + L_I1] - y[off + L_ID]);
  }

}
