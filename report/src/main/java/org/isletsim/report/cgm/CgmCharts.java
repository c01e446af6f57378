package org.isletsim.report.cgm;

import java.util.ArrayList;
import java.util.List;
import org.isletsim.cgm.AgpProfile;
import org.isletsim.cgm.CgmMetrics;
import org.isletsim.cgm.GlucoseGrid;
import org.isletsim.cgm.GlucoseSeries;
import org.isletsim.report.Block;
import org.isletsim.report.chart.Axis;
import org.isletsim.report.chart.Palette;
import org.isletsim.report.chart.Series;
import org.isletsim.report.chart.StackedBarChart;
import org.isletsim.report.chart.XyChart;

/** The charts of the AGP report, for real or simulated CGM. Glucose in mg/dL. */
public final class CgmCharts {
  private CgmCharts() {}

  private static final List<Double> HOURS = List.of(0.0, 180.0, 360.0, 540.0, 720.0, 900.0, 1080.0, 1260.0, 1440.0);
  private static final String BLUE = "#1f5fa8";

  /**
   * AGP: 5–95% and 25–75% bands and the median by time of day, target range 70–180 shaded; or, for a profile that
   * cannot be drawn ({@link AgpProfile#unavailableReason()}), a paragraph saying why instead of an empty chart.
   */
  public static Block agp(String title, AgpProfile agp) {
    String unavailable = agp.unavailableReason();
    if (unavailable != null) {
      return Block.paragraph(title + ": not drawn, because " + unavailable + ".");
    }
    int n = agp.minuteOfDay().length;
    double[] x = new double[n];
    double[][] q = new double[5][n];
    for (int j = 0; j < n; j++) {
      x[j] = agp.minuteOfDay()[j];
      for (int p = 0; p < 5; p++) {
        q[p][j] = agp.percentilesMgDl()[j][p];
      }
    }
    return XyChart.builder(title).size(760, 300)
        .x(Axis.of("Time of day").withDomain(0, 1440).withTicks(HOURS).withFormat(Axis::clock))
        .y(Axis.of("Glucose (mg/dL)").withDomain(0, 350).withTicks(List.of(0.0, 54.0, 70.0, 180.0, 250.0, 350.0)))
        .guide(70, 180, Palette.IN_RANGE, "Target 70\u2013180")
        .guide(54, 54, Palette.VERY_LOW, null)
        .guide(250, 250, Palette.VERY_HIGH, null)
        .series(new Series("5\u201395%", BLUE, Series.Style.LINE, x, null, q[0], q[4], false, 0.15))
        .series(new Series("25\u201375%", BLUE, Series.Style.LINE, x, null, q[1], q[3], false, 0.35))
        .series(Series.line("Median", BLUE, x, q[2]))
        .build();
  }

  /**
   * One day's trace, x in minutes since midnight. Readings at most {@link GlucoseGrid#DEFAULT_INTER_GAP_MIN} minutes
   * apart are joined by a line: the gaps the AGP grid interpolates across. A reading with no neighbour that close is
   * a point of its own, so every reading of the day shows, also for data too sparse for the AGP (e.g. hourly, where
   * every reading is a point).
   */
  public static XyChart day(String title, GlucoseSeries day) {
    long[] t = day.epochSec();
    double[] y = day.glucoseMgDl();
    long midnight = t.length == 0 ? 0 : Math.floorDiv(t[0], GlucoseSeries.SECONDS_PER_DAY) * GlucoseSeries.SECONDS_PER_DAY;
    long joinSec = GlucoseGrid.DEFAULT_INTER_GAP_MIN * 60L;
    List<Double> lineX = new ArrayList<>();
    List<Double> lineY = new ArrayList<>();
    List<Double> pointX = new ArrayList<>();
    List<Double> pointY = new ArrayList<>();
    for (int i = 0; i < t.length; i++) {
      double x = (t[i] - midnight) / 60.0;
      boolean joinedBefore = i > 0 && t[i] - t[i - 1] <= joinSec;
      boolean joinedAfter = i + 1 < t.length && t[i + 1] - t[i] <= joinSec;
      if (!joinedBefore && !joinedAfter) {
        pointX.add(x);
        pointY.add(y[i]);
        continue;
      }
      if (!joinedBefore && !lineX.isEmpty()) { // a new run: NaN breaks the line
        lineX.add(Double.NaN);
        lineY.add(Double.NaN);
      }
      lineX.add(x);
      lineY.add(y[i]);
    }
    XyChart.Builder chart = XyChart.builder(title).size(250, 110).legend(false)
        .x(Axis.of(null).withDomain(0, 1440).withTicks(List.of(0.0, 360.0, 720.0, 1080.0, 1440.0))
            .withFormat(m -> Axis.plain(Math.round(m / 60))))
        .y(Axis.of(null).withDomain(40, 400).withTicks(List.of(70.0, 180.0, 300.0)))
        .guide(70, 180, Palette.IN_RANGE, null);
    if (!lineX.isEmpty()) {
      chart.series(Series.line("glucose", BLUE, unbox(lineX), unbox(lineY)));
    }
    if (!pointX.isEmpty()) {
      chart.series(Series.points("glucose (lone readings)", BLUE, unbox(pointX), unbox(pointY), null, null));
    }
    return chart.build();
  }

  /** Time in ranges as one stacked bar: &lt;54, 54–69, 70–180, 181–250, &gt;250 (% of readings). */
  public static StackedBarChart timeInRanges(String title, CgmMetrics m) {
    double[] parts = tirParts(m);
    String[] names = {"<54", "54\u201369", "70\u2013180", "181\u2013250", ">250"};
    String[] colors = {Palette.VERY_LOW, Palette.LOW, Palette.IN_RANGE, Palette.HIGH, Palette.VERY_HIGH};
    List<StackedBarChart.Layer> layers = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      layers.add(new StackedBarChart.Layer(names[i], colors[i], new double[] {parts[i]}));
    }
    return new StackedBarChart(title, 340, 300, "% of readings", List.of("all days"), layers, true, 0.45);
  }

  /** The five range percentages from cumulative TBR/TAR: &lt;54, 54–69, 70–180, 181–250, &gt;250. */
  public static double[] tirParts(CgmMetrics m) {
    return new double[] {
      m.tbr54(), m.tbr70() - m.tbr54(), m.tir70to180(), m.tar180() - m.tar250(), m.tar250()
    };
  }

  private static double[] unbox(List<Double> v) {
    double[] out = new double[v.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = v.get(i);
    }
    return out;
  }
}
