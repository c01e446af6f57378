package org.isletsim.cgm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Metrics on tiny series whose values were computed by hand from the published formulas (numbers checked with a
 * python3 one-liner of the same formulas: Kovatchev 2006 LBGI/HBGI/ADRR, Hill 2007 GRADE, Schlichtkrull 1965 M-value,
 * Klonoff 2023 GRI, Bergenstal 2018 GMI, Nathan 2008 eA1c), and on constructed traces whose answer is obvious
 * (constant slope, identical days, regular triangle wave, a known number of hypoglycaemic dips).
 */
class MetricsByHandTest {
  private static final long DAY0 = 1_700_006_400L - 1_700_006_400L % 86_400; // a midnight
  private static final double TOL = 1e-9;

  /** Readings exactly on grid points: 00:05, 00:10, ... of DAY0. */
  private static GlucoseSeries onGrid(double... g) {
    return GlucoseSeries.regular(DAY0 + 300, 300, g);
  }

  /** The consensus core alone: the same hand values, and bit-identical to the full computation's fields. */
  @Test
  void consensusCoreOfFourReadings() {
    double[] g = {50, 100, 200, 300};
    CgmMetrics.Consensus c = CgmMetrics.Consensus.of(g);
    assertThat(c.n()).isEqualTo(4);
    assertThat(c.mean()).isEqualTo(162.5);
    assertThat(c.sd()).isCloseTo(110.86778913041725, within(TOL));
    assertThat(c.cv()).isCloseTo(68.22633177256446, within(TOL));
    assertThat(c.gmi()).isCloseTo(3.31 + 0.02392 * 162.5, within(TOL));
    assertThat(c.tir70to180()).isEqualTo(25.0);
    assertThat(c.tbr70()).isEqualTo(25.0);
    assertThat(c.tbr54()).isEqualTo(25.0);
    assertThat(c.tar180()).isEqualTo(50.0);
    assertThat(c.tar250()).isEqualTo(25.0);
    double[] noisy = new double[4032];
    for (int i = 0; i < noisy.length; i++) noisy[i] = 40 + (i * 7919 % 3600) / 10.0 + Math.sin(i) / 3;
    CgmMetrics full = CgmMetrics.of(GlucoseSeries.regular(0, 300, noisy));
    CgmMetrics.Consensus core = CgmMetrics.Consensus.of(noisy);
    assertThat(new double[] {core.mean(), core.sd(), core.cv(), core.gmi(), core.tir70to180(), core.tbr70(),
        core.tbr54(), core.tar180(), core.tar250()})
        .containsExactly(full.mean(), full.sd(), full.cv(), full.gmi(), full.tir70to180(), full.tbr70(),
            full.tbr54(), full.tar180(), full.tar250());
  }

  @Test
  void summariesOfFourReadings() {
    CgmMetrics m = CgmMetrics.of(onGrid(50, 100, 200, 300));
    assertThat(m.mean()).isEqualTo(162.5);
    assertThat(m.sd()).isCloseTo(110.86778913041725, within(TOL));
    assertThat(m.cv()).isCloseTo(68.22633177256446, within(TOL));
    assertThat(m.gmi()).isCloseTo(3.31 + 0.02392 * 162.5, within(TOL));
    assertThat(m.ea1c()).isCloseTo((46.7 + 162.5) / 28.7, within(TOL));
    assertThat(m.median()).isEqualTo(150.0);
    assertThat(m.tir70to180()).isEqualTo(25.0);
    assertThat(m.titr70to140()).isEqualTo(25.0);
    assertThat(m.tbr70()).isEqualTo(25.0);
    assertThat(m.tbr54()).isEqualTo(25.0);
    assertThat(m.tar180()).isEqualTo(50.0);
    assertThat(m.tar250()).isEqualTo(25.0);
    assertThat(m.lbgi()).isCloseTo(5.745419761974624, within(TOL));
    assertThat(m.hbgi()).isCloseTo(11.388778777334345, within(TOL));
    assertThat(m.jIndex()).isCloseTo(74.72994813405226, within(TOL));
    assertThat(m.grade()).isCloseTo(13.966813650063017, within(TOL));
    assertThat(m.gradeHypo()).isCloseTo(28.310965167659145, within(TOL));
    assertThat(m.gradeHyper()).isCloseTo(70.91017258015445, within(TOL));
    assertThat(m.mValue()).isCloseTo(50.34794743097049, within(TOL));
    // 3*25 + 2.4*0 + 1.6*25 + 0.8*25 = 135, capped at 100
    assertThat(m.gri()).isEqualTo(100.0);
    assertThat(m.griZone()).isEqualTo("E");
    assertThat(m.activePercent()).isEqualTo(100.0);
  }

