package org.isletsim.ode;

import static org.isletsim.ode.DormandPrinceTableau.*;

/**
 * Adaptive explicit Runge–Kutta Dormand–Prince 5(4) integrator that reproduces the step-size control of
 * Hairer's DOPRI5 (E. Hairer, S.P. Nørsett, G. Wanner, <i>Solving Ordinary Differential Equations I</i>, 2nd
 * ed., Springer 1993, §II.4–II.5; coefficients from J.R. Dormand, P.J. Prince, J. Comput. Appl. Math.
 * 6 (1980) 19–26), as driven by scipy's {@code ode(...).set_integrator("dopri5")} with its defaults:
 *
 * <ul>
 *   <li>mixed error norm: RMS over components of err_i / (atol + rtol·max(|y_i|, |y_new_i|));
 *   <li>safety 0.9, step ratio bounded to [0.2, 10], PI (Lund) stabilisation with β = 0.04 and error
 *       exponent 0.2 − 0.75β; the controller memory ({@code facold}) restarts at 1e-4 at every call;
 *   <li>the maximal step is the whole requested interval; the last step is shortened to land exactly on the
 *       end point when x + 1.01·h passes it;
 *   <li>the first trial step of a call is the step predicted at the end of the previous call (as scipy 1.10
 *       reuses DOPRI5's work array); only the first call after {@link #reset()} uses Hairer's HINIT.
 * </ul>
 *
 * <p>The integrator owns its scratch arrays, so one instance serves one system of a fixed dimension on one
 * thread, and {@link #integrate} allocates nothing.
 */
public final class DormandPrince54 {
  private static final double UROUND = 2.3e-16;

  private final int n;
  private final double rtol;
  private final double atol;
  private final double[] atolEach; // atol for every component (for the shared first-step estimate)
  private final int maxSteps;
  private final double[] k1, k2, k3, k4, k5, k6, y1, ysti;
  private double carriedStep; // 0 = none: use HINIT
  private boolean k1Valid;
  private long evaluations;
  private long acceptedSteps;
  private long rejectedSteps;

  /**
   * @param dimension system dimension
   * @param rtol relative tolerance (scipy default 1e-6)
   * @param atol absolute tolerance (scipy default 1e-12)
   * @param maxSteps maximal number of steps per call (scipy default 500)
   */
  public DormandPrince54(int dimension, double rtol, double atol, int maxSteps) {
    if (dimension < 1) throw new IllegalArgumentException("dimension must be >= 1");
    if (!(rtol > 0) || !(atol >= 0)) throw new IllegalArgumentException("tolerances must be positive");
    this.n = dimension;
    this.rtol = rtol;
    this.atol = atol;
    this.atolEach = new double[dimension];
    java.util.Arrays.fill(atolEach, atol);
    this.maxSteps = maxSteps;
    k1 = new double[n];
    k2 = new double[n];
    k3 = new double[n];
    k4 = new double[n];
    k5 = new double[n];
    k6 = new double[n];
    y1 = new double[n];
    ysti = new double[n];
  }

  /** The reference configuration: rtol 1e-6, atol 1e-12, 500 steps per call. */
  public static DormandPrince54 withReferenceTolerances(int dimension) {
    return new DormandPrince54(dimension, 1e-6, 1e-12, 500);
  }

  /** Forgets the carried-over step size (the next call starts with HINIT), like a new scipy solver. */
  public void reset() {
    carriedStep = 0;
    k1Valid = false;
  }

