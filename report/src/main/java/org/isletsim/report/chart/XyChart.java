package org.isletsim.report.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Lines with interval bands, step curves with CI bands (Kaplan–Meier) and points with error bars on shared x/y
 * axes, with optional horizontal guides (target ranges) and rows of text under the x axis (numbers at risk). One
 * SVG, drawn in Java: no scripts.
 */
public record XyChart(String title, int width, int height, Axis x, Axis y, List<Series> series, List<Guide> guides,
    List<AxisRow> rows, boolean legend) implements Chart {

  /** A horizontal line ({@code lo == hi}) or shaded range on the y axis. */
  public record Guide(double lo, double hi, String color, String label) {}

  /** A row of texts under the x axis at the given x positions (e.g. "numbers at risk" per arm). */
  public record AxisRow(String label, String color, double[] x, List<String> text) {
    public AxisRow {
      text = List.copyOf(text);
      if (x.length != text.size()) {
        throw new IllegalArgumentException("row " + label + ": " + text.size() + " texts for " + x.length + " x");
      }
    }
  }

  private static final int LEFT = 50;
  private static final int RIGHT = 14;
  private static final int ROW_H = 14;

  public XyChart {
    Objects.requireNonNull(x, "x axis");
    Objects.requireNonNull(y, "y axis");
    series = List.copyOf(series);
    guides = List.copyOf(guides);
    rows = List.copyOf(rows);
    if (width < 120 || height < 80) {
      throw new IllegalArgumentException("chart " + title + ": " + width + "x" + height + " px is too small");
    }
  }

  public static Builder builder(String title) {
    return new Builder(title);
  }

  @Override
  public String svg() {
    int top = legend && !series.isEmpty() ? 22 : 8;
    int bottom = (x.label() == null ? 20 : 34) + (rows.isEmpty() ? 0 : ROW_H * (rows.size() + 1) + 4);
    int left = LEFT + (rows.isEmpty() ? 0 : 30);
    double[] xd = x.domain() != null ? x.domain() : dataDomain(true);
    double[] yd = y.domain() != null ? y.domain() : dataDomain(false);
    Scale sx = new Scale(xd[0], xd[1], left, width - RIGHT);
    Scale sy = new Scale(yd[0], yd[1], height - bottom, top);
    Svg s = new Svg(width, height, "xy", title == null ? "chart" : title);
    double plotBottom = height - bottom;
    for (Guide g : guides) {
      if (g.lo() == g.hi()) {
        s.line(left, sy.mapClamped(g.lo()), width - RIGHT, sy.mapClamped(g.lo()), g.color(), 1,
            "stroke-dasharray=\"4 3\"");
      } else {
        s.rect(left, sy.mapClamped(g.hi()), width - RIGHT - left, sy.mapClamped(g.lo()) - sy.mapClamped(g.hi()),
            g.color(), "fill-opacity=\"0.12\"");
      }
      if (g.label() != null) {
        s.text(width - RIGHT - 2, sy.mapClamped(g.hi()) - 2, g.label(), "end", 9, "fill-opacity=\"0.8\"");
      }
    }
    List<Double> yt = y.ticks() != null ? y.ticks() : sy.ticks(5);
    for (double t : yt) {
      double py = sy.map(t);
      s.line(left, py, width - RIGHT, py, "#e3e6ea", 1, null);
      s.text(left - 4, py + 3.5, y.format().apply(t), "end", 10, null);
    }
    List<Double> xt = x.ticks() != null ? x.ticks() : sx.ticks(6);
    for (double t : xt) {
      double px = sx.map(t);
      s.line(px, plotBottom, px, plotBottom + 4, "#555", 1, null);
      s.text(px, plotBottom + 15, x.format().apply(t), "middle", 10, null);
    }
    s.line(left, plotBottom, width - RIGHT, plotBottom, "#555", 1, null);
    s.line(left, top, left, plotBottom, "#555", 1, null);
    if (x.label() != null) {
      s.text((left + width - RIGHT) / 2.0, plotBottom + 29, x.label(), "middle", 11, null);
    }
    if (y.label() != null) {
      double cy = (top + plotBottom) / 2;
      s.text(12, cy, y.label(), "middle", 11, "transform=\"rotate(-90 12 " + Svg.n(cy) + ")\"");
    }
    s.raw("<g class=\"series\">\n");
    for (Series se : series) {
      SeriesPainter.paint(s, se, sx, sy);
    }
    s.raw("</g>\n");
    if (legend) {
      Legend.draw(s, left, 12, series.stream().map(Series::name).toList(),
          series.stream().map(Series::color).toList(),
          series.stream().map(se -> se.y() == null ? Math.max(0.25, se.bandOpacity()) : 1.0).toList());
    }
    double ry = plotBottom + (x.label() == null ? 20 : 34) + ROW_H;
    if (!rows.isEmpty()) {
      s.text(4, ry - 2, "At risk", "start", 10, "font-weight=\"600\"");
    }
    for (AxisRow r : rows) {
      ry += ROW_H;
      s.text(4, ry - 2, r.label(), "start", 10, "fill=\"" + r.color() + "\"");
      for (int i = 0; i < r.x().length; i++) {
        if (r.x()[i] >= xd[0] && r.x()[i] <= xd[1]) {
          s.text(sx.map(r.x()[i]), ry - 2, r.text().get(i), "middle", 10, "fill=\"" + r.color() + "\"");
        }
      }
    }
    return s.close();
  }

  private double[] dataDomain(boolean forX) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (Series se : series) {
      for (double[] v : forX ? new double[][] {se.x()} : new double[][] {se.y(), se.lo(), se.hi()}) {
        if (v == null) {
          continue;
        }
        for (double d : v) {
          if (Double.isFinite(d)) {
            min = Math.min(min, d);
            max = Math.max(max, d);
          }
        }
      }
    }
    if (!forX) {
      for (Guide g : guides) {
        min = Math.min(min, g.lo());
        max = Math.max(max, g.hi());
      }
    }
    return forX && Double.isFinite(min) && min < max ? new double[] {min, max} : Scale.niceDomain(min, max);
  }

  /** Collects the parts of a chart. */
  public static final class Builder {
    private final String title;
    private int width = 560;
    private int height = 260;
    private Axis x = Axis.of(null);
    private Axis y = Axis.of(null);
    private final List<Series> series = new ArrayList<>();
    private final List<Guide> guides = new ArrayList<>();
    private final List<AxisRow> rows = new ArrayList<>();
    private boolean legend = true;

    private Builder(String title) {
      this.title = title;
    }

    public Builder size(int w, int h) {
      this.width = w;
      this.height = h;
      return this;
    }

    public Builder x(Axis a) {
      this.x = a;
      return this;
    }

    public Builder y(Axis a) {
      this.y = a;
      return this;
    }

    public Builder series(Series s) {
      series.add(s);
      return this;
    }

    public Builder guide(double lo, double hi, String color, String label) {
      guides.add(new Guide(lo, hi, color, label));
      return this;
    }

    public Builder row(AxisRow r) {
      rows.add(r);
      return this;
    }

    public Builder legend(boolean on) {
      this.legend = on;
      return this;
    }

    public XyChart build() {
      return new XyChart(title, width, height, x, y, series, guides, rows, legend);
    }
  }
}
