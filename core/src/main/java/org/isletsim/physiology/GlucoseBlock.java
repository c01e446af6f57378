package org.isletsim.physiology;

import static org.isletsim.physiology.StateIndex.*;

import org.isletsim.ode.OdeSystem;

/**
 * The six gut and glucose states of the S2008 model as an ODE of their own, driven by the insulin actions X
 * and Id of an {@link InsulinTrajectory}. Local order: QSTO1, QSTO2, QGUT, GP, GT (same indices as globally)
 * and GS at {@link #L_GS}.
 */
final class GlucoseBlock implements OdeSystem {
  static final int N = 6;
  static final int L_GS = 5;
  /** Global state index of each local component. */
  static final int[] GLOBAL = {QSTO1, QSTO2, QGUT, GP, GT, GS};

  private final UvaPadovaModel model;
  private final InsulinTrajectory insulin;

  GlucoseBlock(UvaPadovaModel model, InsulinTrajectory insulin) {
    this.model = model;
    this.insulin = insulin;
  }

  @Override
  public int dimension() {
    return N;
  }

  @Override
  public void computeDerivatives(double t, double[] g, double[] dg) {
    insulin.interpolate(t);
    model.glucoseDerivatives(g[QSTO1], g[QSTO2], g[QGUT], g[GP], g[GT], g[L_GS], insulin.x, insulin.id, dg, L_GS);
  }
}
