package org.isletsim.care.immuno;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import org.isletsim.care.policy.CarePolicy;
import org.isletsim.care.policy.CarePolicyLoader;
import org.isletsim.random.RandomStreams;
import org.junit.jupiter.api.Test;

class ImmunosuppressionCourseTest {
  private final CarePolicy.Immunosuppression p = CarePolicyLoader.defaults().immunosuppression();

  @Test
  void egfrFollowsThePiecewiseDecline() {
    ImmunosuppressionCourse c = new ImmunosuppressionCourse(p, true, RandomStreams.stream(1, "a", "immuno"));
    assertThat(c.egfr(0)).isEqualTo(90);
    assertThat(c.egfr(365)).isCloseTo(90 - 28 * 365 / 365.25, within(1e-9));
    double y3 = 3 * 365.25;
    assertThat(c.egfr((int) y3)).isCloseTo(90 - 28 - 2 * 2.9 + 0, within(0.02));
    assertThat(new ImmunosuppressionCourse(p, false, RandomStreams.stream(1, "a", "immuno")).egfr(1000)).isEqualTo(90);
  }

  @Test
  void adverseEventRatesMatchThePolicy() {
    Map<String, Integer> counts = new HashMap<>();
    int people = 400;
    for (int i = 0; i < people; i++) {
      ImmunosuppressionCourse c = new ImmunosuppressionCourse(p, true, RandomStreams.stream(5, "p" + i, "immuno"));
      for (int d = 0; d < 365; d++) c.day(d, (type, detail) -> counts.merge(type, 1, Integer::sum));
    }
    double expectedNeutro = p.neutropeniaPerYearFirstYear() * people;
    assertThat((double) counts.getOrDefault("neutropenia", 0)).isCloseTo(expectedNeutro, within(4 * Math.sqrt(expectedNeutro)));
    double expectedInf = p.seriousInfectionPerYear() * people;
    assertThat((double) counts.getOrDefault("serious_infection", 0)).isCloseTo(expectedInf, within(4 * Math.sqrt(expectedInf)));
    assertThat(counts.get("immunosuppression_started")).isEqualTo(people);
  }

  @Test
  void stoppingGivesZeroAdequacy() {
    CarePolicy.Immunosuppression stop = new CarePolicy.Immunosuppression("yes", "atg", "tacrolimus+mmf", 100, 0, 14, 0.5,
        0, 0, 0, 0, 0, 90, 28, 2.9, 1.2);
    ImmunosuppressionCourse c = new ImmunosuppressionCourse(stop, true, RandomStreams.stream(1, "a", "immuno"));
    for (int d = 0; d < 100; d++) assertThat(c.day(d, (t, x) -> {})).isEqualTo(1);
    assertThat(c.day(100, (t, x) -> {})).isZero();
    assertThat(c.egfr(3000)).isEqualTo(c.egfr(100));
  }
}
