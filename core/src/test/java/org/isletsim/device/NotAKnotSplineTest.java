package org.isletsim.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NotAKnotSplineTest {
  @Test
  void reproducesACubicExactly() {
    // a not-a-knot spline through samples of a cubic is that cubic
    double[] y = new double[11];
    for (int k = 0; k < 11; k++) y[k] = cubic(15.0 * k);
    double[] at = new double[50];
    for (int j = 0; j < 50; j++) at[j] = 3.0 * (j + 1);
    NotAKnotSpline s = new NotAKnotSpline(11, 15, at);
    double[] out = new double[50];
    s.apply(y, out);
    for (int j = 0; j < 50; j++) assertThat(out[j]).isCloseTo(cubic(at[j]), within(1e-8));
  }

  @Test
  void passesThroughTheKnots() {
    double[] y = {3, -1, 4, 1, -5, 9, 2, -6, 5, 3, -5};
    double[] at = {15, 30, 75, 150};
    double[] out = new double[4];
    new NotAKnotSpline(11, 15, at).apply(y, out);
    assertThat(out).containsExactly(new double[] {-1, 4, 9, -5}, within(1e-12));
  }

  private static double cubic(double x) {
    return 2 - 0.3 * x + 0.01 * x * x - 2e-5 * x * x * x;
  }
}