  @Test
  void rangeBoundariesAreInclusiveForTirAndStrictForTbrTar() {
    double[] g = {54, 70, 180, 250};
    assertThat(ReadingMetrics.percentInRange(g, 70, 180)).isEqualTo(50.0);
    assertThat(ReadingMetrics.percentBelow(g, 70)).isEqualTo(25.0);
    assertThat(ReadingMetrics.percentBelow(g, 54)).isEqualTo(0.0);
    assertThat(ReadingMetrics.percentAbove(g, 180)).isEqualTo(25.0);
    assertThat(ReadingMetrics.percentAbove(g, 250)).isEqualTo(0.0);
    assertThat(ReadingMetrics.gri(0, 0, 20, 5)).isCloseTo(1.6 * 5 + 0.8 * 15, within(TOL));
    assertThat(ReadingMetrics.griZone(20)).isEqualTo("A");
    assertThat(ReadingMetrics.griZone(20.5)).isEqualTo("B");
    assertThat(ReadingMetrics.griZone(61)).isEqualTo("D");
  }

  @Test
  void adrrTakesTheDailyMaximaOfLowAndHighRisk() {
    GlucoseSeries s = new GlucoseSeries(
        new long[] {DAY0 + 3600, DAY0 + 7200, DAY0 + 86_400 + 3600, DAY0 + 86_400 + 7200},
        new double[] {50, 200, 100, 300});
    assertThat(ReadingMetrics.adrr(s)).isCloseTo(34.26839707861794, within(TOL));
    ReadingMetrics.RiskIndices fused = ReadingMetrics.riskIndices(s);
    assertThat(fused.adrr()).isCloseTo(34.26839707861794, within(TOL));
    assertThat(fused.lbgi()).isCloseTo(ReadingMetrics.lbgi(s.glucoseMgDl()), within(TOL));
    assertThat(fused.hbgi()).isCloseTo(ReadingMetrics.hbgi(s.glucoseMgDl()), within(TOL));
  }

  @Test
  void activePercentCountsMissingReadingsInGaps() {
    long[] t = {0, 5, 10, 15, 30, 35, 40, 45, 50, 55, 60};
    double[] g = new double[t.length];
    Arrays.fill(g, 100);
    long[] sec = Arrays.stream(t).map(x -> DAY0 + x * 60).toArray();
    // 13 expected readings over 60 min at 5 min; a 15-min gap misses 2 of them
    assertThat(ReadingMetrics.activePercent(new GlucoseSeries(sec, g))).isCloseTo(100.0 * 11 / 13, within(TOL));
  }

  @Test
  void magOfAConstantSlopeIsTheSlope() {
    double[] g = new double[200];
    for (int i = 0; i < g.length; i++) {
      g[i] = 100 + i; // +1 mg/dL per 5 min = 12 mg/dL/h
    }
    CgmMetrics m = CgmMetrics.of(onGrid(g));
    assertThat(m.mag()).isCloseTo(12.0, within(TOL));
    assertThat(m.conga1()).isCloseTo(0.0, within(TOL)); // all 1-hour differences are 12
  }

