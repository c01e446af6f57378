package org.isletsim.ode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DormandPrince54Test {
  /** y' = λy with a few λ, and a harmonic oscillator: analytic solutions. */
  static final OdeSystem DECAY =
      new OdeSystem() {
        @Override
        public int dimension() {
          return 3;
        }

        @Override
        public void computeDerivatives(double t, double[] y, double[] d) {
          d[0] = -0.5 * y[0];
          d[1] = y[2];
          d[2] = -y[1];
        }
      };

  @Test
  void matchesAnalyticSolutionOverManyOneMinuteCalls() {
    DormandPrince54 dp = new DormandPrince54(3, 1e-10, 1e-12, 500);
    double[] y = {1, 0, 1};
    for (int t = 0; t < 20; t++) dp.integrate(DECAY, t, y, t + 1, false);
    assertThat(y[0]).isCloseTo(Math.exp(-10), within(1e-12));
    assertThat(y[1]).isCloseTo(Math.sin(20), within(1e-8));
    assertThat(y[2]).isCloseTo(Math.cos(20), within(1e-8));
  }

  @Test
  void errorScalesWithTolerance() {
    double loose = errorAt(1e-4), tight = errorAt(1e-8);
    assertThat(tight).isLessThan(loose / 100);
    assertThat(loose).isLessThan(1e-3);
  }

  private static double errorAt(double rtol) {
    DormandPrince54 dp = new DormandPrince54(3, rtol, rtol, 500);
    double[] y = {1, 0, 1};
    dp.integrate(DECAY, 0, y, 30, false);
    return Math.abs(y[1] - Math.sin(30));
  }

  @Test
  void carriesTheStepSizeOverToTheNextCall() {
    DormandPrince54 carried = DormandPrince54.withReferenceTolerances(3);
    double[] y = {1, 0, 1};
    carried.integrate(DECAY, 0, y, 1, false);
    double[] atOne = y.clone();
    long before = carried.evaluations();
    carried.integrate(DECAY, 1, y, 2, false);
    long withCarry = carried.evaluations() - before;
    // a fresh solver on the same state pays for HINIT and a small first step
    DormandPrince54 fresh = DormandPrince54.withReferenceTolerances(3);
    double[] z = atOne.clone();
    fresh.integrate(DECAY, 1, z, 2, false);
    assertThat(withCarry).isLessThan(fresh.evaluations());
    // reset() makes a solver behave like a fresh one
    carried.reset();
    double[] w = atOne.clone();
    before = carried.evaluations();
    carried.integrate(DECAY, 1, w, 2, false);
    assertThat(carried.evaluations() - before).isEqualTo(fresh.evaluations());
    assertThat(w).containsExactly(z);
  }

  @Test
  void reusingTheLastStageIsBitIdentical() {
    DormandPrince54 a = DormandPrince54.withReferenceTolerances(3);
    DormandPrince54 b = DormandPrince54.withReferenceTolerances(3);
    double[] ya = {1, 0, 1}, yb = {1, 0, 1};
    for (int t = 0; t < 50; t++) {
      a.integrate(DECAY, t, ya, t + 1, false);
      b.integrate(DECAY, t, yb, t + 1, t > 0);
    }
    assertThat(yb).containsExactly(ya);
    assertThat(b.evaluations()).isEqualTo(a.evaluations() - 49);
  }
}
