package org.isletsim.trial.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ProportionCiTest {
  /**
   * Reference values: R {@code binom.test(x, n)$conf.int} (10/12 gives 0.5158623 0.9791375, as printed by R
   * 4.x), cross-checked with scipy {@code beta.ppf(0.025, x, n-x+1)} / {@code beta.ppf(0.975, x+1, n-x)}.
   */
  @Test
  void clopperPearsonMatchesBinomTest() {
    check(ProportionCi.clopperPearson(10, 12), 0.515862251314033, 0.9791374745399076);
    check(ProportionCi.clopperPearson(16, 36), 0.2793541919668476, 0.6190232059106163);
    check(ProportionCi.clopperPearson(5, 36), 0.04667766060309026, 0.2949749481106316);
    check(ProportionCi.clopperPearson(21, 36), 0.40756524089177654, 0.7448589516735322);
    check(ProportionCi.clopperPearson(1, 2), 0.01257911709342506, 0.9874208829065749);
  }

  /** Hand calculation: for x = n the lower limit solves p^n = α/2, so 12/12 gives 0.025^(1/12); x = 0: 1 − 0.025^(1/n). */
  @Test
  void clopperPearsonBoundaryCasesHaveClosedForms() {
    check(ProportionCi.clopperPearson(12, 12), Math.pow(0.025, 1.0 / 12), 1.0);
    check(ProportionCi.clopperPearson(0, 10), 0.0, 1 - Math.pow(0.025, 1.0 / 10));
    assertThat(ProportionCi.clopperPearson(0, 0).estimate()).isNaN();
  }

  /** Wilson 10/12 by hand: centre (p + z²/2n)/(1 + z²/n), half-width z/(1 + z²/n)·√(p(1−p)/n + z²/4n²) → 0.5520, 0.9530. */
  @Test
  void wilsonMatchesHandCalculation() {
    check(ProportionCi.wilson(10, 12, 0.95), 0.5519691377470267, 0.9530348578161462);
  }

  private static void check(ProportionCi ci, double low, double high) {
    assertThat(ci.low()).isCloseTo(low, within(1e-9));
    assertThat(ci.high()).isCloseTo(high, within(1e-9));
  }
}
