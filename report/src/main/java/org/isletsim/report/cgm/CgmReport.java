package org.isletsim.report.cgm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.isletsim.cgm.AgpProfile;
import org.isletsim.cgm.CgmMetrics;
import org.isletsim.cgm.GlucoseGrid;
import org.isletsim.cgm.GlucoseSeries;
import org.isletsim.cgm.io.ImportResult;
import org.isletsim.cgm.io.Timestamps;
import org.isletsim.report.Block;
import org.isletsim.report.Html;
import org.isletsim.report.HtmlReport;
import org.isletsim.report.Table;
import org.isletsim.report.chart.Chart;

/**
 * The one-page AGP report of a CGM recording (Battelino et al. 2019 consensus layout): metrics block, AGP
 * percentile bands, time-in-ranges bar, GRI grid and one small chart per day. Works for real exports and
 * simulated CGM alike: {@link #of(String, GlucoseSeries)}.
 */
public final class CgmReport {
  private CgmReport() {}

  /** Keys of the headline block, in consensus-report order. */
  public static final List<String> HEADLINE_KEYS = List.of("active_percent", "mean", "gmi", "cv", "sd", "tir_70_180",
      "tbr_70", "tbr_54", "tar_180", "tar_250", "gri", "gri_zone");

  /** The report of an imported file; the import summary (units, Low/High, skipped rows) appears under the title. */
  public static HtmlReport of(ImportResult r) {
    return of(r, note -> {});
  }

  /**
   * As {@link #of(ImportResult)}; {@code notes} gets one line, naming the file, for each part of the page left out
   * and why (the AGP of readings too sparse for it, with {@link AgpProfile#unavailableReason()}), for the command
   * line to show.
   */
  public static HtmlReport of(ImportResult r, Consumer<String> notes) {
    return build(r.source(), r.summary(), r.series(), notes);
  }

  /** The report of a series (e.g. a simulated participant's CGM). */
  public static HtmlReport of(String source, GlucoseSeries s) {
    return build(source, null, s, note -> {});
  }

  private static HtmlReport build(String source, String importSummary, GlucoseSeries s, Consumer<String> notes) {
    if (s.isEmpty()) {
      throw new org.isletsim.InvalidInputException(source + ": no glucose readings; expected at least one");
    }
    CgmMetrics m = CgmMetrics.of(s);
    String agpUnavailable = m.agp().unavailableReason();
    if (agpUnavailable != null) {
      notes.accept(source + ": the AGP is not drawn, because " + agpUnavailable);
    }
    Map<String, Object> scalars = m.scalars();
    String period = Timestamps.format(m.startEpochSec()) + " to " + Timestamps.format(m.endEpochSec());
    List<GlucoseSeries> days = s.byDay();
    String subtitle = (importSummary == null ? source : importSummary) + " \u00b7 " + period + " \u00b7 "
        + days.size() + " day(s)";

    Table headline = table("metrics", "Glucose statistics and targets", HEADLINE_KEYS, scalars);
    List<String> rest = new ArrayList<>();
    for (String k : scalars.keySet()) {
      if (!HEADLINE_KEYS.contains(k)) {
        rest.add(k);
      }
    }
    Table variability = table("metrics-more", "Variability and risk", rest, scalars);

    List<Chart> daily = new ArrayList<>();
    for (GlucoseSeries d : days) {
      daily.add(CgmCharts.day(Timestamps.format(d.epochSec()[0]).substring(0, 10), d));
    }
    return HtmlReport.builder("Ambulatory glucose profile")
        .subtitle(subtitle)
        .section("summary", "Metrics",
            Block.grid("cols-3", List.of(headline,
                CgmCharts.timeInRanges("Time in ranges", m),
                GriGridChart.of("Glycemia risk index (zone " + (m.griZone() == null ? "\u2013" : m.griZone())
                    + ", GRI " + Html.number(m.gri(), 1) + ")", m.tbr54(), m.tbr70(), m.tar180(), m.tar250(),
                    m.gri(), m.griZone()))),
            Block.note("Glucose in mg/dL; time in ranges as % of readings (<54, 54\u201369, 70\u2013180, 181\u2013250,"
                + " >250). Definitions with iglu parity: docs/cgm.md. GRI: Klonoff et al. 2023."))
        .section("agp", "Ambulatory glucose profile",
            CgmCharts.agp("Percentiles 5/25/50/75/95 by time of day (all days overlaid)", m.agp()),
            Block.note("Percentiles of the interpolated grid per time of day (iglu plot_agp, quantile type 7), "
                + "not smoothed. Not drawn when the readings are too sparse for the grid, as with isletsim cgm agp."))
        .section("daily", "Daily glucose profiles", Block.grid("days", daily),
            Block.note("Readings at most " + GlucoseGrid.DEFAULT_INTER_GAP_MIN + " min apart are joined by a line (the"
                + " gaps the AGP grid interpolates across); a reading with no neighbour that close is a point."))
        .section("more", "Other metrics", variability)
        .build();
  }

  private static Table table(String id, String caption, List<String> keys, Map<String, Object> scalars) {
    Table.Builder t = Table.builder(id, caption, "Metric", "Value", "Unit");
    for (String k : keys) {
      MetricFormat.Spec spec = MetricFormat.spec(k);
      t.row(k, List.of(spec.label(), MetricFormat.format(k, scalars.get(k)), spec.unit()));
    }
    return t.build();
  }
}
