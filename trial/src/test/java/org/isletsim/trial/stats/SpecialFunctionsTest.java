package org.isletsim.trial.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SpecialFunctionsTest {
  /** Γ(n) = (n−1)!, Γ(½) = √π. */
  @Test
  void logGammaKnownValues() {
    assertThat(SpecialFunctions.logGamma(10)).isCloseTo(Math.log(362880), within(1e-12));
    assertThat(SpecialFunctions.logGamma(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(1e-12));
    assertThat(SpecialFunctions.logGamma(0.1)).isCloseTo(2.252712651734206, within(1e-12)); // ln Γ(0.1), A&S 6.1
  }

  /** I_x(1, b) = 1 − (1−x)^b and I_x(a, 1) = x^a (closed forms); inverse round-trips. */
  @Test
  void incompleteBetaClosedFormsAndInverse() {
    assertThat(SpecialFunctions.regularizedBeta(0.3, 1, 5)).isCloseTo(1 - Math.pow(0.7, 5), within(1e-14));
    assertThat(SpecialFunctions.regularizedBeta(0.3, 4, 1)).isCloseTo(Math.pow(0.3, 4), within(1e-14));
    for (double p : new double[] {1e-6, 0.025, 0.5, 0.975}) {
      double x = SpecialFunctions.inverseRegularizedBeta(p, 2.5, 7);
      assertThat(SpecialFunctions.regularizedBeta(x, 2.5, 7)).isCloseTo(p, within(1e-12));
    }
  }

  /** Tables: χ²₁ 0.95 quantile 3.841459 (P = 0.05); z 0.975 = 1.959964; t₁₁ 0.975 = 2.200985; t₁ 0.975 = 12.7062. */
  @Test
  void distributionTableValues() {
    assertThat(SpecialFunctions.chiSquareSurvival(3.841458820694124, 1)).isCloseTo(0.05, within(1e-12));
    assertThat(SpecialFunctions.chiSquareSurvival(5.991464547107979, 2)).isCloseTo(0.05, within(1e-12));
    assertThat(SpecialFunctions.normalQuantile(0.975)).isCloseTo(1.959963984540054, within(1e-12));
    assertThat(SpecialFunctions.normalQuantile(1e-8)).isCloseTo(-5.612001244174789, within(1e-9));
    assertThat(SpecialFunctions.tQuantile(0.975, 11)).isCloseTo(2.200985160091639, within(1e-9));
    assertThat(SpecialFunctions.tQuantile(0.975, 1)).isCloseTo(12.706204736174698, within(1e-8));
    assertThat(SpecialFunctions.tQuantile(0.025, 11)).isCloseTo(-2.200985160091639, within(1e-9));
  }
}
