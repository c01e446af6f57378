package org.isletsim.care.life;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.isletsim.care.policy.CarePolicy;
import org.isletsim.care.policy.CarePolicyLoader;
import org.isletsim.random.RandomStreams;
import org.junit.jupiter.api.Test;

class DailyLifeTest {
  private final CarePolicy.Life p = CarePolicyLoader.defaults().life();

  @Test
  void dayToDaySensitivityHasTheConfiguredMeanCvAndAutocorrelation() {
    DailyLife life = new DailyLife(p, RandomStreams.stream(1, "a", "life"));
    int n = 40_000;
    double s = 0, s2 = 0, lag = 0, prev = Double.NaN;
    int exercise = 0;
    for (int d = 0; d < n; d++) {
      life.nextDay();
      double f = Math.log(life.dayFactor());
      s += life.dayFactor();
      s2 += life.dayFactor() * life.dayFactor();
      if (!Double.isNaN(prev)) lag += f * prev;
      prev = f;
      if (life.exercises()) exercise++;
    }
    double mean = s / n, cv = Math.sqrt(s2 / n - mean * mean) / mean;
    assertThat(mean).isCloseTo(1.0, within(0.02));
    assertThat(cv).isCloseTo(p.sensitivityDayCv(), within(0.02));
    assertThat(exercise / (double) n).isCloseTo(p.exerciseDaysPerWeek() / 7, within(0.01));
    double sigma2 = Math.log(1 + p.sensitivityDayCv() * p.sensitivityDayCv());
    double meanLog = -sigma2 / 2;
    assertThat(lag / (n - 1) - meanLog * meanLog).isCloseTo(p.sensitivityDayAutocorr() * sigma2, within(0.01));
  }

  @Test
  void dawnLowersSensitivityOnlyBetweenThreeAndEight() {
    for (long seed = 0; seed < 50; seed++) {
      DailyLife life = new DailyLife(p, RandomStreams.stream(seed, "a", "life"));
      life.nextDay();
      if (!life.hasDawnPhenomenon() || life.ill()) continue;
      assertThat(life.sensitivity(4 * 60) / life.sensitivity(12 * 60)).isCloseTo(1 - p.dawnSensitivityDrop(), within(1e-12));
      assertThat(life.sensitivity(2 * 60)).isEqualTo(life.sensitivity(12 * 60));
      return;
    }
    throw new AssertionError("no person with dawn phenomenon in 50 seeds");
  }

  @Test
  void seededPerPerson() {
    DailyLife a = new DailyLife(p, RandomStreams.stream(7, "adult#001", "life"));
    DailyLife b = new DailyLife(p, RandomStreams.stream(7, "adult#001", "life"));
    for (int d = 0; d < 100; d++) {
      a.nextDay();
      b.nextDay();
      assertThat(a.dayFactor()).isEqualTo(b.dayFactor());
      assertThat(a.extraUptake(17 * 60)).isEqualTo(b.extraUptake(17 * 60));
    }
  }
}
