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

  /** Readings too sparse for the grid: the AGP section says why instead of drawing an empty chart; the rest stays. */
  @Test
  void sparseReadingsGetAReasonInsteadOfAnEmptyAgp() {
    double[] hourly = new double[72];
    for (int i = 0; i < hourly.length; i++) {
      hourly[i] = 100 + i % 30;
    }
    GlucoseSeries s = GlucoseSeries.regular(1_709_251_200L, 3600, hourly); // 2024-03-01, 3 days
    String html = CgmReport.of("hourly.csv", s).render();
    String agp = html.substring(html.indexOf("<section id=\"agp\">"), html.indexOf("<section id=\"daily\">"));
    assertThat(agp).doesNotContain("<svg").contains("not drawn, because "
        + org.isletsim.report.Html.escape(CgmMetrics.of(s).agp().unavailableReason()));
    assertThat(html).contains("<section id=\"summary\">", "data-chart=\"gri-grid\"", "data-chart=\"stacked-bar\"",
        "<section id=\"more\">", "data-row=\"mean\"");
    assertThat(html.split("data-chart=\"xy\"", -1)).hasSize(1 + s.byDay().size()); // the daily charts only
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
