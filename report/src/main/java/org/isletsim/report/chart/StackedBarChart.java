package org.isletsim.report.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.isletsim.report.Html;

/**
 * Vertical stacked bars: one bar per category (e.g. visit, or arm × visit), one coloured layer per class (e.g. Igls
 * class, or glucose range). With {@code percent} the layers are labelled with their share when tall enough.
 */
public record StackedBarChart(String title, int width, int height, String yLabel, List<String> categories,
    List<Layer> layers, boolean percent, double barWidthFraction) implements Chart {

  /** One class across all categories. */
  public record Layer(String name, String color, double[] values) {
    public Layer {
      Objects.requireNonNull(values, "values");
    }
  }

  public StackedBarChart {
    categories = List.copyOf(categories);
    layers = List.copyOf(layers);
    for (Layer l : layers) {
      if (l.values().length != categories.size()) {
        throw new IllegalArgumentException("layer " + l.name() + ": " + l.values().length + " values for "
            + categories.size() + " categories");
      }
      for (double v : l.values()) {
        if (v < 0) {
          throw new IllegalArgumentException("layer " + l.name() + ": negative value " + v);
        }
      }
    }
    if (categories.isEmpty()) {
      throw new IllegalArgumentException("stacked bars " + title + ": no categories");
    }
  }

  public static StackedBarChart of(String title, String yLabel, List<String> categories, List<Layer> layers,
      boolean percent) {
    return new StackedBarChart(title, Math.max(240, 70 + 60 * categories.size()), 260, yLabel, categories, layers,
        percent, 0.6);
  }

  public StackedBarChart withSize(int w, int h) {
    return new StackedBarChart(title, w, h, yLabel, categories, layers, percent, barWidthFraction);
  }

  @Override
  public String svg() {
    int left = 50;
    int right = 12;
    int top = 22;
    int bottom = 30;
    double max = 0;
    for (int c = 0; c < categories.size(); c++) {
      max = Math.max(max, total(c));
    }
    double yMax = percent ? 100 : Scale.niceDomain(0, max <= 0 ? 1 : max)[1];
    Scale sy = new Scale(0, yMax, height - bottom, top);
    Svg s = new Svg(width, height, "stacked-bar", title == null ? "stacked bars" : title);
    for (double t : sy.ticks(5)) {
      s.line(left, sy.map(t), width - right, sy.map(t), "#e3e6ea", 1, null);
      s.text(left - 4, sy.map(t) + 3.5, Axis.plain(t) + (percent ? "%" : ""), "end", 10, null);
    }
    double slot = (width - left - right) / (double) categories.size();
    double bw = slot * barWidthFraction;
    for (int c = 0; c < categories.size(); c++) {
      double x = left + slot * c + (slot - bw) / 2;
      double sum = total(c);
      double acc = 0;
      for (Layer l : layers) {
        double v = l.values()[c];
        if (v <= 0) {
          continue;
        }
        double scaled = percent ? (sum > 0 ? 100 * v / sum : 0) : v;
        double y0 = sy.map(acc);
        double y1 = sy.map(acc + scaled);
        s.raw("<g data-category=\"" + Html.escape(categories.get(c)) + "\" data-layer=\""
            + Html.escape(l.name()) + "\">");
        s.title(l.name() + " " + categories.get(c) + ": " + Axis.plain(Math.round(v * 10) / 10.0)
            + (percent ? " (" + Math.round(scaled) + "%)" : ""));
        s.rect(x, y1, bw, y0 - y1, l.color(), "class=\"bar\"");
        s.raw("</g>\n");
        if (percent && y0 - y1 >= 12) {
          s.text(x + bw / 2, (y0 + y1) / 2 + 3.5, Math.round(scaled) + "%", "middle", 10, "fill=\"#fff\"");
        }
        acc += scaled;
      }
      s.text(left + slot * c + slot / 2, height - bottom + 15, categories.get(c), "middle", 10, null);
    }
    s.line(left, height - bottom, width - right, height - bottom, "#555", 1, null);
    if (yLabel != null) {
      double cy = (top + height - bottom) / 2.0;
      s.text(12, cy, yLabel, "middle", 11, "transform=\"rotate(-90 12 " + Svg.n(cy) + ")\"");
    }
    List<String> names = new ArrayList<>();
    List<String> colors = new ArrayList<>();
    for (Layer l : layers) {
      names.add(l.name());
      colors.add(l.color());
    }
    Legend.draw(s, left, 12, names, colors);
    return s.close();
  }

  private double total(int c) {
    double t = 0;
    for (Layer l : layers) {
      t += l.values()[c];
    }
    return t;
  }
}
