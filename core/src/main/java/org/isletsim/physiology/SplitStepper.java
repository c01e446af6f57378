package org.isletsim.physiology;

import org.isletsim.ode.ContinuousDormandPrince54;

/**
 * The fast scheme ({@link Integration.Mode#FAST}): the linear insulin subsystem is propagated exactly minute by
 * minute ({@link InsulinKinetics}), and the six gut and glucose states are integrated by a continuous
 * Dormand–Prince 5(4) whose steps span minutes and which restarts only when an input changes. Taking the
 * stiff insulin modes (eigenvalues up to ~1.2/min) out of the explicit integration is what allows long steps.
 * States between steps come from the integrator's dense output, computed only for the components asked for.
 */
final class SplitStepper implements MinuteStepper {
  private static final double MAX_STEP_MIN = 30;
  /** First step after a reset: a minute (the inputs' time scale) rather than Hairer's ~1e-9 for a state at rest. */
  private static final double FIRST_STEP_MIN = 1;
  /** Largest h·ρ: inside Dormand–Prince's real stability interval (h·ρ ≈ 3.3), ρ itself carrying a 10% margin. */
  private static final double STABLE_H_TIMES_RHO = 3.0;

  private final UvaPadovaModel model;
  private final InsulinTrajectory insulin;
  private final GlucoseBlock block;
  private final ContinuousDormandPrince54 dp;
  private final double[] glucose = new double[GlucoseBlock.N];
  private final double[] initial = new double[StateIndex.COUNT];
  private final int[] localInsulin = new int[StateIndex.COUNT];
  private final int[] localGlucose = new int[StateIndex.COUNT];
  private long minute;
  private double insulinRate; // the rate the insulin trajectory assumes, pmol/kg/min
  private boolean started;
  private long integratedTo; // the minute up to which the integration has been carried
  private boolean stopExactly; // the inputs change at `minute`: no step past it

  SplitStepper(UvaPadovaModel model, PatientParameters p, Integration integration) {
    this.model = model;
    this.insulin = new InsulinTrajectory(InsulinKinetics.of(p));
    this.block = new GlucoseBlock(model, insulin);
    this.dp =
        new ContinuousDormandPrince54(
            integration.rtol(), blockTolerances(integration), Math.min(MAX_STEP_MIN, STABLE_H_TIMES_RHO / spectralBound(p)));
    dp.setFirstStepFloor(FIRST_STEP_MIN);
    java.util.Arrays.fill(localInsulin, -1);
    java.util.Arrays.fill(localGlucose, -1);
    for (int i = 0; i < InsulinKinetics.N; i++) localInsulin[InsulinKinetics.GLOBAL[i]] = i;
    for (int i = 0; i < GlucoseBlock.N; i++) localGlucose[GlucoseBlock.GLOBAL[i]] = i;
  }

  /**
   * Spectral radius of the gut-and-glucose Jacobian near equilibrium (1/min), with a 10% margin. The
   * Jacobian is block triangular (stomach → intestine → plasma/tissue glucose → subcutaneous glucose), so its
   * eigenvalues are those of the blocks: −kmax, −kgut (≤ kmax), −kabs, the two of the Gp–Gt exchange, −ksc.
   * Near equilibrium the error estimate vanishes and would let steps grow until the stiffest mode turns
   * unstable; bounding h·ρ keeps the steady state exact (to 1e-6 mg/dL) instead of merely within tolerance.
   */
  static double spectralBound(PatientParameters p) {
    double uidSlope = (p.vm0() + p.vmx() * p.ibPmolL()) / p.km0MgPerKg(); // ≥ ∂Uid/∂Gt
    double a = p.kp2PerMin() + p.k1PerMin() + p.ke1PerMin(), d = p.k2PerMin() + uidSlope;
    double exchange = (a + d) / 2 + Math.sqrt((a - d) * (a - d) / 4 + p.k1PerMin() * p.k2PerMin());
    double rho = Math.max(p.kmaxPerMin(), Math.max(exchange, p.kscPerMin()));
    return 1.1 * rho;
  }

  /** Tolerances of the block's components (local order: the three gut states first, as in the global order). */
  private static double[] blockTolerances(Integration integration) {
    double[] global = integration.absoluteTolerances(StateIndex.COUNT);
    double[] a = new double[GlucoseBlock.N];
    for (int i = 0; i < GlucoseBlock.N; i++) a[i] = global[GlucoseBlock.GLOBAL[i]];
    return a;
  }

  @Override
  public void reset(double[] init) {
    System.arraycopy(init, 0, initial, 0, StateIndex.COUNT);
    insulin.reset(0, init);
    dp.reset();
    minute = 0;
    integratedTo = 0;
    started = false;
  }

  /**
   * Minutes with unchanged inputs only move the clock; the integration catches up when a state is read or before
   * the model changes ({@link #settle}, which the patient calls before setting new inputs or modulation). The
   * steps taken are the same as stepping minute by minute (a step's size does not depend on where it is asked to
   * reach), so results are identical; the per-minute calls are saved.
   */
  @Override
  public void advance(long m, boolean inputsChanged, boolean changesNext) {
    if (inputsChanged || !started) {
      for (int i = 0; i < GlucoseBlock.N; i++) glucose[i] = state(GlucoseBlock.GLOBAL[i]);
      double u = model.insulinPmolPerKgMin();
      if (!started || u != insulinRate) {
        insulin.rebase(m, u); // an unchanged rate (a meal minute) keeps the trajectory as it is
        insulinRate = u;
      }
      dp.restart(block, m, glucose);
      started = true;
    }
    minute = m + 1;
    stopExactly = changesNext;
  }

  @Override
  public void settle() {
    if (started) catchUp();
  }

  /** Integrates up to the current minute (the last step ending exactly there if the inputs change next). */
  private void catchUp() {
    if (integratedTo != minute) {
      if (stopExactly) dp.stepToExactly(minute);
      else dp.stepTo(minute);
      insulin.ensure(minute);
      integratedTo = minute;
    }
  }

  @Override
  public double state(int index) {
    if (!started) return initial[index];
    catchUp();
    int li = localInsulin[index];
    if (li >= 0) return insulin.at(minute, li);
    return dp.valueAt(minute, localGlucose[index]);
  }

  @Override
  public long evaluations() {
    return dp.evaluations();
  }
}
