package org.isletsim.report.chart;

import java.util.List;
import java.util.function.DoubleFunction;

/**
 * An axis: label, optional fixed domain (null = from the data) and tick placement. {@code ticks} null means about
 * six round ticks; {@code format} turns a tick value into its label.
 */
public record Axis(String label, double[] domain, List<Double> ticks, DoubleFunction<String> format) {
  public Axis {
    if (domain != null && (domain.length != 2 || !(domain[0] < domain[1]))) {
      throw new IllegalArgumentException("axis " + label + ": domain must be [min, max] with min < max");
    }
    ticks = ticks == null ? null : List.copyOf(ticks);
    format = format == null ? Axis::plain : format;
  }

  public static Axis of(String label) {
    return new Axis(label, null, null, null);
  }

  public Axis withDomain(double min, double max) {
    return new Axis(label, new double[] {min, max}, ticks, format);
  }

  public Axis withTicks(List<Double> t) {
    return new Axis(label, domain, t, format);
  }

  public Axis withFormat(DoubleFunction<String> f) {
    return new Axis(label, domain, ticks, f);
  }

  /** A tick label with as few decimals as the value needs (up to 3). */
  public static String plain(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    String s = String.format(java.util.Locale.ROOT, "%.3f", v);
    return s.replaceAll("0+$", "").replaceAll("\\.$", "");
  }

  /** Hours of the day from minutes: 0 → "00:00". */
  public static String clock(double minutes) {
    int m = (int) Math.round(minutes);
    return String.format(java.util.Locale.ROOT, "%02d:%02d", m / 60, m % 60);
  }
}
