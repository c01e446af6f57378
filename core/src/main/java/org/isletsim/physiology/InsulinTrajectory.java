package org.isletsim.physiology;

/**
 * Exact insulin states from a base minute on, assuming the current insulin rate continues (the split
 * integration speculates like this and rebases whenever an input changes). The exact states are kept at nodes
 * {@value #STRIDE_MIN} minutes apart (base, base + {@value #STRIDE_MIN}, ...), with X and Id available at any
 * time in between by cubic Hermite interpolation of the exact node values and derivatives; the states at a
 * minute between nodes are computed on request from the node before it with the exact one-minute map. A ring
 * buffer keeps the last {@value #SIZE} nodes, enough for glucose steps of up to an hour.
 *
 * <p>Why nodes farther apart than a minute: X and Id are the slowest insulin states (they filter plasma
 * insulin with time constants of 1/p2u and 1/ki, tens of minutes to hours), so their Hermite interpolation
 * over a few minutes stays far inside the engine's accuracy budget (docs/engine.md), while the node updates are
 * a fixed cost per simulated minute.
 */
final class InsulinTrajectory {
  /** Minutes between exact nodes. */
  static final int STRIDE_MIN = 5;
  static final int SIZE = 64;
  private static final int MASK = SIZE - 1;
  private static final int N = InsulinKinetics.N;
  private static final double INV_STRIDE = 1.0 / STRIDE_MIN;

  private final InsulinKinetics kinetics;
  private final double[] y = new double[SIZE * N];
  private final double[] dX = new double[SIZE];
  private final double[] dId = new double[SIZE];
  private final double[] cx = new double[4 * SIZE]; // X's cubic on each interval (see cubics)
  private final double[] cid = new double[4 * SIZE]; // Id's cubic on each interval
  private final double[] between = new double[N]; // state at minute `betweenMinute` (off the nodes)
  private final double[] scratch = new double[N];
  private long betweenMinute = Long.MIN_VALUE;
  private long base; // minute of node 0
  private double baseMinute; // the same as a double
  private long lastNode; // newest node computed
  private double u; // insulin rate assumed from the base on, pmol/kg/min

  InsulinTrajectory(InsulinKinetics kinetics) {
    this.kinetics = kinetics;
  }

  /** Sets the insulin states (global 13-state vector) at {@code minute}. */
  void reset(long minute, double[] globalState) {
    for (int i = 0; i < N; i++) y[i] = globalState[InsulinKinetics.GLOBAL[i]];
    base = minute;
    baseMinute = minute;
    lastNode = 0;
    betweenMinute = Long.MIN_VALUE;
    derivatives(0);
  }

  /** From {@code minute} (already available) on, assume rate {@code u}. */
  void rebase(long minute, double u) {
    long rel = minute - base;
    if (rel < 0 || rel > lastNode * STRIDE_MIN || lastNode - rel / STRIDE_MIN >= SIZE) {
      throw new IllegalStateException("minute " + minute + " not available");
    }
    if (rel % STRIDE_MIN == 0) {
      System.arraycopy(y, slot(rel / STRIDE_MIN), scratch, 0, N);
    } else {
      System.arraycopy(stateBetween(minute), 0, scratch, 0, N);
    }
    System.arraycopy(scratch, 0, y, 0, N);
    this.u = u;
    base = minute;
    baseMinute = minute;
    lastNode = 0;
    betweenMinute = Long.MIN_VALUE;
    derivatives(0);
  }

  /** Makes minutes up to {@code minute} available. */
  void ensure(long minute) {
    long needed = (minute - base + STRIDE_MIN - 1) / STRIDE_MIN;
    while (lastNode < needed) {
      kinetics.stride.apply(y, slot(lastNode), u, y, slot(lastNode + 1));
      lastNode++;
      derivatives(lastNode);
      cubics(lastNode - 1);
    }
  }

  /** Local component {@code i} at whole minute {@code minute} (must be available). */
  double at(long minute, int i) {
    long rel = minute - base;
    if (rel % STRIDE_MIN == 0) return y[slot(rel / STRIDE_MIN) + i];
    return stateBetween(minute)[i];
  }

  /** The state at a minute between nodes, from the node before it by exact one-minute maps (cached). */
  private double[] stateBetween(long minute) {
    if (betweenMinute != minute) {
      long rel = minute - base;
      long from = (rel / STRIDE_MIN) * STRIDE_MIN; // the node before
      long known = betweenMinute - base;
      if (known > from && known < rel) {
        from = known; // continue from the minute cached last (per-minute readers walk forward)
      } else {
        System.arraycopy(y, slot(from / STRIDE_MIN), between, 0, N);
      }
      for (long m = from; m < rel; m++) {
        kinetics.minute(between, 0, u, scratch, 0);
        System.arraycopy(scratch, 0, between, 0, N);
      }
      betweenMinute = minute;
    }
    return between;
  }

  /** X at the time of the last {@link #interpolate} call, pmol/L. */
  double x;

  /** Id at the time of the last {@link #interpolate} call, pmol/L. */
  double id;

  /** Sets {@link #x} and {@link #id} to their values at time t ≥ base (cubic Hermite on the nodes around t). */
  void interpolate(double t) {
    double r = (t - baseMinute) * INV_STRIDE;
    long k = (long) r; // r ≥ 0
    double s = r - k;
    if (lastNode <= k) ensure(base + (k + 1) * STRIDE_MIN);
    int o = ((int) k & MASK) << 2;
    x = cx[o] + s * (cx[o + 1] + s * (cx[o + 2] + s * cx[o + 3]));
    id = cid[o] + s * (cid[o + 1] + s * (cid[o + 2] + s * cid[o + 3]));
  }

  /** Node values' derivatives of X and Id (the rates do not involve u). */
  private void derivatives(long node) {
    int off = slot(node), i = (int) (node & MASK);
    dX[i] = kinetics.xRate(y, off);
    dId[i] = kinetics.idRate(y, off);
  }

  /**
   * The Hermite cubics of X and Id on the interval from node k to node k + 1, in powers of s ∈ [0, 1]:
   * p(s) = p0 + s·(S·d0) + s²·(3(p1 − p0) − S(2d0 + d1)) + s³·(2(p0 − p1) + S(d0 + d1)), S the stride.
   */
  private void cubics(long k) {
    int a = slot(k), b = slot(k + 1), ia = (int) (k & MASK), ib = (int) ((k + 1) & MASK), o = ia << 2;
    cubic(cx, o, y[a + InsulinKinetics.L_X], y[b + InsulinKinetics.L_X], dX[ia], dX[ib]);
    cubic(cid, o, y[a + InsulinKinetics.L_ID], y[b + InsulinKinetics.L_ID], dId[ia], dId[ib]);
  }

  private static void cubic(double[] c, int o, double p0, double p1, double d0, double d1) {
    c[o] = p0;
    c[o + 1] = STRIDE_MIN * d0;
    c[o + 2] = 3 * (p1 - p0) - STRIDE_MIN * (2 * d0 + d1);
    c[o + 3] = 2 * (p0 - p1) + STRIDE_MIN * (d0 + d1);
  }

  private static int slot(long node) {
    return (int) (node & MASK) * N;
  }
}
