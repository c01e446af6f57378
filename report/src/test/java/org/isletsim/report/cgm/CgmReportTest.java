package org.isletsim.report.cgm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.isletsim.InvalidInputException;
import org.isletsim.cgm.CgmMetrics;
import org.isletsim.cgm.GlucoseSeries;
import org.isletsim.cgm.io.CgmImporters;
import org.isletsim.cgm.io.ImportOptions;
import org.isletsim.cgm.io.ImportResult;
import org.junit.jupiter.api.Test;

class CgmReportTest {
  private static final Path NIGHTSCOUT = Path.of(System.getProperty("isletsim.shared", "../../shared"), "data",
      "cgm", "nightscout_entries_sample.json");

  @Test
  void specimenReportHasEverySectionAndTheMetrics() {
    ImportResult r = CgmImporters.standard().read(NIGHTSCOUT, null, ImportOptions.defaults());
    CgmMetrics m = CgmMetrics.of(r.series());
    String html = CgmReport.of(r).render();
    assertThat(html).contains("<section id=\"summary\">", "<section id=\"agp\">", "<section id=\"daily\">",
        "data-chart=\"gri-grid\"", "data-chart=\"stacked-bar\"", "nightscout_entries_json");
    assertThat(html.split("data-chart=\"xy\"", -1)).hasSize(1 + 1 + r.series().byDay().size());
    assertThat(html).contains("<tr data-row=\"mean\"><th scope=\"row\" data-col=\"Metric\">Mean glucose</th>"
        + "<td data-col=\"Value\" class=\"num\">" + MetricFormat.format("mean", m.mean()) + "</td>");
    assertThat(html).contains("data-row=\"mage_ma_max\"").contains("data-row=\"gri_zone\"");
  }

  /** Three days of hourly readings from 2024-03-01 (too sparse for the AGP's grid). */
  private static GlucoseSeries hourly() {
    double[] g = new double[72];
    for (int i = 0; i < g.length; i++) {
      g[i] = 100 + i % 30;
    }
    return GlucoseSeries.regular(1_709_251_200L, 3600, g);
  }

  /** Readings too sparse for the grid: the AGP section says why instead of drawing an empty chart; the rest stays. */
  @Test
  void sparseReadingsGetAReasonInsteadOfAnEmptyAgp() {
    GlucoseSeries s = hourly();
    String html = CgmReport.of("hourly.csv", s).render();
    String agp = html.substring(html.indexOf("<section id=\"agp\">"), html.indexOf("<section id=\"daily\">"));
    assertThat(agp).doesNotContain("<svg").contains("not drawn, because "
        + org.isletsim.report.Html.escape(CgmMetrics.of(s).agp().unavailableReason()));
    assertThat(html).contains("<section id=\"summary\">", "data-chart=\"gri-grid\"", "data-chart=\"stacked-bar\"",
        "<section id=\"more\">", "data-row=\"mean\"");
    assertThat(html.split("data-chart=\"xy\"", -1)).hasSize(1 + s.byDay().size()); // the daily charts only
  }

  /**
   * Hourly readings (too sparse for the AGP): each daily chart draws every reading of its day as a point, not a line
   * broken at every gap (which drew nothing).
   */
  @Test
  void dailyChartsOfSparseReadingsDrawEveryReading() {
    GlucoseSeries s = hourly();
    String html = CgmReport.of("hourly.csv", s).render();
    String daily = html.substring(html.indexOf("<section id=\"daily\">"), html.indexOf("<section id=\"more\">"));
    String[] charts = daily.split("<svg", -1);
    assertThat(charts).hasSize(1 + 3);
    for (int d = 1; d < charts.length; d++) {
      assertThat(charts[d].split("<circle", -1)).as("day " + d).hasSize(1 + 24);
    }
  }

  /**
   * Readings at most 45 min apart (the AGP grid's interpolation limit) are joined by a line; a reading with no
   * neighbour that close is a point of its own, so no reading is left out of a day's chart.
   */
  @Test
  void dailyChartJoinsCloseReadingsAndDrawsALoneReadingAsAPoint() {
    java.util.List<Long> t = new java.util.ArrayList<>();
    long midnight = 1_709_251_200L; // 2024-03-01T00:00
    for (int m = 8 * 60; m <= 9 * 60; m += 5) {
      t.add(midnight + m * 60L); // 08:00..09:00 every 5 min
    }
    t.add(midnight + 12 * 3600L); // 12:00 alone
    for (int m = 15 * 60; m <= 15 * 60 + 45; m += 45) {
      t.add(midnight + m * 60L); // 15:00 and 15:45: 45 min apart, still joined
    }
    long[] times = t.stream().mapToLong(Long::longValue).toArray();
    double[] g = new double[times.length];
    java.util.Arrays.fill(g, 120);
    String svg = CgmCharts.day("2024-03-01", new GlucoseSeries(times, g)).svg();
    assertThat(svg.split("<circle", -1)).hasSize(1 + 1);
    String d = svg.replaceAll("(?s).*<path d=\"([^\"]*)\"[^>]*class=\"line\".*", "$1");
    assertThat(d.split("M", -1)).as(d).hasSize(1 + 2); // two runs: 08:00-09:00 and 15:00-15:45
  }

  @Test
  void tirPartsSumTo100() {
    GlucoseSeries s = GlucoseSeries.regular(0, 300, new double[] {40, 60, 100, 150, 200, 300, 120, 90});
    double sum = 0;
    for (double p : CgmCharts.tirParts(CgmMetrics.of(s))) {
      sum += p;
    }
    assertThat(sum).isCloseTo(100, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(CgmCharts.tirParts(CgmMetrics.of(s))).containsExactly(12.5, 12.5, 50, 12.5, 12.5);
  }

  @Test
  void emptySeriesIsAUserError() {
    assertThatThrownBy(() -> CgmReport.of("x.csv", GlucoseSeries.regular(0, 300, new double[0])))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("no glucose readings");
  }
}
