package org.isletsim.report.chart;

import java.util.Locale;
import org.isletsim.report.Html;

/** Appends SVG elements to a buffer; coordinates rounded to 0.01 px. */
final class Svg {
  private final StringBuilder b = new StringBuilder(4096);

  Svg(int width, int height, String kind, String label) {
    b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" width=\"").append(width).append("\" height=\"").append(height)
        .append("\" role=\"img\" data-chart=\"").append(kind).append("\" aria-label=\"").append(Html.escape(label))
        .append("\">\n");
  }

  static String n(double v) {
    long r = Math.round(v * 100);
    if (r % 100 == 0) {
      return Long.toString(r / 100);
    }
    String s = String.format(Locale.ROOT, "%.2f", r / 100.0);
    return s.endsWith("0") ? s.substring(0, s.length() - 1) : s;
  }

  Svg raw(String s) {
    b.append(s);
    return this;
  }

  Svg line(double x1, double y1, double x2, double y2, String stroke, double width, String extra) {
    b.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
        .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
        .append(n(width)).append('"').append(extra == null ? "" : " " + extra).append("/>\n");
    return this;
  }

  Svg rect(double x, double y, double w, double h, String fill, String extra) {
    b.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(Math.max(0, w)))
        .append("\" height=\"").append(n(Math.max(0, h))).append("\" fill=\"").append(fill).append('"')
        .append(extra == null ? "" : " " + extra).append("/>\n");
    return this;
  }

  Svg circle(double cx, double cy, double r, String fill, String extra) {
    b.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
        .append("\" fill=\"").append(fill).append('"').append(extra == null ? "" : " " + extra).append("/>\n");
    return this;
  }

  Svg path(String d, String fill, String stroke, double width, String extra) {
    b.append("<path d=\"").append(d).append("\" fill=\"").append(fill).append("\" stroke=\"").append(stroke)
        .append("\" stroke-width=\"").append(n(width)).append('"').append(extra == null ? "" : " " + extra)
        .append("/>\n");
    return this;
  }

  Svg text(double x, double y, String text, String anchor, double size, String extra) {
    b.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"").append(anchor)
        .append("\" font-size=\"").append(n(size)).append('"').append(extra == null ? "" : " " + extra).append('>')
        .append(Html.escape(text)).append("</text>\n");
    return this;
  }

  Svg title(String text) {
    b.append("<title>").append(Html.escape(text)).append("</title>\n");
    return this;
  }

  String close() {
    return b.append("</svg>\n").toString();
  }

  /** Light vertical grid lines at {@code sx}'s ticks from {@code top} to {@code bottom}, labelled under the axis. */
  void valueGrid(Scale sx, int ticks, double top, double bottom) {
    for (double t : sx.ticks(ticks)) {
      line(sx.map(t), top, sx.map(t), bottom, "#e3e6ea", 1, null);
      text(sx.map(t), bottom + 14, Axis.plain(t), "middle", 10, null);
    }
  }
}