  @Test
  void moddAndConga24OfIdenticalDaysAreZero() {
    double[] g = new double[3 * 288];
    for (int i = 0; i < g.length; i++) {
      g[i] = 140 + 40 * Math.sin(2 * Math.PI * (i % 288) / 288.0);
    }
    CgmMetrics m = CgmMetrics.of(onGrid(g));
    assertThat(m.modd()).isCloseTo(0.0, within(1e-9));
    assertThat(m.conga24()).isCloseTo(0.0, within(1e-9));
  }

  @Test
  void mageOfARegularTriangleWaveIsItsAmplitude() {
    // 100 -> 200 -> 100 every 4 h (24 steps of 5 min up, 24 down), 6 full periods
    double[] g = new double[6 * 48 + 1];
    for (int i = 0; i < g.length; i++) {
      int k = i % 48;
      g[i] = k <= 24 ? 100 + 100.0 * k / 24 : 200 - 100.0 * (k - 24) / 24;
    }
    MageResult r = CgmMetrics.of(onGrid(g)).mageMa();
    assertThat(r.plus()).isCloseTo(100.0, within(1e-9));
    assertThat(r.minus()).isCloseTo(100.0, within(1e-9));
    assertThat(r.avg()).isCloseTo(100.0, within(1e-9));
  }

  @Test
  void mageIsMissingForTooShortTraces() {
    assertThat(CgmMetrics.of(onGrid(100, 120, 140, 160, 180, 200)).mageMa()).isEqualTo(MageResult.MISSING);
  }

  @Test
  void episodesFollowTheFifteenMinuteRule() {
    double[] g = new double[288];
    Arrays.fill(g, 120);
    // dip 1: 20 min at 60 (4 points) -> lv1 episode of 20 min, mean 60
    for (int i = 20; i < 24; i++) {
      g[i] = 60;
    }
    // dip 2: 10 min at 60 (2 points) -> too short, no episode
    for (int i = 60; i < 62; i++) {
      g[i] = 60;
    }
    // dip 3: 15 min at 50, a 10-min recovery at 80, 15 min at 50 -> one lv1 and... two lv2 episodes? No: the
    // recovery is shorter than 15 min, so one episode each, 40 min long
    for (int i = 100; i < 103; i++) {
      g[i] = 50;
    }
    g[103] = 80;
    g[104] = 80;
    for (int i = 105; i < 108; i++) {
      g[i] = 50;
    }
    EpisodeSummary lv1 = Episodes.summarise(GlucoseGrid.of(onGrid(g))).get("lv1_hypo");
    EpisodeSummary lv2 = Episodes.summarise(GlucoseGrid.of(onGrid(g))).get("lv2_hypo");
    EpisodeSummary excl = Episodes.summarise(GlucoseGrid.of(onGrid(g))).get("lv1_hypo_excl");
    assertThat(lv1.totalEpisodes()).isEqualTo(2);
    assertThat(lv1.avgEpisodeDurationMin()).isEqualTo((20 + 40) / 2.0);
    assertThat(lv1.avgEpisodeGlucoseMgDl()).isCloseTo((60 + (6 * 50 + 2 * 80) / 8.0) / 2, within(TOL));
    assertThat(lv1.avgEpisodesPerDay()).isCloseTo(2.0, within(TOL)); // 288 points = 1 day
    assertThat(lv2.totalEpisodes()).isEqualTo(1);
    assertThat(lv2.avgEpisodeDurationMin()).isEqualTo(40.0);
    assertThat(excl.totalEpisodes()).isEqualTo(1);
    assertThat(excl.avgEpisodeDurationMin()).isEqualTo(20.0);
  }

