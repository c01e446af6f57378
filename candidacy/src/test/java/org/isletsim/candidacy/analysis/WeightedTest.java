package org.isletsim.candidacy.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class WeightedTest {
  @Test
  void equalWeightsGiveTheUsualStatistics() {
    double[] x = {1, 2, 3, 4};
    double[] w = {0.25, 0.25, 0.25, 0.25};
    assertThat(Weighted.mean(x, w)).isEqualTo(2.5);
    // sqrt(sum w^2 (x - m)^2) = sqrt(5 / 16)
    assertThat(Weighted.monteCarloSe(x, w)).isEqualTo(Math.sqrt(5.0 / 16), offset(1e-12));
    assertThat(Weighted.quantile(x, w, 0.5)).isEqualTo(2.5, offset(1e-12)); // Hazen
    assertThat(Weighted.quantile(x, w, 0.05)).isEqualTo(1);
    assertThat(Weighted.quantile(x, w, 0.95)).isEqualTo(4);
    assertThat(Weighted.shareAbove(x, 2, w)).isEqualTo(0.5);
  }

  @Test
  void weightsMoveTheQuantiles() {
    double[] x = {0, 10};
    assertThat(Weighted.quantile(x, new double[] {0.9, 0.1}, 0.4)).isEqualTo(0);
    assertThat(Weighted.quantile(x, new double[] {0.9, 0.1}, 0.7)).isEqualTo(5, offset(1e-12)); // between midpoints 0.45, 0.95
    assertThat(Weighted.quantile(x, new double[] {0.1, 0.9}, 0.6)).isEqualTo(10);
    assertThat(Weighted.mean(x, new double[] {0.1, 0.9})).isEqualTo(9, offset(1e-12));
  }

  @Test
  void verdictRule() {
    assertThat(Verdict.of(0.3, 0.05, 0.9, 0.1, 0.05, 0.75)).isEqualTo(Verdict.LIKELY_BENEFIT);
    assertThat(Verdict.of(0.3, 0.2, 0.9, 0.1, 0.05, 0.75)).isEqualTo(Verdict.UNCERTAIN); // Monte-Carlo error too large
    assertThat(Verdict.of(0.3, 0.05, 0.6, 0.4, 0.05, 0.75)).isEqualTo(Verdict.UNCERTAIN); // too few twins benefit
    assertThat(Verdict.of(0.02, 0.001, 1, 0, 0.05, 0.75)).isEqualTo(Verdict.UNCERTAIN); // below the minimum difference
    assertThat(Verdict.of(-0.1, 0.01, 0.05, 0.95, 0.05, 0.75)).isEqualTo(Verdict.LIKELY_NET_HARM);
  }
}
