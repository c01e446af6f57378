package org.isletsim.trial.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FisherExactTestTest {
  /**
   * Fisher's tea-tasting lady (Design of Experiments, 1935; R {@code ?fisher.test} example TeaTasting =
   * [[3, 1], [1, 3]]): two-sided p = 0.4857 (= 34/70), one-sided "greater" p = 0.2429 (= 17/70).
   */
  @Test
  void teaTasting() {
    FisherExactTest t = FisherExactTest.of(3, 1, 1, 3);
    assertThat(t.pTwoSided()).isCloseTo(34.0 / 70, within(1e-12));
    assertThat(t.pGreater()).isCloseTo(17.0 / 70, within(1e-12));
    assertThat(t.pLess()).isCloseTo(69.0 / 70, within(1e-12));
  }

  /**
   * Hand calculation with hypergeometric probabilities: 12/12 vs 0/2 responders: only the observed table and
   * its mirror [[10, 2], [2, 0]] are as extreme → p = (1 + 66)/C(14, 2)·… = 1/91 + 0 = 0.010989 (scipy
   * fisher_exact agrees); 10/12 vs 0/2: p = 0.065934.
   */
  @Test
  void smallArmsLikeTheZimislecelDesign() {
    assertThat(FisherExactTest.of(12, 0, 0, 2).pTwoSided()).isCloseTo(0.01098901098901099, within(1e-12));
    assertThat(FisherExactTest.of(10, 2, 0, 2).pTwoSided()).isCloseTo(0.06593406593406594, within(1e-12));
    assertThat(FisherExactTest.of(5, 5, 5, 5).pTwoSided()).isCloseTo(1.0, within(1e-12));
  }

  /** Power as replicates meeting the criterion: 800/1000 → SE √(0.8·0.2/1000) = 0.012649. */
  @Test
  void operatingCharacteristicMonteCarloError() {
    OperatingCharacteristic oc = OperatingCharacteristic.of("x", 800, 1000);
    assertThat(oc.probability()).isEqualTo(0.8);
    assertThat(oc.monteCarloSe()).isCloseTo(0.012649110640673518, within(1e-12));
    assertThat(oc.ci().low()).isLessThan(0.8).isGreaterThan(0.77);
  }
}
