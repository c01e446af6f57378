package org.isletsim.ode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ContinuousDormandPrince54Test {
  @Test
  void denseOutputIsAccurateBetweenSteps() {
    ContinuousDormandPrince54 dp = new ContinuousDormandPrince54(3, 1e-9, 1e-12, 60);
    double[] y = {1, 0, 1};
    dp.restart(DormandPrince54Test.DECAY, 0, y);
    double[] out = new double[3];
    for (double t = 0.25; t <= 40; t += 0.25) {
      dp.advanceTo(t, out);
      assertThat(out[0]).isCloseTo(Math.exp(-0.5 * t), within(1e-8));
      assertThat(out[1]).isCloseTo(Math.sin(t), within(1e-7));
    }
  }

  @Test
  void stepsSpanManyOutputTimesAtModerateTolerance() {
    ContinuousDormandPrince54 dp = new ContinuousDormandPrince54(3, 1e-6, 1e-9, 60);
    double[] y = {1, 0, 1};
    dp.restart(DormandPrince54Test.DECAY, 0, y);
    double[] out = new double[3];
    for (int i = 1; i <= 800; i++) dp.advanceTo(i * 0.05, out); // 800 output times
    assertThat(out[1]).isCloseTo(Math.sin(40), within(1e-5));
    assertThat(dp.acceptedSteps()).isLessThan(800 / 3);
  }

  @Test
  void restartContinuesFromTheGivenState() {
    ContinuousDormandPrince54 dp = new ContinuousDormandPrince54(3, 1e-9, 1e-12, 60);
    double[] y = {1, 0, 1};
    dp.restart(DormandPrince54Test.DECAY, 0, y);
    double[] out = new double[3];
    dp.advanceTo(5, out);
    out[0] = 2; // a jump in the state, as a new input would cause
    dp.restart(DormandPrince54Test.DECAY, 5, out);
    double[] later = new double[3];
    dp.advanceTo(7, later);
    assertThat(later[0]).isCloseTo(2 * Math.exp(-1), within(1e-8));
    assertThat(later[1]).isCloseTo(Math.sin(7), within(1e-7));
  }

  @Test
  void valueAtTheStepEndIsTheStepResult() {
    ContinuousDormandPrince54 dp = new ContinuousDormandPrince54(3, 1e-6, 1e-9, 60);
    double[] y = {1, 0, 1};
    dp.restart(DormandPrince54Test.DECAY, 0, y);
    double[] at = new double[3];
    dp.advanceTo(0, at);
    assertThat(at).containsExactly(1, 0, 1);
  }

  /** y0 decays from 1e3 towards 0 at rate 0.5, y1 = sin(t/20): a state that shrinks to nothing next to a slow one. */
  private static final OdeSystem SHRINKING =
      new OdeSystem() {
        @Override
        public int dimension() {
          return 3;
        }

        @Override
        public void computeDerivatives(double t, double[] y, double[] dy) {
          dy[0] = -0.5 * y[0];
          dy[1] = 0.05 * y[2];
          dy[2] = -0.05 * y[1];
        }
      };

  @Test
  void perComponentAbsoluteToleranceStopsAVanishingComponentFromDrivingTheSteps() {
    double[] y = {1e3, 0, 1};
    double[] out = new double[3];
    ContinuousDormandPrince54 strict = new ContinuousDormandPrince54(1e-6, new double[] {1e-12, 1e-12, 1e-12}, 60);
    strict.restart(SHRINKING, 0, y);
    strict.advanceTo(60, out);
    ContinuousDormandPrince54 loose = new ContinuousDormandPrince54(1e-6, new double[] {1e-2, 1e-12, 1e-12}, 60);
    loose.restart(SHRINKING, 0, y);
    double[] outLoose = new double[3];
    loose.advanceTo(60, outLoose);
    // once y0 is below its absolute tolerance it no longer limits the steps; y1 stays as accurate
    assertThat(loose.evaluations()).isLessThan(strict.evaluations() / 2);
    assertThat(outLoose[1]).isCloseTo(Math.sin(3), within(1e-5));
    assertThat(outLoose[0]).isCloseTo(1e3 * Math.exp(-30), within(1e-2));
    // the scalar constructor is the same as equal per-component tolerances
    ContinuousDormandPrince54 scalar = new ContinuousDormandPrince54(3, 1e-6, 1e-12, 60);
    scalar.restart(SHRINKING, 0, y);
    double[] outScalar = new double[3];
    scalar.advanceTo(60, outScalar);
    assertThat(outScalar).containsExactly(out);
    assertThat(scalar.evaluations()).isEqualTo(strict.evaluations());
  }

  @Test
  void stepToExactlyEndsTheStepOnTheGivenTimeAndNeverBeyond() {
    ContinuousDormandPrince54 dp = new ContinuousDormandPrince54(3, 1e-6, 1e-9, 60);
    double[] y = {1, 0, 1};
    dp.restart(DormandPrince54Test.DECAY, 0, y);
    dp.stepTo(0.5); // a long first step would pass 1.0; the exact stop must cut it
    double[] out = new double[3];
    for (int minute = 1; minute <= 20; minute++) {
      dp.stepToExactly(minute);
      dp.advanceTo(minute, out); // the value at the step end is the step's result: no interpolation
      assertThat(out[0]).isCloseTo(Math.exp(-0.5 * minute), within(1e-6));
      assertThat(out[1]).isCloseTo(Math.sin(minute), within(1e-5));
      dp.restart(DormandPrince54Test.DECAY, minute, out); // what a caller does when its input changes
    }
  }
}
