package org.isletsim.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ChartsTest {
  private static int count(String s, String what) {
    Matcher m = Pattern.compile(Pattern.quote(what)).matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void lineWithBandDrawsAClosedBandAndBreaksAtNaN() {
    double[] x = {0, 1, 2, 3, 4};
    double[] y = {1, 2, Double.NaN, 4, 5};
    XyChart c = XyChart.builder("t").x(Axis.of("x")).y(Axis.of("y").withDomain(0, 10))
        .series(Series.band("arm A", "#000", x, y, new double[] {0, 1, 2, 3, 4}, new double[] {2, 3, 4, 5, 6}))
        .build();
    String svg = c.svg();
    assertThat(svg).startsWith("<svg").endsWith("</svg>\n").contains("data-chart=\"xy\"");
    String line = svg.substring(svg.indexOf("class=\"line\"") - 200, svg.indexOf("class=\"line\""));
    assertThat(count(line, "M")).as("NaN starts a new run").isEqualTo(2);
    assertThat(svg).containsPattern("<path d=\"M[^\"]+Z\" fill=\"#000\"[^>]*class=\"band\"");
    assertThat(svg).contains(">arm A</text>");
  }

  @Test
  void stepCurveUsesHorizontalThenVerticalMovesAndAtRiskRows() {
    XyChart km = XyChart.builder("KM").x(Axis.of("months").withDomain(0, 12)).y(Axis.of("P").withDomain(0, 1))
        .series(Series.step("A", "#111", new double[] {0, 3, 6}, new double[] {1, 0.8, 0.5},
            new double[] {1, 0.6, 0.3}, new double[] {1, 0.95, 0.7}))
        .row(new XyChart.AxisRow("A", "#111", new double[] {0, 6, 12}, List.of("20", "15", "9")))
        .build();
    String svg = km.svg();
    String d = svg.replaceAll("(?s).*<path d=\"([^\"]+)\" fill=\"none\" stroke=\"#111\".*", "$1");
    assertThat(d).matches("M[0-9.]+,[0-9.]+(H[0-9.]+V[0-9.]+)+H[0-9.]+");
    assertThat(svg).contains(">At risk</text>").contains(">15</text>").contains(">9</text>");
  }

  @Test
  void pointsHaveErrorBars() {
    String svg = XyChart.builder("p").x(Axis.of("x").withDomain(0, 2)).y(Axis.of("y").withDomain(0, 10))
        .series(Series.points("published", "#c00", new double[] {1}, new double[] {5}, new double[] {4},
            new double[] {6}))
        .build().svg();
    assertThat(count(svg, "<circle")).isEqualTo(1);
    assertThat(svg).contains("stroke=\"#c00\" stroke-width=\"1.5\"");
  }

  /** A one-sided bound (published "TIR > 98%"): an infinite limit draws the bar to the edge of the plot. */
  @Test
  void infiniteErrorBarLimitReachesThePlotEdgeAndNaNDrawsNone() {
    java.util.function.DoubleFunction<String> chart = hi -> XyChart.builder("p").x(Axis.of("x").withDomain(0, 2))
        .y(Axis.of("y").withDomain(0, 10))
        .series(Series.points("bound", "#c00", new double[] {1}, new double[] {5}, new double[] {5}, new double[] {hi}))
        .build().svg();
    assertThat(chart.apply(Double.POSITIVE_INFINITY)).isEqualTo(chart.apply(10)).contains("stroke-width=\"1.5\"");
    assertThat(chart.apply(Double.NaN)).doesNotContain("stroke-width=\"1.5\"");
    String auto = XyChart.builder("p").series(Series.points("bound", "#c00", new double[] {1, 2}, new double[] {5, 7},
        new double[] {5, 7}, new double[] {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY})).build().svg();
    assertThat(auto).as("the domain ignores the infinite limit").doesNotContain("Infinity").doesNotContain("NaN");
  }

  @Test
  void seriesValidatesLengths() {
    assertThatThrownBy(() -> Series.line("s", "#000", new double[] {1, 2}, new double[] {1}))
        .hasMessageContaining("1 y values for 2 x values");
    assertThatThrownBy(() -> new Series("s", "#000", Series.Style.LINE, new double[] {1}, new double[] {1},
        new double[] {0}, null, false, 0.2)).hasMessageContaining("needs both lo and hi");
  }

  @Test
  void stackedPercentBarsFillTheAxisPerCategory() {
    StackedBarChart c = StackedBarChart.of("Igls", "%", List.of("M6", "M12"),
        List.of(new StackedBarChart.Layer("optimal", "#0a0", new double[] {3, 1}),
            new StackedBarChart.Layer("good", "#aa0", new double[] {1, 1}),
            new StackedBarChart.Layer("failure", "#a00", new double[] {0, 2})),
        true);
    String svg = c.svg();
    assertThat(count(svg, "class=\"bar\"")).isEqualTo(5);
    assertThat(svg).contains(">75%</text>").contains(">50%</text>").contains("data-layer=\"failure\"");
    double total = 0;
    Matcher m = Pattern.compile("data-category=\"M12\"[^<]*<title>[^<]*</title>\n<rect [^>]*height=\"([0-9.]+)\"")
        .matcher(svg);
    while (m.find()) {
      total += Double.parseDouble(m.group(1));
    }
    assertThat(total).isCloseTo(260 - 22 - 30, org.assertj.core.data.Offset.offset(0.05));
    assertThatThrownBy(() -> StackedBarChart.of("x", null, List.of("a"),
        List.of(new StackedBarChart.Layer("n", "#000", new double[] {-1})), false))
        .hasMessageContaining("negative");
  }

  @Test
  void swimmerLanesAndMarkers() {
    SwimmerChart c = new SwimmerChart("Participants", 600, Axis.of("months"),
        List.of(new SwimmerChart.Lane("P01", 0, 12, "#0072B2"), new SwimmerChart.Lane("P02", 0, 5, "#D55E00")),
        List.of(new SwimmerChart.Marker(0, 0, SwimmerChart.Shape.TRIANGLE, "#333", "infusion"),
            new SwimmerChart.Marker(0, 3, SwimmerChart.Shape.OPEN_CIRCLE, "#333", "insulin stop"),
            new SwimmerChart.Marker(1, 5, SwimmerChart.Shape.CROSS, "#000", "death")));
    String svg = c.svg();
    assertThat(count(svg, "class=\"lane\"")).isEqualTo(2);
    assertThat(count(svg, "class=\"marker\"")).isEqualTo(3);
    assertThat(svg).contains(">insulin stop</text>").contains(">P02</text>");
    assertThatThrownBy(() -> new SwimmerChart("x", 600, Axis.of(null),
        List.of(new SwimmerChart.Lane("P01", 0, 1, "#000")),
        List.of(new SwimmerChart.Marker(1, 0, SwimmerChart.Shape.CIRCLE, "#000", "x"))))
        .hasMessageContaining("lane 1 of 1");
  }
}
