package org.isletsim.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScaleTest {
  @Test
  void mapsLinearlyAndInverted() {
    Scale y = new Scale(0, 100, 200, 0);
    assertThat(y.map(0)).isEqualTo(200);
    assertThat(y.map(25)).isEqualTo(150);
    assertThat(y.mapClamped(150)).isEqualTo(0);
  }

  @Test
  void ticksAreRound() {
    assertThat(new Scale(0, 350, 0, 1).ticks(5)).containsExactly(0.0, 100.0, 200.0, 300.0);
    assertThat(new Scale(0, 1, 0, 1).ticks(4)).containsExactly(0.0, 0.25, 0.5, 0.75, 1.0);
    assertThat(Scale.niceDomain(3.2, 97.1)).containsExactly(0, 100);
    assertThat(Scale.niceDomain(Double.NaN, 1)).containsExactly(0, 1);
  }

  @Test
  void rejectsEmptyDomain() {
    assertThatThrownBy(() -> new Scale(1, 1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
