package org.isletsim.report.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.isletsim.report.Html;

/**
 * A tornado chart of a one-way sensitivity analysis: one row per input (largest swing first), a bar from the base
 * result to the result at the input's low value and one to its high value; dashed vertical lines mark thresholds
 * (e.g. where a verdict changes) and rows whose result crosses one are flagged.
 */
public record TornadoChart(String title, int width, String xLabel, double base, List<Bar> bars, List<Double> thresholds)
    implements Chart {

  /**
   * One input.
   *
   * @param label input name
   * @param atLow result with the input at its low value
   * @param atHigh result at its high value
   * @param lowText label of the low value (e.g. "0.75")
   * @param highText label of the high value
   * @param flips whether either end changes the decision (drawn bold with a marker)
   */
  public record Bar(String label, double atLow, double atHigh, String lowText, String highText, boolean flips) {
    public Bar {
      Objects.requireNonNull(label, "label");
    }
  }

  public static final String LOW_COLOR = "#56B4E9", HIGH_COLOR = "#E69F00";
  private static final int ROW_H = 24, LEFT = 300, RIGHT = 30, TOP = 24, BOTTOM = 36;

  public TornadoChart {
    bars = List.copyOf(bars);
    thresholds = List.copyOf(thresholds);
    if (bars.isEmpty()) throw new IllegalArgumentException("tornado " + title + ": no inputs");
  }

  public static TornadoChart of(String title, String xLabel, double base, List<Bar> bars, List<Double> thresholds) {
    return new TornadoChart(title, 760, xLabel, base, bars, thresholds);
  }

  @Override
  public String svg() {
    int height = TOP + BOTTOM + ROW_H * bars.size();
    double min = base, max = base;
    for (Bar b : bars) {
      min = Math.min(min, Math.min(b.atLow(), b.atHigh()));
      max = Math.max(max, Math.max(b.atLow(), b.atHigh()));
    }
    for (double t : thresholds) {
      min = Math.min(min, t);
      max = Math.max(max, t);
    }
    double[] d = Scale.niceDomain(min, max);
    Scale sx = new Scale(d[0], d[1], LEFT, width - RIGHT);
    Svg s = new Svg(width, height, "tornado", title == null ? "tornado" : title);
    double bottom = height - BOTTOM;
    s.valueGrid(sx, 6, TOP, bottom);
    for (double t : thresholds) s.line(sx.map(t), TOP, sx.map(t), bottom, "#a4161a", 1, "stroke-dasharray=\"4 3\" class=\"threshold\"");
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      double y = TOP + ROW_H * i, cy = y + ROW_H / 2.0;
      s.raw("<g class=\"tornado-row\" data-input=\"" + Html.escape(b.label()) + "\" data-flips=\"" + b.flips() + "\">");
      s.title(b.label() + ": low " + b.lowText() + " -> " + Axis.plain(round(b.atLow())) + "; high " + b.highText() + " -> "
          + Axis.plain(round(b.atHigh())) + (b.flips() ? " (changes the verdict)" : ""));
      s.text(LEFT - 8, cy + 3.5, (b.flips() ? "\u25B6 " : "") + b.label(), "end", 11,
          b.flips() ? "font-weight=\"700\"" : null);
      segment(s, sx, b.atLow(), y, LOW_COLOR);
      segment(s, sx, b.atHigh(), y, HIGH_COLOR);
      s.text(sx.map(b.atLow()) + (b.atLow() < base ? -3 : 3), cy + 3.5, b.lowText(), b.atLow() < base ? "end" : "start", 9, null);
      s.text(sx.map(b.atHigh()) + (b.atHigh() < base ? -3 : 3), cy + 3.5, b.highText(), b.atHigh() < base ? "end" : "start", 9, null);
      s.raw("</g>\n");
    }
    s.line(sx.map(base), TOP - 4, sx.map(base), bottom, "#222", 1.5, "class=\"base\"");
    s.line(LEFT, bottom, width - RIGHT, bottom, "#555", 1, null);
    if (xLabel != null) s.text((LEFT + width - RIGHT) / 2.0, bottom + 28, xLabel, "middle", 11, null);
    List<String> names = new ArrayList<>(List.of("low value", "high value"));
    Legend.draw(s, LEFT, 12, names, List.of(LOW_COLOR, HIGH_COLOR));
    return s.close();
  }

  private void segment(Svg s, Scale sx, double v, double y, String color) {
    double x0 = sx.map(Math.min(base, v)), x1 = sx.map(Math.max(base, v));
    s.rect(x0, y + 4, Math.max(1, x1 - x0), ROW_H - 8, color, "class=\"bar\"");
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
