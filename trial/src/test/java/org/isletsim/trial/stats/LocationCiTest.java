package org.isletsim.trial.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LocationCiTest {
  private static final double[] X = {3.1, 2.2, 5.9, 4.4, 1.0, 3.3, 6.2, 2.8, 4.0, 3.7};

  /** R {@code t.test(x)}: mean 3.66, 95% CI 2.528318 4.791682 (hand: sd 1.58213, se 0.50031, t₉ 2.262157). */
  @Test
  void meanWithStudentT() {
    LocationCi m = LocationCi.mean(X, 0.95);
    assertThat(m.estimate()).isCloseTo(3.66, within(1e-12));
    assertThat(m.low()).isCloseTo(2.5283183374695914, within(1e-9));
    assertThat(m.high()).isCloseTo(4.791681662530411, within(1e-9));
  }

  /**
   * Hand calculation: n = 10, P(Bin(10, ½) ≤ 1) = 11/1024 = 0.0107 ≤ 0.025 &lt; P(≤ 2) = 0.0547, so the interval is
   * [x(2), x(9)] = [2.2, 5.9] (Conover 1999, Table A3: r = 2 for n = 10); median (3.3 + 3.7)/2 = 3.5.
   */
  @Test
  void medianWithOrderStatisticInterval() {
    LocationCi m = LocationCi.median(X, 0.95);
    assertThat(m.estimate()).isCloseTo(3.5, within(1e-12));
    assertThat(m.low()).isEqualTo(2.2);
    assertThat(m.high()).isEqualTo(5.9);
    assertThat(LocationCi.median(new double[] {1, 2, 3, 4, 5}, 0.95).low()).isNaN(); // 2/32 > 0.025
  }

  @Test
  void nanValuesAreDropped() {
    assertThat(LocationCi.mean(new double[] {Double.NaN, 2, 4}, 0.95).n()).isEqualTo(2);
    assertThat(Quantiles.of(new double[] {1, 2, 3, 4, Double.NaN}, 0.5)).isEqualTo(2.5);
    assertThat(Quantiles.of(new double[] {1, 2, 3, 4, 5}, 0.05)).isCloseTo(1.2, within(1e-12)); // R quantile type 7
  }
}
