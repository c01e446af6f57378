package org.isletsim.cgm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isletsim.io.table.Column;

/**
 * All glycaemic metrics of one series (docs/cgm.md), with iglu's definitions: summaries on raw readings, CONGA/MODD/
 * MAG/episodes/AGP on the interpolated grid, MAGE on a 5-minute grid. Glucose in mg/dL, percentages 0–100, NaN where
 * a metric is undefined. {@link #of(GlucoseSeries)} is the single entry point for real and simulated CGM.
 */
public record CgmMetrics(
    int nReadingsUsed,
    long startEpochSec,
    long endEpochSec,
    double mean,
    double sd,
    double cv,
    double gmi,
    double ea1c,
    double median,
    double tir70to180,
    double titr70to140,
    double tbr70,
    double tbr54,
    double tar180,
    double tar250,
    double lbgi,
    double hbgi,
    double adrr,
    double jIndex,
    double grade,
    double gradeHypo,
    double gradeHyper,
    double mValue,
    double gri,
    String griZone,
    double activePercent,
    double conga1,
    double conga24,
    double modd,
    double mag,
    double mageNaive,
    MageResult mageMa,
    Map<String, EpisodeSummary> episodes,
    AgpProfile agp) {

  /** Scalar metric keys in the order of docs/cgm.md §7 (plus {@code gri_zone} after {@code gri}). */
  public static final List<String> SCALAR_KEYS =
      List.of(
          "n_readings_used", "mean", "sd", "cv", "gmi", "ea1c", "median", "tir_70_180", "titr_70_140", "tbr_70",
          "tbr_54", "tar_180", "tar_250", "lbgi", "hbgi", "adrr", "j_index", "grade", "grade_hypo", "grade_hyper",
          "m_value", "gri", "active_percent", "conga_1", "conga_24", "modd", "mag", "mage_naive", "mage_ma_avg",
          "mage_ma_plus", "mage_ma_minus", "mage_ma_service", "mage_ma_max");

  /**
   * The scalar metrics as table columns, in {@link #scalars()} order, typed by what each metric is and never by its
   * values: {@code n_readings_used} is a count (integer), {@code gri_zone} text, every other metric a double (NaN
   * where undefined), so a column keeps its type even when every value in it is missing.
   */
  public static final List<Column> SCALAR_COLUMNS = scalarColumns();

  private static List<Column> scalarColumns() {
    List<Column> c = new ArrayList<>();
    for (String k : SCALAR_KEYS) {
      c.add(k.equals("n_readings_used") ? Column.integer(k) : Column.number(k));
      if (k.equals("gri")) {
        c.add(Column.string("gri_zone"));
      }
    }
    return List.copyOf(c);
  }

  public CgmMetrics {
    episodes = Map.copyOf(episodes);
  }

  /** Computes every metric on the whole series. */
  public static CgmMetrics of(GlucoseSeries s) {
    double[] g = s.glucoseMgDl();
    int n = g.length;
    Consensus c = Consensus.of(g);
    double mean = c.mean();
    double sd = c.sd();
    double[] sorted = g.clone();
    Arrays.sort(sorted);
    double tbr70 = c.tbr70();
    double tbr54 = c.tbr54();
    double tar180 = c.tar180();
    double tar250 = c.tar250();
    double[] grade = ReadingMetrics.grade(g);
    ReadingMetrics.RiskIndices risk = ReadingMetrics.riskIndices(s);
    double gri = n == 0 ? Double.NaN : ReadingMetrics.gri(tbr54, tbr70, tar180, tar250);
    GlucoseGrid grid = GlucoseGrid.of(s);
    GlucoseGrid grid5 = grid != null && grid.dt0Min() == 5 ? grid : GlucoseGrid.of(s, 5, GlucoseGrid.DEFAULT_INTER_GAP_MIN);
    return new CgmMetrics(
        n,
        n == 0 ? 0 : s.epochSec()[0],
        n == 0 ? 0 : s.epochSec()[n - 1],
        mean,
        sd,
        c.cv(),
        c.gmi(),
        ReadingMetrics.ea1c(mean),
        Stats.quantileSorted(sorted, n, 0.5),
        c.tir70to180(),
        ReadingMetrics.percentInRange(g, 70, 140),
        tbr70,
        tbr54,
        tar180,
        tar250,
        risk.lbgi(),
        risk.hbgi(),
        risk.adrr(),
        ReadingMetrics.jIndex(mean, sd),
        grade[0],
        grade[1],
        grade[2],
        ReadingMetrics.mValue(g, 90),
        gri,
        ReadingMetrics.griZone(gri),
        ReadingMetrics.activePercent(s),
        GridMetrics.conga(grid, 1),
        GridMetrics.conga(grid, 24),
        GridMetrics.modd(grid),
        GridMetrics.mag(grid),
        ReadingMetrics.mageNaive(g, mean, sd),
        Mage.movingAverage(grid5),
        Episodes.summarise(grid),
        AgpProfile.of(grid));
  }

  /**
   * The international-consensus core of {@link CgmMetrics} (Battelino 2019: mean, SD, CV, GMI, time in, below and
   * above range) from raw readings {@code g} in mg/dL, without the grid-based metrics, the sort and the AGP — what a
   * simulated trial needs at every visit. {@link CgmMetrics#of} takes these fields from here, so the values are
   * identical to the full computation's.
   */
  public record Consensus(
      int n, double mean, double sd, double cv, double gmi, double tir70to180, double tbr70, double tbr54,
      double tar180, double tar250) {

    public static Consensus of(double[] g) {
      double mean = Stats.mean(g);
      double sd = Stats.sd(g);
      return new Consensus(
          g.length, mean, sd, 100 * sd / mean, ReadingMetrics.gmi(mean), ReadingMetrics.percentInRange(g, 70, 180),
          ReadingMetrics.percentBelow(g, 70), ReadingMetrics.percentBelow(g, 54), ReadingMetrics.percentAbove(g, 180),
          ReadingMetrics.percentAbove(g, 250));
    }
  }

  /** Metrics of the readings with {@code fromEpochSec <= t < toEpochSec}. */
  public static CgmMetrics of(GlucoseSeries s, long fromEpochSec, long toEpochSec) {
    return of(s.window(fromEpochSec, toEpochSec));
  }

  /** Metrics per calendar day, in time order. */
  public static List<CgmMetrics> perDay(GlucoseSeries s) {
    List<CgmMetrics> out = new ArrayList<>();
    for (GlucoseSeries day : s.byDay()) {
      out.add(of(day));
    }
    return out;
  }

  /** The scalar metrics keyed as docs/cgm.md §7, in {@link #SCALAR_KEYS} order, plus gri_zone. */
  public Map<String, Object> scalars() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("n_readings_used", nReadingsUsed);
    m.put("mean", mean);
    m.put("sd", sd);
    m.put("cv", cv);
    m.put("gmi", gmi);
    m.put("ea1c", ea1c);
    m.put("median", median);
    m.put("tir_70_180", tir70to180);
    m.put("titr_70_140", titr70to140);
    m.put("tbr_70", tbr70);
    m.put("tbr_54", tbr54);
    m.put("tar_180", tar180);
    m.put("tar_250", tar250);
    m.put("lbgi", lbgi);
    m.put("hbgi", hbgi);
    m.put("adrr", adrr);
    m.put("j_index", jIndex);
    m.put("grade", grade);
    m.put("grade_hypo", gradeHypo);
    m.put("grade_hyper", gradeHyper);
    m.put("m_value", mValue);
    m.put("gri", gri);
    m.put("gri_zone", griZone);
    m.put("active_percent", activePercent);
    m.put("conga_1", conga1);
    m.put("conga_24", conga24);
    m.put("modd", modd);
    m.put("mag", mag);
    m.put("mage_naive", mageNaive);
    m.put("mage_ma_avg", mageMa.avg());
    m.put("mage_ma_plus", mageMa.plus());
    m.put("mage_ma_minus", mageMa.minus());
    m.put("mage_ma_service", mageMa.service());
    m.put("mage_ma_max", mageMa.max());
    return m;
  }
}
