package org.isletsim.ode;

import static org.isletsim.ode.DormandPrinceTableau.*;

/**
 * Adaptive Dormand–Prince 5(4) with Hairer's 4th-order continuous extension (dense output, CONTD5 of DOPRI5;
 * Hairer, Nørsett, Wanner, <i>Solving ODEs I</i>, §II.6), for piecewise-constant inputs: the integrator keeps
 * stepping through time with steps of its own choosing, states at requested times are interpolated, and the
 * caller {@link #restart restarts} it only where the right-hand side changes (a meal minute, a new insulin
 * rate). Between changes the steps may span many minutes, which is where the speed comes from.
 *
 * <p>Step-size control as in DOPRI5 (RMS error norm, safety 0.9, ratio in [0.2, 10], PI stabilisation β =
 * 0.04). Allocation-free after construction; one instance per system, single-threaded.
 */
public final class ContinuousDormandPrince54 {

  private static final double FACOLD_MIN_POW_BETA = Math.exp(BETA * Math.log(1e-4));
  private final int n;
  private final double rtol, hmax;
  private double firstStepFloor;
  private final double[] atol; // per component
  private double[] y0, y1, k1, k7; // swapped, not copied, from one step to the next
  private final double[] k2, k3, k4, k5, k6, tmp;
  private final double[] r2, r3, r4, r5; // dense output: y(θ) = y0 + θ(r2 + (1-θ)(r3 + θ(r4 + (1-θ) r5)))
  private final long[] denseStamp; // step number for which r2..r5[i] were computed (lazily, per component)
  private long stepNumber;
  private OdeSystem system;
  private double t0, t1, h, hStep, facoldPowBeta; // facoldPowBeta = max(last accepted error, 1e-4)^β
  private long evaluations, accepted, rejected;

  /**
   * @param dimension system dimension
   * @param rtol relative tolerance
   * @param atol absolute tolerance
   * @param hmax largest step
   */
  public ContinuousDormandPrince54(int dimension, double rtol, double atol, double hmax) {
    this(rtol, filled(dimension, atol), hmax);
  }

  /**
   * @param rtol relative tolerance
   * @param atol absolute tolerance of each component (its length is the system dimension)
   * @param hmax largest step
   */
  public ContinuousDormandPrince54(double rtol, double[] atol, double hmax) {
    if (!(rtol > 0) || !(hmax > 0)) throw new IllegalArgumentException("tolerances and hmax must be > 0");
    for (double a : atol) if (!(a > 0)) throw new IllegalArgumentException("tolerances and hmax must be > 0");
    n = atol.length;
    this.rtol = rtol;
    this.atol = atol.clone();
    this.hmax = hmax;
    y0 = new double[n];
    y1 = new double[n];
    k1 = new double[n];
    k2 = new double[n];
    k3 = new double[n];
    k4 = new double[n];
    k5 = new double[n];
    k6 = new double[n];
    k7 = new double[n];
    tmp = new double[n];
    r2 = new double[n];
    r3 = new double[n];
    r4 = new double[n];
    r5 = new double[n];
    denseStamp = new long[n];
  }

  private static double[] filled(int n, double v) {
    double[] a = new double[n];
    java.util.Arrays.fill(a, v);
    return a;
  }

  /**
   * The first step after {@link #reset} is at least this long (default 0: Hairer's estimate alone). Hairer's
   * estimate starts a system at rest with a step of ~1e-9, which then takes seven growing steps to reach a
   * useful size; a caller that knows its time scale can start there (a step too long is rejected and shortened
   * as usual).
   */
  public void setFirstStepFloor(double firstStepFloor) {
    if (!(firstStepFloor >= 0)) throw new IllegalArgumentException("first step floor must be >= 0");
    this.firstStepFloor = Math.min(firstStepFloor, hmax);
  }

  /** Forgets the step-size history (the next restart estimates a first step). */
  public void reset() {
    h = 0;
  }

  /**
   * Starts integrating {@code system} from (t, y); the right-hand side must stay the same function until the
   * next restart. The last accepted step size is kept as the first trial step.
   */
  public void restart(OdeSystem system, double t, double[] y) {
    this.system = system;
    System.arraycopy(y, 0, y1, 0, n);
    t1 = t;
    system.computeDerivatives(t, y1, k7);
    evaluations++;
    if (h == 0) {
      h = Math.max(firstStepFloor, DormandPrinceTableau.initialStep(system, t, y1, k7, tmp, k2, rtol, atol, hmax));
      evaluations++;
    }
    facoldPowBeta = FACOLD_MIN_POW_BETA;
  }

  /** Steps as far as needed and writes the state at {@code t} (≥ the restart time) into {@code out}. */
  public void advanceTo(double t, double[] out) {
    stepTo(t);
    for (int i = 0; i < n; i++) out[i] = valueAt(t, i);
  }

  /** Steps until the current step covers {@code t} (≥ the restart time); then {@link #valueAt} may be used. */
  public void stepTo(double t) {
    while (t1 < t) step(Double.POSITIVE_INFINITY);
  }

  /**
   * Steps until exactly {@code t}, with no step beyond it: for when the right-hand side is known to change at
   * {@code t} (the caller restarts there), so that no work is spent past it.
   */
  public void stepToExactly(double t) {
    while (t1 < t) step(t);
  }

