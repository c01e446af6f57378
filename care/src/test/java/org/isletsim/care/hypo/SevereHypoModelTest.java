package org.isletsim.care.hypo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.isletsim.random.RandomStreams;
import org.junit.jupiter.api.Test;

class SevereHypoModelTest {

  @Test
  void kovatchevAnchorsAndNoRiskWithoutLows() {
    assertThat(SevereHypoModel.eventsPer6Months(0)).isZero();
    assertThat(SevereHypoModel.eventsPer6Months(1.25)).isCloseTo(0.4, within(1e-12));
    assertThat(SevereHypoModel.eventsPer6Months(3.75)).isCloseTo(2.3, within(1e-12));
    assertThat(SevereHypoModel.eventsPer6Months(7.0)).isCloseTo(5.2, within(1e-12));
    assertThat(SevereHypoModel.eventsPer6Months(2.5)).isCloseTo(1.35, within(1e-12));
  }

  @Test
  void samplingHasTheDailyProbabilityAndNeedsALevel2Low() {
    SevereHypoModel m = new SevereHypoModel(8, RandomStreams.stream(3, "p", "she"));
    double lbgi = 2.0;
    assertThat(m.dailyRate(lbgi)).isCloseTo((0.4 + (2.3 - 0.4) * 0.75 / 2.5) / (365.25 / 2) * 8, within(1e-12));
    long n = 0;
    int days = 200_000;
    for (int i = 0; i < days; i++) n += m.sampleDay(lbgi, 50);
    for (int i = 0; i < 1000; i++) assertThat(m.sampleDay(lbgi, 54.5)).isZero();
    double expected = -Math.expm1(-m.dailyRate(lbgi)) * days;
    assertThat((double) n).isCloseTo(expected, within(4 * Math.sqrt(expected)));
  }

  @Test
  void exposureScalesTheHazardAndKeepsTheStreamAligned() {
    double lbgi = 4.0;
    int days = 100_000;
    SevereHypoModel full = new SevereHypoModel(9, RandomStreams.stream(5, "p", "she"));
    SevereHypoModel half = new SevereHypoModel(9, RandomStreams.stream(5, "p", "she"));
    SevereHypoModel none = new SevereHypoModel(9, RandomStreams.stream(5, "p", "she"));
    long nFull = 0, nHalf = 0, nNone = 0;
    for (int i = 0; i < days; i++) {
      nFull += full.sampleDay(lbgi, 45, 1);
      nHalf += half.sampleDay(lbgi, 45, 0.5);
      nNone += none.sampleDay(lbgi, 45, 0);
    }
    assertThat(nNone).isZero();
    double expectedHalf = -Math.expm1(-0.5 * full.dailyRate(lbgi)) * days;
    assertThat((double) nHalf).isCloseTo(expectedHalf, within(4 * Math.sqrt(expectedHalf)));
    // same draws: every half-exposure event day is also a full-exposure event day
    assertThat(nHalf).isLessThan(nFull);
    SevereHypoModel a = new SevereHypoModel(9, RandomStreams.stream(6, "p", "she"));
    SevereHypoModel b = new SevereHypoModel(9, RandomStreams.stream(6, "p", "she"));
    for (int i = 0; i < 1000; i++) assertThat(a.sampleDay(lbgi, 45, 3)).isEqualTo(b.sampleDay(lbgi, 45, 1));
  }

  @Test
  void lowRiskHandValues() {
    // Kovatchev: 10 * (1.509 ((ln BG)^1.084 - 5.381))^2 below ~112.5 mg/dL
    assertThat(GlycaemicRisk.lowRisk(70)).isCloseTo(7.7552, within(1e-3));
    assertThat(GlycaemicRisk.lowRisk(54)).isCloseTo(18.4614, within(1e-3));
    assertThat(GlycaemicRisk.lowRisk(112.7)).isZero();
    assertThat(GlycaemicRisk.lowRisk(200)).isZero();
    assertThat(GlycaemicRisk.highRisk(70)).isZero();
  }
}
