package org.isletsim.physiology;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MealIntakeTest {
  @Test
  void referenceDoseIsStomachAtEpisodeStartPlusEatenAndIsKeptAfterwards() {
    double[] stomach = {1234};
    MealIntake in = new MealIntake(() -> stomach[0]);
    in.reset(0);
    assertThat(in.eat(12)).isEqualTo(5);
    assertThat(in.dbarMg()).isEqualTo(1234 + 5000);
    stomach[0] = 99_999; // read only when an episode starts
    assertThat(in.eat(0)).isEqualTo(5);
    assertThat(in.eat(0)).isEqualTo(2);
    assertThat(in.dbarMg()).isEqualTo(1234 + 12_000);
    assertThat(in.eat(0)).isZero();
    assertThat(in.dbarMg()).isEqualTo(1234 + 12_000); // kept after the episode
    assertThat(in.eat(1)).isEqualTo(1); // a new episode
    assertThat(in.dbarMg()).isEqualTo(99_999 + 1000);
  }
}
