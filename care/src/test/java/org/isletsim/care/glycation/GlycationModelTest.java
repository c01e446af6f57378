package org.isletsim.care.glycation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GlycationModelTest {

  @Test
  void steadyStateReproducesAdag() {
    // ADAG (Nathan 2008): eAG = 28.7 A1c - 46.7 -> 5% = 96.8, 7% = 154.2, 10% = 240.3 mg/dL
    assertThat(GlycationModel.steadyStateHba1cPct(96.8)).isCloseTo(5.0, within(0.06));
    assertThat(GlycationModel.steadyStateHba1cPct(154.2)).isCloseTo(7.0, within(0.01));
    assertThat(GlycationModel.steadyStateHba1cPct(240.3)).isCloseTo(10.0, within(0.06));
    assertThat(GlycationModel.steadyStateHba1cPct(183.0)).isCloseTo(8.0, within(0.05));
    assertThat(GlycationModel.eagMgDl(7.0)).isCloseTo(154.2, within(1e-9));
  }

  @Test
  void glycationRateIsNearThePublishedConstant() {
    // Beltran del Rio 2016: k ~ 1.3e-9 L/mmol/s ~ 6.2e-6 per mg/dL per day
    assertThat(GlycationModel.K_PER_MGDL_DAY).isBetween(0.7 * 6.2e-6, 1.3 * 6.2e-6);
  }

  @Test
  void timeWeightingIsCloseToTaharaShima() {
    double b1 = 0, b2 = 0, b3 = 0, all = 0;
    for (int s = 0; s < GlycationModel.MAX_LIFESPAN_DAYS; s++) {
      double w = GlycationModel.weight(s);
      all += w;
      if (s < 30) b1 += w;
      else if (s < 60) b2 += w;
      else if (s < 120) b3 += w;
    }
    assertThat(all).isCloseTo(1.0, within(1e-9));
    // Tahara & Shima 1995: 50% days 0-30, 25% 30-60, 25% 60-120
    assertThat(b1).isCloseTo(0.50, within(0.04));
    assertThat(b2).isCloseTo(0.25, within(0.04));
    assertThat(b3).isCloseTo(0.25, within(0.04));
  }

  @Test
  void stepResponseHalfTimeIsWithinTaharaShima() {
    GlycationModel m = GlycationModel.steadyState(150);
    double start = m.hba1cPct();
    double end = GlycationModel.steadyStateHba1cPct(250);
    int day = 0;
    while (m.hba1cPct() < start + 0.5 * (end - start)) {
      m.addDay(250);
      day++;
    }
    // half-time 34.6 +/- 10.1 days
    assertThat(day).isBetween(25, 45);
    for (int i = 0; i < 400; i++) m.addDay(250);
    assertThat(m.hba1cPct()).isCloseTo(end, within(1e-6));
  }

  @Test
  void hba1cIsNotJustAMovingMean() {
    // the same 90-day mean with the high glucose recent or early gives different HbA1c
    GlycationModel recentHigh = GlycationModel.steadyState(150);
    GlycationModel earlyHigh = GlycationModel.steadyState(150);
    for (int d = 0; d < 90; d++) {
      recentHigh.addDay(d < 45 ? 120 : 220);
      earlyHigh.addDay(d < 45 ? 220 : 120);
    }
    assertThat(recentHigh.hba1cPct() - earlyHigh.hba1cPct()).isGreaterThan(0.5);
  }

  @Test
  void gmiFormula() {
    // Bergenstal 2018: GMI = 3.31 + 0.02392 * mean; 150 mg/dL -> 6.898
    assertThat(GlycationModel.gmiPct(150)).isCloseTo(6.898, within(1e-9));
  }

  @Test
  void labNoiseHasItsCvAndResolution() {
    LabNoise lab = new LabNoise(0.02, 0.1, org.isletsim.random.RandomStreams.stream(1, "x", "lab"));
    double s = 0, s2 = 0;
    int n = 20000;
    for (int i = 0; i < n; i++) {
      double v = lab.measure(8.0);
      assertThat(Math.abs(v * 10 - Math.rint(v * 10))).isLessThan(1e-9);
      s += v;
      s2 += v * v;
    }
    double mean = s / n, sd = Math.sqrt(s2 / n - mean * mean);
    assertThat(mean).isCloseTo(8.0, within(0.01));
    assertThat(sd / mean).isCloseTo(0.02, within(0.003));
  }
}