  /**
   * Integrates {@code y} in place from {@code t0} to {@code t1} (t1 &gt; t0).
   *
   * @param reuseDerivative when true, the caller guarantees that the system's right-hand side is the same
   *     function as at the end of the previous call and that {@code y} is unchanged since then, so f(t0, y)
   *     is taken from the last stage of the previous call instead of being evaluated again (the result is
   *     bit-identical; it saves one evaluation per call).
   * @throws IllegalStateException if the step size underflows or more than {@code maxSteps} are needed
   */
  public void integrate(OdeSystem system, double t0, double[] y, double t1, boolean reuseDerivative) {
    final double hmax = t1 - t0;
    if (!(hmax > 0)) throw new IllegalArgumentException("t1 must be greater than t0");
    if (!(reuseDerivative && k1Valid)) {
      system.computeDerivatives(t0, y, k1);
      evaluations++;
    }
    double h = carriedStep;
    if (h == 0) {
      h = DormandPrinceTableau.initialStep(system, t0, y, k1, y1, k2, rtol, atolEach, hmax);
      evaluations++;
    }
    double x = t0;
    double facold = 1e-4;
    boolean reject = false;
    boolean last = false;
    int steps = 0;
    final double[] k1 = this.k1, k2 = this.k2, k3 = this.k3, k4 = this.k4, k5 = this.k5, k6 = this.k6;
    final double[] y1 = this.y1, ysti = this.ysti;
    while (true) {
      if (steps > maxSteps) {
        k1Valid = false;
        throw new IllegalStateException("integrator needed more than " + maxSteps + " steps at t=" + x);
      }
      if (0.1 * Math.abs(h) <= Math.abs(x) * UROUND) {
        k1Valid = false;
        throw new IllegalStateException("integrator step size underflow at t=" + x);
      }
      if (x + 1.01 * h - t1 > 0) {
        h = t1 - x;
        last = true;
      }
      steps++;
      for (int i = 0; i < n; i++) y1[i] = y[i] + h * A21 * k1[i];
      system.computeDerivatives(x + C2 * h, y1, k2);
      for (int i = 0; i < n; i++) y1[i] = y[i] + h * (A31 * k1[i] + A32 * k2[i]);
      system.computeDerivatives(x + C3 * h, y1, k3);
      for (int i = 0; i < n; i++) y1[i] = y[i] + h * (A41 * k1[i] + A42 * k2[i] + A43 * k3[i]);
      system.computeDerivatives(x + C4 * h, y1, k4);
      for (int i = 0; i < n; i++) {
        y1[i] = y[i] + h * (A51 * k1[i] + A52 * k2[i] + A53 * k3[i] + A54 * k4[i]);
      }
      system.computeDerivatives(x + C5 * h, y1, k5);
      for (int i = 0; i < n; i++) {
        ysti[i] = y[i] + h * (A61 * k1[i] + A62 * k2[i] + A63 * k3[i] + A64 * k4[i] + A65 * k5[i]);
      }
      double xph = x + h;
      system.computeDerivatives(xph, ysti, k6);
      for (int i = 0; i < n; i++) {
        y1[i] = y[i] + h * (A71 * k1[i] + A73 * k3[i] + A74 * k4[i] + A75 * k5[i] + A76 * k6[i]);
      }
      system.computeDerivatives(xph, y1, k2); // k7, stored in k2 (FSAL)
      evaluations += 6;
      double err = 0;
      for (int i = 0; i < n; i++) {
        double e = (E1 * k1[i] + E3 * k3[i] + E4 * k4[i] + E5 * k5[i] + E6 * k6[i] + E7 * k2[i]) * h;
        double sk = atol + rtol * Math.max(Math.abs(y[i]), Math.abs(y1[i]));
        double r = e / sk;
        err += r * r;
      }
      err = Math.sqrt(err / n);
      double fac11 = Math.pow(err, EXPO1);
      double fac = fac11 / Math.pow(facold, BETA);
      fac = Math.max(1.0 / FAC_MAX, Math.min(1.0 / FAC_MIN, fac / SAFETY));
      double hnew = h / fac;
      if (err <= 1.0) {
        acceptedSteps++;
        facold = Math.max(err, 1e-4);
        System.arraycopy(k2, 0, k1, 0, n);
        System.arraycopy(y1, 0, y, 0, n);
        x = xph;
        if (Math.abs(hnew) > hmax) hnew = hmax;
        if (reject) hnew = Math.min(Math.abs(hnew), Math.abs(h));
        reject = false;
        if (last) {
          carriedStep = hnew;
          k1Valid = true;
          return;
        }
        h = hnew;
      } else {
        rejectedSteps++;
        hnew = h / Math.min(1.0 / FAC_MIN, fac11 / SAFETY);
        reject = true;
        last = false;
        h = hnew;
      }
    }
  }



  /** Number of right-hand-side evaluations since construction. */
  public long evaluations() {
    return evaluations;
  }

  public long acceptedSteps() {
    return acceptedSteps;
  }

  public long rejectedSteps() {
    return rejectedSteps;
  }
}
