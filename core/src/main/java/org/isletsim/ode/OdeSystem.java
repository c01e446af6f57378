package org.isletsim.ode;

/**
 * A first-order ordinary differential equation y' = f(t, y): a pure right-hand side, in the spirit of
 * Hipparchus's {@code OrdinaryDifferentialEquation}. Implementations must not allocate in
 * {@link #computeDerivatives}: it is called tens of thousands of times per simulated day.
 */
public interface OdeSystem {
  /** Number of state components. */
  int dimension();

  /**
   * Writes f(t, y) into {@code yDot}.
   *
   * @param tMin time (minutes)
   * @param y state, read only
   * @param yDot output, same length as {@code y}
   */
  void computeDerivatives(double tMin, double[] y, double[] yDot);
}
