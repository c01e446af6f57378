package org.isletsim.report.chart;

import java.util.ArrayList;
import java.util.List;
import org.isletsim.report.Block;
import org.isletsim.report.HtmlReport;

/**
 * Every generic chart type on made-up trial-shaped data (two arms): what the trial report will call. Used by the
 * unit and browser tests and for docs/images/chart-gallery.png.
 */
public final class Gallery {
  private Gallery() {}

  public static HtmlReport page() {
    double[] months = {0, 3, 6, 9, 12};
    String a = Palette.color(0);
    String b = Palette.color(1);
    XyChart hba1c = XyChart.builder("HbA1c by visit (mean, 95% CI) with published values")
        .x(Axis.of("Months since first infusion").withTicks(List.of(0.0, 3.0, 6.0, 9.0, 12.0)))
        .y(Axis.of("HbA1c (%)").withDomain(5, 9))
        .guide(7, 7, "#888", "target 7%")
        .series(Series.band("Arm A", a, months, new double[] {7.9, 7.1, 6.6, 6.5, 6.4},
            new double[] {7.6, 6.8, 6.3, 6.2, 6.1}, new double[] {8.2, 7.4, 6.9, 6.8, 6.7}))
        .series(Series.band("Arm B", b, months, new double[] {7.8, 7.6, 7.5, 7.5, 7.4},
            new double[] {7.5, 7.3, 7.2, 7.2, 7.1}, new double[] {8.1, 7.9, 7.8, 7.8, 7.7}))
        .series(Series.points("Published", "#000", new double[] {0, 12}, new double[] {7.8, 6.5},
            new double[] {7.5, 6.2}, new double[] {8.1, 6.8}))
        .build();
    XyChart km = XyChart.builder("Insulin independence (Kaplan\u2013Meier, 95% CI)")
        .x(Axis.of("Months").withDomain(0, 12).withTicks(List.of(0.0, 3.0, 6.0, 9.0, 12.0)))
        .y(Axis.of("Probability").withDomain(0, 1))
        .series(Series.step("Arm A", a, new double[] {0, 4, 6, 8, 12}, new double[] {0, 0.3, 0.6, 0.75, 0.75},
            new double[] {0, 0.15, 0.4, 0.55, 0.55}, new double[] {0, 0.45, 0.8, 0.9, 0.9}))
        .series(Series.step("Arm B", b, new double[] {0, 6, 12}, new double[] {0, 0.1, 0.2},
            new double[] {0, 0.02, 0.08}, new double[] {0, 0.25, 0.4}))
        .row(new XyChart.AxisRow("Arm A", a, new double[] {0, 3, 6, 9, 12}, List.of("12", "12", "9", "4", "3")))
        .row(new XyChart.AxisRow("Arm B", b, new double[] {0, 3, 6, 9, 12}, List.of("12", "12", "11", "10", "10")))
        .build();
    StackedBarChart igls = StackedBarChart.of("Igls class by visit (Arm A)", "% of participants",
        List.of("M3", "M6", "M9", "M12"),
        List.of(new StackedBarChart.Layer("optimal", "#2b9348", new double[] {1, 5, 7, 8}),
            new StackedBarChart.Layer("good", "#80b918", new double[] {5, 4, 3, 2}),
            new StackedBarChart.Layer("marginal", "#f4a300", new double[] {4, 2, 1, 1}),
            new StackedBarChart.Layer("failure", "#a4161a", new double[] {2, 1, 1, 1})),
        true);
    List<SwimmerChart.Lane> lanes = new ArrayList<>();
    List<SwimmerChart.Marker> markers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      double end = i == 5 ? 7.5 : 12;
      lanes.add(new SwimmerChart.Lane(String.format("P%02d", i + 1), 0, end, i < 4 ? a : b));
      markers.add(new SwimmerChart.Marker(i, 0, SwimmerChart.Shape.TRIANGLE, "#333", "infusion"));
      if (i % 2 == 0) {
        markers.add(new SwimmerChart.Marker(i, 4 + i / 2.0, SwimmerChart.Shape.OPEN_CIRCLE, "#2b9348",
            "insulin stop"));
      }
      if (i == 2) {
        markers.add(new SwimmerChart.Marker(i, 3, SwimmerChart.Shape.TRIANGLE, "#333", "infusion"));
        markers.add(new SwimmerChart.Marker(i, 10, SwimmerChart.Shape.CIRCLE, "#e76f00", "insulin restart"));
      }
      if (i == 6) {
        markers.add(new SwimmerChart.Marker(i, 2, SwimmerChart.Shape.DIAMOND, "#a4161a", "SHE"));
      }
      if (i == 5) {
        markers.add(new SwimmerChart.Marker(i, 6, SwimmerChart.Shape.SQUARE, "#6a4c93", "SAE"));
        markers.add(new SwimmerChart.Marker(i, 7.5, SwimmerChart.Shape.CROSS, "#000", "death"));
      }
    }
    SwimmerChart swimmer = new SwimmerChart("Participants", 760,
        Axis.of("Months since first infusion").withDomain(0, 12), lanes, markers);
    return HtmlReport.builder("Chart gallery").subtitle("Synthetic data: the generic charts a trial report uses")
        .section("trajectories", "Trajectories and time to event", Block.grid("cols-2", List.of(hba1c, km)))
        .section("classes", "Classes and participants", igls, swimmer)
        .build();
  }
}
