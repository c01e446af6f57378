package org.isletsim.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.isletsim.InvalidInputException;
import org.junit.jupiter.api.Test;

class InsulinPumpTest {
  private final InsulinPump insulet = InsulinPump.named("Insulet");

  @Test
  void roundsTheRateInPmolPerMinuteToTheIncrement() {
    // shared docs: adolescent#001 basal 0.0139355889 U/min -> 0.0139333333 U/min
    assertThat(insulet.basalUPerMin(0.0139355889)).isCloseTo(0.0139333333, within(1e-10));
  }

  @Test
  void roundsHalfToEven() {
    // rates whose pmol/min value is exactly k + 0.5 increments round to the even neighbour (Math.rint)
    int found = 0;
    for (int k = 0; k < 2000; k++) {
      double rate = (k + 0.5) * 0.05 / 6000;
      if (rate * 6000 / 0.05 != k + 0.5) continue;
      int even = (k % 2 == 0) ? k : k + 1;
      assertThat(insulet.bolusUPerMin(rate)).isEqualTo(even * 0.05 / 6000);
      found++;
    }
    assertThat(found).isGreaterThan(10);
  }

  @Test
  void clampsToTheLimits() {
    assertThat(insulet.bolusUPerMin(100)).isEqualTo(30);
    assertThat(InsulinPump.named("cozmo").bolusUPerMin(100)).isEqualTo(75);
    assertThat(insulet.basalUPerMin(0)).isZero();
  }

  @Test
  void idealDeliversExactly() {
    assertThat(InsulinPump.named("ideal").basalUPerMin(0.0123456789)).isEqualTo(0.0123456789);
  }

  @Test
  void unknownPumpNamesTheAcceptedOnes() {
    assertThatThrownBy(() -> InsulinPump.named("Omnipod"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Cozmo, Insulet, ideal");
  }
}
