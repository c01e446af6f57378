package org.isletsim.physiology;

/**
 * Exact insulin states minute by minute from a base minute on, assuming the current insulin rate continues
 * (the split integration speculates like this and rebases whenever an input changes), with X and Id
 * available at any time in between by cubic Hermite interpolation of the exact minute values and derivatives.
 * A ring buffer keeps the last {@value #SIZE} minutes, enough for glucose steps of up to an hour.
 */
final class InsulinTrajectory {
  static final int SIZE = 128;
  private static final int MASK = SIZE - 1;
  private static final int N = InsulinKinetics.N;

  private final InsulinKinetics kinetics;
  private final double[] y = new double[SIZE * N];
  private final double[] dX = new double[SIZE];
  private final double[] dId = new double[SIZE];
  private long last; // newest minute computed
  private double u; // insulin rate assumed from the base on, pmol/kg/min

  InsulinTrajectory(InsulinKinetics kinetics) {
    this.kinetics = kinetics;
  }

  /** Sets the insulin states (global 13-state vector) at {@code minute}. */
  void reset(long minute, double[] globalState) {
    int off = slot(minute);
    for (int i = 0; i < N; i++) y[off + i] = globalState[InsulinKinetics.GLOBAL[i]];
    last = minute;
    derivatives(minute);
  }

  /** From {@code minute} (already computed) on, assume rate {@code u}. */
  void rebase(long minute, double u) {
    if (minute > last || last - minute >= SIZE) throw new IllegalStateException("minute " + minute + " not available");
    this.u = u;
    last = minute;
    derivatives(minute);
  }

  /** Makes minutes up to {@code minute} available. */
  void ensure(long minute) {
    while (last < minute) {
      kinetics.minute(y, slot(last), u, y, slot(last + 1));
      last++;
      derivatives(last);
    }
  }

  /** Local component {@code i} at whole minute {@code minute} (must be available). */
  double at(long minute, int i) {
    return y[slot(minute) + i];
  }

  /** X at the time of the last {@link #interpolate} call, pmol/L. */
  double x;

  /** Id at the time of the last {@link #interpolate} call, pmol/L. */
  double id;

  /** Sets {@link #x} and {@link #id} to their values at time t ≥ 0 (cubic Hermite on the minute holding t). */
  void interpolate(double t) {
    long m = (long) t; // t ≥ 0
    double s = t - m;
    ensure(m + 1);
    int a = slot(m), b = slot(m + 1), ai = a / N, bi = b / N;
    double s2 = s * s, s1 = 1 - s;
    double h00 = (1 + 2 * s) * s1 * s1, h10 = s * s1 * s1, h01 = s2 * (3 - 2 * s), h11 = s2 * (s - 1);
    x = h00 * y[a + InsulinKinetics.L_X] + h10 * dX[ai] + h01 * y[b + InsulinKinetics.L_X] + h11 * dX[bi];
    id = h00 * y[a + InsulinKinetics.L_ID] + h10 * dId[ai] + h01 * y[b + InsulinKinetics.L_ID] + h11 * dId[bi];
  }

  /** Minute values and derivatives of X and Id (the rates do not involve u). */
  private void derivatives(long minute) {
    int off = slot(minute);
    dX[off / N] = kinetics.xRate(y, off);
    dId[off / N] = kinetics.idRate(y, off);
  }

  private static int slot(long minute) {
    return (int) (minute & MASK) * N;
  }
}
