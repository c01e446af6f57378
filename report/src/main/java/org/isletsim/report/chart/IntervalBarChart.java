package org.isletsim.report.chart;

import java.util.List;
import java.util.Objects;
import org.isletsim.report.Html;

/**
 * Horizontal bars with interval whiskers, one row per category (e.g. an outcome per strategy): the bar runs from
 * 0 to the value, the whisker from {@code lo} to {@code hi} (NaN: none). Optional vertical guides mark thresholds.
 */
public record IntervalBarChart(String title, int width, String xLabel, List<Row> rows, List<Double> guides)
    implements Chart {

  /** One bar. {@code text} is printed right of the whisker (e.g. "0.36 (−0.01 to 0.90)"). */
  public record Row(String label, double value, double lo, double hi, String color, String text) {
    public Row {
      Objects.requireNonNull(label, "label");
    }
  }

  private static final int ROW_H = 26, RIGHT = 150, TOP = 8, BOTTOM = 34;

  public IntervalBarChart {
    rows = List.copyOf(rows);
    guides = List.copyOf(guides);
    if (rows.isEmpty()) throw new IllegalArgumentException("interval bars " + title + ": no rows");
  }

  public static IntervalBarChart of(String title, String xLabel, List<Row> rows) {
    return new IntervalBarChart(title, 640, xLabel, rows, List.of());
  }

  public IntervalBarChart withGuides(List<Double> g) {
    return new IntervalBarChart(title, width, xLabel, rows, g);
  }

  @Override
  public String svg() {
    int height = TOP + BOTTOM + ROW_H * rows.size();
    int longest = 0;
    for (Row r : rows) longest = Math.max(longest, r.label().length());
    final int LEFT = Math.min(width / 2, 16 + (int) Math.ceil(6.2 * longest)); // room for the longest label at 11 px
    double min = 0, max = 0;
    for (Row r : rows) {
      for (double v : new double[] {r.value(), r.lo(), r.hi()}) {
        if (Double.isFinite(v)) {
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
      }
    }
    for (double g : guides) {
      min = Math.min(min, g);
      max = Math.max(max, g);
    }
    double[] d = Scale.niceDomain(min, max == min ? min + 1 : max);
    Scale sx = new Scale(d[0], d[1], LEFT, width - RIGHT);
    Svg s = new Svg(width, height, "interval-bars", title == null ? "interval bars" : title);
    double bottom = height - BOTTOM;
    s.valueGrid(sx, 5, TOP, bottom);
    for (double g : guides) s.line(sx.map(g), TOP, sx.map(g), bottom, "#888", 1, "stroke-dasharray=\"4 3\"");
    s.line(sx.map(0), TOP, sx.map(0), bottom, "#555", 1, null);
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      double y = TOP + ROW_H * i;
      double cy = y + ROW_H / 2.0;
      s.raw("<g class=\"row\" data-row=\"" + Html.escape(r.label()) + "\">");
      s.title(r.label() + ": " + (r.text() == null ? Axis.plain(r.value()) : r.text()));
      s.text(LEFT - 6, cy + 3.5, r.label(), "end", 11, null);
      if (Double.isFinite(r.value())) {
        double x0 = sx.map(Math.min(0, r.value())), x1 = sx.map(Math.max(0, r.value()));
        s.rect(x0, y + 6, x1 - x0, ROW_H - 12, r.color(), "class=\"bar\" fill-opacity=\"0.75\"");
      }
      double textX = Double.isFinite(r.value()) ? sx.map(Math.max(0, r.value())) : sx.map(0);
      if (Double.isFinite(r.lo()) && Double.isFinite(r.hi())) {
        s.line(sx.map(r.lo()), cy, sx.map(r.hi()), cy, "#222", 1.5, "class=\"whisker\"");
        s.line(sx.map(r.lo()), cy - 5, sx.map(r.lo()), cy + 5, "#222", 1.5, null);
        s.line(sx.map(r.hi()), cy - 5, sx.map(r.hi()), cy + 5, "#222", 1.5, null);
        textX = Math.max(textX, sx.map(r.hi()));
      }
      if (r.text() != null) s.text(Math.min(textX + 6, width - RIGHT + 6), cy + 3.5, r.text(), "start", 10, null);
      s.raw("</g>\n");
    }
    s.line(LEFT, bottom, width - RIGHT, bottom, "#555", 1, null);
    if (xLabel != null) s.text((LEFT + width - RIGHT) / 2.0, bottom + 28, xLabel, "middle", 11, null);
    return s.close();
  }
}
