package org.isletsim.report.chart;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isletsim.report.Html;

/**
 * A swimmer plot: one horizontal lane per participant (from entry to last follow-up, coloured by arm) with event
 * markers on it (infusions, insulin stop/restart, severe hypoglycaemia, SAEs, death). The legend lists each
 * distinct marker kind.
 */
public record SwimmerChart(String title, int width, Axis x, List<Lane> lanes, List<Marker> markers)
    implements Chart {

  /** One participant's follow-up. */
  public record Lane(String label, double start, double end, String color) {
    public Lane {
      if (!(end >= start)) {
        throw new IllegalArgumentException("lane " + label + ": end " + end + " before start " + start);
      }
    }
  }

  /** Marker shapes. */
  public enum Shape { TRIANGLE, CIRCLE, OPEN_CIRCLE, DIAMOND, SQUARE, CROSS }

  /** An event on lane {@code lane} at {@code x}; {@code kind} names it in the legend. */
  public record Marker(int lane, double x, Shape shape, String color, String kind) {}

  private static final int LANE_H = 14;

  public SwimmerChart {
    lanes = List.copyOf(lanes);
    markers = List.copyOf(markers);
    for (Marker m : markers) {
      if (m.lane() < 0 || m.lane() >= lanes.size()) {
        throw new IllegalArgumentException("marker " + m.kind() + ": lane " + m.lane() + " of " + lanes.size());
      }
    }
    if (lanes.isEmpty()) {
      throw new IllegalArgumentException("swimmer plot " + title + ": no lanes");
    }
  }

  @Override
  public String svg() {
    int left = 90;
    int right = 14;
    int top = 24;
    int bottom = x.label() == null ? 22 : 36;
    int height = top + bottom + LANE_H * lanes.size();
    double[] xd = x.domain();
    if (xd == null) {
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (Lane l : lanes) {
        lo = Math.min(lo, l.start());
        hi = Math.max(hi, l.end());
      }
      xd = Scale.niceDomain(lo, hi);
    }
    Scale sx = new Scale(xd[0], xd[1], left, width - right);
    Svg s = new Svg(width, height, "swimmer", title == null ? "swimmer plot" : title);
    double plotBottom = height - bottom;
    for (double t : x.ticks() != null ? x.ticks() : sx.ticks(8)) {
      s.line(sx.map(t), top, sx.map(t), plotBottom, "#eef0f3", 1, null);
      s.text(sx.map(t), plotBottom + 14, x.format().apply(t), "middle", 10, null);
    }
    for (int i = 0; i < lanes.size(); i++) {
      Lane l = lanes.get(i);
      double cy = top + LANE_H * i + LANE_H / 2.0;
      s.text(left - 4, cy + 3.5, l.label(), "end", 9, null);
      s.rect(sx.mapClamped(l.start()), cy - 3.5, sx.mapClamped(l.end()) - sx.mapClamped(l.start()), 7, l.color(),
          "fill-opacity=\"0.55\" class=\"lane\" data-lane=\"" + Html.escape(l.label()) + "\"");
    }
    Map<String, Marker> kinds = new LinkedHashMap<>();
    for (Marker m : markers) {
      double cy = top + LANE_H * m.lane() + LANE_H / 2.0;
      draw(s, m.shape(), sx.mapClamped(m.x()), cy, m.color(), m.kind());
      kinds.putIfAbsent(m.kind(), m);
    }
    s.line(left, plotBottom, width - right, plotBottom, "#555", 1, null);
    if (x.label() != null) {
      s.text((left + width - right) / 2.0, plotBottom + 29, x.label(), "middle", 11, null);
    }
    double lx = left;
    for (Marker m : kinds.values()) {
      draw(s, m.shape(), lx + 5, 11, m.color(), null);
      s.text(lx + 13, 15, m.kind(), "start", 10, null);
      lx += 30 + 6 * m.kind().length();
    }
    return s.close();
  }

  private static void draw(Svg s, Shape shape, double cx, double cy, String color, String kind) {
    String cls = kind == null ? "" : "class=\"marker\" data-kind=\"" + Html.escape(kind) + "\"";
    double r = 4.5;
    switch (shape) {
      case TRIANGLE -> s.path("M" + Svg.n(cx) + "," + Svg.n(cy - r) + "L" + Svg.n(cx + r) + "," + Svg.n(cy + r)
          + "L" + Svg.n(cx - r) + "," + Svg.n(cy + r) + "Z", color, "none", 0, cls);
      case CIRCLE -> s.circle(cx, cy, r - 0.5, color, cls);
      case OPEN_CIRCLE -> s.circle(cx, cy, r - 1, "white", "stroke=\"" + color + "\" stroke-width=\"2\" " + cls);
      case DIAMOND -> s.path("M" + Svg.n(cx) + "," + Svg.n(cy - r) + "L" + Svg.n(cx + r) + "," + Svg.n(cy) + "L"
          + Svg.n(cx) + "," + Svg.n(cy + r) + "L" + Svg.n(cx - r) + "," + Svg.n(cy) + "Z", color, "none", 0, cls);
      case SQUARE -> s.rect(cx - r + 0.5, cy - r + 0.5, 2 * r - 1, 2 * r - 1, color, cls);
      case CROSS -> s.path("M" + Svg.n(cx - r) + "," + Svg.n(cy - r) + "L" + Svg.n(cx + r) + "," + Svg.n(cy + r)
          + "M" + Svg.n(cx + r) + "," + Svg.n(cy - r) + "L" + Svg.n(cx - r) + "," + Svg.n(cy + r), "none", color, 2.5,
          cls);
      default -> throw new IllegalStateException();
    }
  }
}
