package org.isletsim.report.chart;

import java.util.List;

/** A one-line legend of coloured squares and names. */
final class Legend {
  private Legend() {}

  static void draw(Svg s, double x0, double y, List<String> names, List<String> colors) {
    draw(s, x0, y, names, colors, null);
  }

  /** With {@code opacities} (may be null) for band entries. */
  static void draw(Svg s, double x0, double y, List<String> names, List<String> colors, List<Double> opacities) {
    double x = x0;
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (name == null || name.isEmpty()) {
        continue;
      }
      s.rect(x, y - 8, 10, 10, colors.get(i),
          opacities == null ? null : "fill-opacity=\"" + Svg.n(opacities.get(i)) + "\"");
      s.text(x + 14, y + 1, name, "start", 10, null);
      x += 22 + 5.6 * name.length();
    }
  }
}