  @Test
  void agpIsTheType7QuantileAcrossDays() {
    double[] g = new double[3 * 288];
    double[] level = {100, 110, 130};
    for (int i = 0; i < g.length; i++) {
      g[i] = level[i / 288];
    }
    AgpProfile a = AgpProfile.of(onGrid(g));
    int noon = 12 * 60 / 5 - 1;
    assertThat(a.minuteOfDay()[noon]).isEqualTo(720);
    assertThat(a.percentilesMgDl()[noon]).containsExactly(new double[] {101, 105, 110, 120, 128}, within(TOL));
  }

  /** The declared table columns are the scalar keys in order: a count, a text, and doubles for every metric. */
  @Test
  void scalarColumnsAreDeclaredForEveryScalarInOrder() {
    CgmMetrics m = CgmMetrics.of(onGrid(filled(288, 120)));
    assertThat(CgmMetrics.SCALAR_COLUMNS.stream().map(org.isletsim.io.table.Column::name))
        .containsExactlyElementsOf(m.scalars().keySet());
    for (org.isletsim.io.table.Column c : CgmMetrics.SCALAR_COLUMNS) {
      org.isletsim.io.table.Column.Type expected = switch (c.name()) {
        case "n_readings_used" -> org.isletsim.io.table.Column.Type.LONG;
        case "gri_zone" -> org.isletsim.io.table.Column.Type.STRING;
        default -> org.isletsim.io.table.Column.Type.DOUBLE;
      };
      assertThat(c.type()).as(c.name()).isEqualTo(expected);
    }
    assertThat(EpisodeSummary.FIELD_COLUMNS.stream().map(org.isletsim.io.table.Column::name))
        .containsExactly("total_episodes", "avg_ep_per_day", "avg_ep_duration", "avg_ep_gl");
  }

  /** The one rule for whether an AGP can be drawn (cgm agp and the report both ask it). */
  @Test
  void agpIsUnavailableForSparseReadingsOrNoGridValue() {
    assertThat(AgpProfile.of(onGrid(filled(288, 120))).unavailableReason()).isNull();
    // hourly readings: median interval 60 min, above the 45-minute interpolation limit, so no grid at all
    double[] hourly = filled(72, 120);
    String sparse = AgpProfile.of(GlucoseSeries.regular(DAY0, 3600, hourly)).unavailableReason();
    assertThat(sparse).contains("too sparse").contains("45-minute").contains("expected CGM data every 1-15 minutes");
    assertThat(CgmMetrics.of(GlucoseSeries.regular(DAY0, 3600, hourly)).agp().unavailableReason()).isEqualTo(sparse);
    // one reading between two grid times: a grid, but no time of day with a value
    AgpProfile single = AgpProfile.of(GlucoseSeries.regular(DAY0 + 137, 300, new double[] {120}));
    assertThat(single.minuteOfDay()).isNotEmpty();
    assertThat(single.unavailableReason()).contains("no time of day has a glucose value");
  }

  @Test
  void windowsAndDays() {
    GlucoseSeries s = onGrid(filled(2 * 288, 120));
    assertThat(s.byDay()).hasSize(3); // 00:05 day 1 .. 00:00 day 3 is the last point
    assertThat(s.window(DAY0 + 86_400, DAY0 + 2 * 86_400).size()).isEqualTo(288);
    assertThat(CgmMetrics.perDay(GlucoseSeries.regular(DAY0, 300, filled(2 * 288, 150)))).hasSize(2)
        .allSatisfy(m -> assertThat(m.tir70to180()).isEqualTo(100.0));
  }

  @Test
  void duplicatesAreAveragedAndUnsortedInputSorted() {
    GlucoseSeries s = GlucoseSeries.fromUnsorted(new long[] {20, 10, 20, 30}, new double[] {100, 90, 120, 80});
    assertThat(s.epochSec()).containsExactly(10, 20, 30);
    assertThat(s.glucoseMgDl()).containsExactly(90, 110, 80);
  }

  private static double[] filled(int n, double v) {
    double[] g = new double[n];
    Arrays.fill(g, v);
    return g;
  }
}
