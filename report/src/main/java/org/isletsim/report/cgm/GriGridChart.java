package org.isletsim.report.cgm;

import java.util.ArrayList;
import java.util.List;
import org.isletsim.report.chart.Axis;
import org.isletsim.report.chart.Chart;

/**
 * The Glycemia Risk Index grid (Klonoff et al. 2023): hypoglycaemia component {@code VLow + 0.8·Low} on x (0–30%),
 * hyperglycaemia component {@code VHigh + 0.5·High} on y (0–60%), zones A–E bounded by
 * {@code GRI = 3·hypo + 1.6·hyper = 20, 40, 60, 80}, and the recording's point.
 */
public record GriGridChart(String title, double hypoComponent, double hyperComponent, double gri, String zone)
    implements Chart {
  static final double X_MAX = 30;
  static final double Y_MAX = 60;
  private static final String[] ZONE_COLORS = {"#c7e9c0", "#fff3b0", "#ffd199", "#f9a58b", "#e3878f"};
  private static final int W = 300;
  private static final int H = 300;
  private static final int L = 44;
  private static final int R = 10;
  private static final int T = 10;
  private static final int B = 38;

  /** From cumulative percentages as in {@code CgmMetrics}: TBR&lt;54, TBR&lt;70, TAR&gt;180, TAR&gt;250. */
  public static GriGridChart of(String title, double tbr54, double tbr70, double tar180, double tar250, double gri,
      String zone) {
    double hypo = tbr54 + 0.8 * (tbr70 - tbr54);
    double hyper = tar250 + 0.5 * (tar180 - tar250);
    return new GriGridChart(title, hypo, hyper, gri, zone);
  }

  private static double px(double x) {
    return L + x / X_MAX * (W - L - R);
  }

  private static double py(double y) {
    return H - B - y / Y_MAX * (H - T - B);
  }

  @Override
  public String svg() {
    StringBuilder s = new StringBuilder();
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(W).append(' ').append(H)
        .append("\" width=\"").append(W).append("\" height=\"").append(H)
        .append("\" role=\"img\" data-chart=\"gri-grid\" aria-label=\"GRI grid\">\n");
    // paint from the worst zone down: each polygon is {3x + 1.6y <= limit} clipped to the plot rectangle
    for (int z = 4; z >= 0; z--) {
      double limit = z == 4 ? Double.POSITIVE_INFINITY : 20 * (z + 1);
      s.append("<path class=\"zone\" data-zone=\"").append((char) ('A' + z)).append("\" d=\"")
          .append(zonePath(limit)).append("\" fill=\"").append(ZONE_COLORS[z]).append("\"/>\n");
    }
    for (int z = 0; z < 5; z++) {
      // label each zone near the diagonal through its middle
      double mid = 20 * z + 10;
      double t = 0.45;
      double x = Math.min(X_MAX - 2, mid * t / 3);
      double y = Math.min(Y_MAX - 3, mid * (1 - t) / 1.6);
      s.append("<text x=\"").append(n(px(x))).append("\" y=\"").append(n(py(y)))
          .append("\" font-size=\"12\" font-weight=\"600\" text-anchor=\"middle\" fill=\"#555\">")
          .append((char) ('A' + z)).append("</text>\n");
    }
    for (int v = 0; v <= 30; v += 5) {
      s.append("<text x=\"").append(n(px(v))).append("\" y=\"").append(H - B + 13)
          .append("\" font-size=\"10\" text-anchor=\"middle\">").append(v).append("</text>\n");
    }
    for (int v = 0; v <= 60; v += 10) {
      s.append("<text x=\"").append(L - 4).append("\" y=\"").append(n(py(v) + 3.5))
          .append("\" font-size=\"10\" text-anchor=\"end\">").append(v).append("</text>\n");
    }
    s.append("<rect x=\"").append(L).append("\" y=\"").append(T).append("\" width=\"").append(W - L - R)
        .append("\" height=\"").append(H - T - B).append("\" fill=\"none\" stroke=\"#555\"/>\n");
    s.append("<text x=\"").append(n((L + W - R) / 2.0)).append("\" y=\"").append(H - 8)
        .append("\" font-size=\"11\" text-anchor=\"middle\">Hypoglycaemia component (%)</text>\n");
    double cy = (T + H - B) / 2.0;
    s.append("<text x=\"12\" y=\"").append(n(cy)).append("\" font-size=\"11\" text-anchor=\"middle\" transform=\"rotate(-90 12 ")
        .append(n(cy)).append(")\">Hyperglycaemia component (%)</text>\n");
    if (Double.isFinite(hypoComponent) && Double.isFinite(hyperComponent)) {
      double x = px(Math.min(X_MAX, Math.max(0, hypoComponent)));
      double y = py(Math.min(Y_MAX, Math.max(0, hyperComponent)));
      s.append("<circle class=\"point\" cx=\"").append(n(x)).append("\" cy=\"").append(n(y))
          .append("\" r=\"6\" fill=\"#1d2430\" stroke=\"#fff\" stroke-width=\"2\"><title>GRI ")
          .append(org.isletsim.report.Html.number(gri, 1)).append(" (zone ").append(zone == null ? "\u2013" : zone)
          .append("): hypo ").append(org.isletsim.report.Html.number(hypoComponent, 1)).append("%, hyper ")
          .append(org.isletsim.report.Html.number(hyperComponent, 1)).append("%</title></circle>\n");
    }
    return s.append("</svg>\n").toString();
  }

  /** The rectangle [0,X_MAX]×[0,Y_MAX] clipped to {@code 3x + 1.6y <= limit} (Sutherland–Hodgman, one edge). */
  static String zonePath(double limit) {
    double[][] rect = {{0, 0}, {X_MAX, 0}, {X_MAX, Y_MAX}, {0, Y_MAX}};
    List<double[]> out = new ArrayList<>();
    for (int i = 0; i < rect.length; i++) {
      double[] a = rect[i];
      double[] b = rect[(i + 1) % rect.length];
      double fa = 3 * a[0] + 1.6 * a[1] - limit;
      double fb = 3 * b[0] + 1.6 * b[1] - limit;
      if (fa <= 0) {
        out.add(a);
      }
      if ((fa < 0 && fb > 0) || (fa > 0 && fb < 0)) {
        double t = fa / (fa - fb);
        out.add(new double[] {a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])});
      }
    }
    StringBuilder d = new StringBuilder();
    for (double[] p : out) {
      d.append(d.length() == 0 ? 'M' : 'L').append(n(px(p[0]))).append(',').append(n(py(p[1])));
    }
    return d.append('Z').toString();
  }

  private static String n(double v) {
    return Axis.plain(Math.round(v * 100) / 100.0);
  }
}
