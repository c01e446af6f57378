package org.isletsim.ode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MatrixExponentialTest {
  @Test
  void diagonalAndNilpotentAndRotation() {
    double[][] d = MatrixExponential.exp(new double[][] {{-2, 0}, {0, 3}});
    assertThat(d[0][0]).isCloseTo(Math.exp(-2), within(1e-15));
    assertThat(d[1][1]).isCloseTo(Math.exp(3), within(1e-13));
    assertThat(d[0][1]).isZero();
    // exp([[0,1],[0,0]]·t) = [[1,t],[0,1]]
    double[][] n = MatrixExponential.exp(new double[][] {{0, 5}, {0, 0}});
    assertThat(n[0][1]).isCloseTo(5, within(1e-14));
    assertThat(n[0][0]).isCloseTo(1, within(1e-15));
    // rotation by 2 rad
    double[][] r = MatrixExponential.exp(new double[][] {{0, -2}, {2, 0}});
    assertThat(r[0][0]).isCloseTo(Math.cos(2), within(1e-14));
    assertThat(r[1][0]).isCloseTo(Math.sin(2), within(1e-14));
  }

  @Test
  void jordanBlockGivesTheTimesExponentialTerm() {
    // [[-k, 0], [k, -k]]: the I1 → Id chain with a double eigenvalue
    double k = 0.7;
    double[][] e = MatrixExponential.exp(new double[][] {{-k, 0}, {k, -k}});
    assertThat(e[1][0]).isCloseTo(k * Math.exp(-k), within(1e-15));
  }
}
