package org.isletsim.report.chart;

/** Draws one {@link Series}: band first, then the line/steps/points on top. NaN breaks a run. */
final class SeriesPainter {
  private SeriesPainter() {}

  static void paint(Svg s, Series se, Scale sx, Scale sy) {
    boolean step = se.style() == Series.Style.STEP;
    String name = se.name() == null ? "" : se.name();
    if (se.lo() != null && se.style() != Series.Style.POINTS && se.bandOpacity() > 0) {
      StringBuilder d = new StringBuilder();
      int n = se.x().length;
      int i = 0;
      while (i < n) {
        while (i < n && !finite(se, i)) {
          i++;
        }
        int start = i;
        while (i < n && finite(se, i)) {
          i++;
        }
        if (i - start >= 1) {
          d.append(band(se, sx, sy, start, i, step));
        }
      }
      if (d.length() > 0) {
        s.path(d.toString(), se.color(), "none", 0, "fill-opacity=\"" + Svg.n(se.bandOpacity())
            + "\" data-series=\"" + org.isletsim.report.Html.escape(name) + "\" class=\"band\"");
      }
    }
    if (se.y() == null) {
      return;
    }
    if (se.style() == Series.Style.POINTS) {
      for (int i = 0; i < se.x().length; i++) {
        double y = se.y()[i];
        if (!Double.isFinite(y) || !Double.isFinite(se.x()[i])) {
          continue;
        }
        double px = sx.map(se.x()[i]);
        if (se.lo() != null && !Double.isNaN(se.lo()[i]) && !Double.isNaN(se.hi()[i])) { // ±∞: to the chart's edge
          s.line(px, sy.mapClamped(se.lo()[i]), px, sy.mapClamped(se.hi()[i]), se.color(), 1.5, null);
        }
        s.circle(px, sy.mapClamped(y), 3.5, "white", "stroke=\"" + se.color() + "\" stroke-width=\"2\"");
      }
      return;
    }
    StringBuilder d = new StringBuilder();
    boolean pen = false;
    for (int i = 0; i < se.x().length; i++) {
      double y = se.y()[i];
      if (!Double.isFinite(y) || !Double.isFinite(se.x()[i])) {
        pen = false;
        continue;
      }
      double px = sx.map(se.x()[i]);
      double py = sy.mapClamped(y);
      if (!pen) {
        d.append('M').append(Svg.n(px)).append(',').append(Svg.n(py));
      } else if (step) {
        d.append('H').append(Svg.n(px)).append('V').append(Svg.n(py));
      } else {
        d.append('L').append(Svg.n(px)).append(',').append(Svg.n(py));
      }
      pen = true;
    }
    if (d.length() > 0) {
      if (step && se.x().length > 0) {
        d.append('H').append(Svg.n(sx.map(se.x()[se.x().length - 1])));
      }
      s.path(d.toString(), "none", se.color(), 2,
          "stroke-linejoin=\"round\" data-series=\"" + org.isletsim.report.Html.escape(name) + "\" class=\"line\""
              + (se.dashed() ? " stroke-dasharray=\"6 4\"" : ""));
    }
  }

  private static boolean finite(Series se, int i) {
    return Double.isFinite(se.x()[i]) && Double.isFinite(se.lo()[i]) && Double.isFinite(se.hi()[i]);
  }

  /** Upper edge left to right, lower edge back; for steps each value holds until the next x. */
  private static String band(Series se, Scale sx, Scale sy, int from, int to, boolean step) {
    StringBuilder d = new StringBuilder();
    for (int i = from; i < to; i++) {
      double px = sx.map(se.x()[i]);
      double py = sy.mapClamped(se.hi()[i]);
      if (i == from) {
        d.append('M').append(Svg.n(px)).append(',').append(Svg.n(py));
      } else if (step) {
        d.append('H').append(Svg.n(px)).append('V').append(Svg.n(py));
      } else {
        d.append('L').append(Svg.n(px)).append(',').append(Svg.n(py));
      }
    }
    for (int i = to - 1; i >= from; i--) {
      double px = sx.map(se.x()[i]);
      double py = sy.mapClamped(se.lo()[i]);
      if (i == to - 1) {
        d.append('L').append(Svg.n(px)).append(',').append(Svg.n(py));
      } else if (step) {
        d.append('V').append(Svg.n(py)).append('H').append(Svg.n(px));
      } else {
        d.append('L').append(Svg.n(px)).append(',').append(Svg.n(py));
      }
    }
    return d.append('Z').toString();
  }
}
