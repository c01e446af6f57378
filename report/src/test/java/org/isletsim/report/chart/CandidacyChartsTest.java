package org.isletsim.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CandidacyChartsTest {
  @Test
  void intervalBarsDrawABarFromZeroAndAWhiskerPerRow() {
    IntervalBarChart c = IntervalBarChart.of("QALYs", "QALY", List.of(
        new IntervalBarChart.Row("current", 2.9, 2.2, 3.5, "#0072B2", "2.90 (2.20 to 3.50)"),
        new IntervalBarChart.Row("islets", -0.2, -0.5, 0.1, "#D55E00", null))).withGuides(List.of(0.05));
    String svg = c.svg();
    assertThat(svg).startsWith("<svg").contains("data-chart=\"interval-bars\"").contains("data-row=\"current\"")
        .contains("data-row=\"islets\"").contains(">2.90 (2.20 to 3.50)</text>").contains("stroke-dasharray");
    assertThat(svg.split("class=\"whisker\"", -1)).hasSize(3);
    assertThat(svg.split("class=\"bar\"", -1)).hasSize(3);
    assertThatThrownBy(() -> IntervalBarChart.of("x", null, List.of())).hasMessageContaining("no rows");
  }

  @Test
  void tornadoMarksInputsThatFlipTheDecision() {
    TornadoChart t = TornadoChart.of("tornado", "QALY", 0.3, List.of(
        new TornadoChart.Bar("utility on insulin", 0.6, -0.1, "0.75", "0.87", true),
        new TornadoChart.Bar("discount rate", 0.32, 0.28, "0", "0.05", false)), List.of(-0.05, 0.05));
    String svg = t.svg();
    assertThat(svg).contains("data-chart=\"tornado\"").contains("data-flips=\"true\"").contains("data-flips=\"false\"")
        .contains("\u25B6 utility on insulin").contains("(changes the verdict)").contains("class=\"threshold\"")
        .contains("class=\"base\"");
    assertThat(svg.split("class=\"bar\"", -1)).hasSize(5); // a low and a high segment per input
  }
}