  /** Component {@code i} at {@code t}, which must lie in the current step (see {@link #stepTo}). */
  public double valueAt(double t, int i) {
    if (t == t1) return y1[i];
    if (denseStamp[i] != stepNumber) denseCoefficients(i);
    double s = (t - t0) / hStep;
    double s1 = 1 - s;
    return y0[i] + s * (r2[i] + s1 * (r3[i] + s * (r4[i] + s1 * r5[i])));
  }

  private void step(double limit) {
    // the new step starts where the last one ended; its first stage is the last one's FSAL stage
    double[] swap = this.y0;
    this.y0 = this.y1;
    this.y1 = swap;
    swap = this.k1;
    this.k1 = this.k7;
    this.k7 = swap;
    final double[] y0 = this.y0, y1 = this.y1, k1 = this.k1, k2 = this.k2, k3 = this.k3, k4 = this.k4;
    final double[] k5 = this.k5, k6 = this.k6, k7 = this.k7, tmp = this.tmp;
    t0 = t1;
    boolean reject = false;
    while (true) {
      if (h > hmax) h = hmax;
      final boolean capped = t0 + this.h >= limit;
      final double h = capped ? limit - t0 : this.h;
      final double b21 = h * A21;
      for (int i = 0; i < n; i++) tmp[i] = y0[i] + b21 * k1[i];
      system.computeDerivatives(t0 + C2 * h, tmp, k2);
      final double b31 = h * A31, b32 = h * A32;
      for (int i = 0; i < n; i++) tmp[i] = y0[i] + b31 * k1[i] + b32 * k2[i];
      system.computeDerivatives(t0 + C3 * h, tmp, k3);
      final double b41 = h * A41, b42 = h * A42, b43 = h * A43;
      for (int i = 0; i < n; i++) tmp[i] = y0[i] + b41 * k1[i] + b42 * k2[i] + b43 * k3[i];
      system.computeDerivatives(t0 + C4 * h, tmp, k4);
      final double b51 = h * A51, b52 = h * A52, b53 = h * A53, b54 = h * A54;
      for (int i = 0; i < n; i++) tmp[i] = y0[i] + b51 * k1[i] + b52 * k2[i] + b53 * k3[i] + b54 * k4[i];
      system.computeDerivatives(t0 + C5 * h, tmp, k5);
      final double b61 = h * A61, b62 = h * A62, b63 = h * A63, b64 = h * A64, b65 = h * A65;
      for (int i = 0; i < n; i++) {
        tmp[i] = y0[i] + b61 * k1[i] + b62 * k2[i] + b63 * k3[i] + b64 * k4[i] + b65 * k5[i];
      }
      system.computeDerivatives(t0 + h, tmp, k6);
      final double b71 = h * A71, b73 = h * A73, b74 = h * A74, b75 = h * A75, b76 = h * A76;
      for (int i = 0; i < n; i++) y1[i] = y0[i] + b71 * k1[i] + b73 * k3[i] + b74 * k4[i] + b75 * k5[i] + b76 * k6[i];
      system.computeDerivatives(t0 + h, y1, k7);
      evaluations += 6;
      // error norm: RMS of e_i / sk_i, computed as (Σ (e_i/sk_i)²) with one division per component
      double err = 0;
      for (int i = 0; i < n; i++) {
        double e = E1 * k1[i] + E3 * k3[i] + E4 * k4[i] + E5 * k5[i] + E6 * k6[i] + E7 * k7[i];
        double sk = atol[i] + rtol * Math.max(Math.abs(y0[i]), Math.abs(y1[i]));
        double r = e / sk;
        err += r * r;
      }
      err = h * Math.sqrt(err / n);
      // fac11 = err^(0.2 − 0.75β) and the next facold^β share one logarithm
      final double lnErr = Math.log(err);
      double fac11 = Math.exp(EXPO1 * lnErr);
      double fac = Math.max(1.0 / FAC_MAX, Math.min(1.0 / FAC_MIN, fac11 / facoldPowBeta / SAFETY));
      if (err <= 1.0) {
        accepted++;
        facoldPowBeta = err >= 1e-4 ? Math.exp(BETA * lnErr) : FACOLD_MIN_POW_BETA;
        double hnew = h / fac;
        if (reject) hnew = Math.min(hnew, h);
        t1 = capped ? limit : t0 + h;
        hStep = h;
        stepNumber++;
        this.h = hnew;
        return;
      }
      rejected++;
      reject = true;
      this.h = h / Math.min(1.0 / FAC_MIN, fac11 / SAFETY);
      if (this.h < 1e-10) throw new IllegalStateException("integrator step size underflow at t=" + t0);
    }
  }

  /** Dense-output coefficients of component i for the current step (Hairer's CONTD5 preparation). */
  private void denseCoefficients(int i) {
    double h = hStep;
    double dy = y1[i] - y0[i];
    double bspl = h * k1[i] - dy;
    r2[i] = dy;
    r3[i] = bspl;
    r4[i] = dy - h * k7[i] - bspl;
    r5[i] = h * (D1 * k1[i] + D3 * k3[i] + D4 * k4[i] + D5 * k5[i] + D6 * k6[i] + D7 * k7[i]);
    denseStamp[i] = stepNumber;
  }



  public long evaluations() {
    return evaluations;
  }

  public long acceptedSteps() {
    return accepted;
  }

  public long rejectedSteps() {
    return rejected;
  }
}
