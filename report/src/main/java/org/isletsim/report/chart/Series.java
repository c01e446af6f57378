package org.isletsim.report.chart;

import java.util.Objects;

/**
 * One data series of an {@link XyChart}: a line, a step curve (e.g. Kaplan–Meier) or points (e.g. published values
 * with their CI), optionally with an interval band {@code lo..hi}. {@code y} may be null for a band alone. NaN
 * values break lines and bands.
 */
public record Series(String name, String color, Style style, double[] x, double[] y, double[] lo, double[] hi,
    boolean dashed, double bandOpacity) {
  /** How the series is drawn. */
  public enum Style { LINE, STEP, POINTS }

  public Series {
    Objects.requireNonNull(x, "x");
    Objects.requireNonNull(style, "style");
    if (y == null && lo == null) {
      throw new IllegalArgumentException("series " + name + ": expected y values, a band, or both");
    }
    check(name, "y", x, y);
    check(name, "lo", x, lo);
    check(name, "hi", x, hi);
    if ((lo == null) != (hi == null)) {
      throw new IllegalArgumentException("series " + name + ": a band needs both lo and hi");
    }
    if (!(bandOpacity >= 0 && bandOpacity <= 1)) {
      throw new IllegalArgumentException("series " + name + ": band opacity " + bandOpacity + ", expected 0..1");
    }
  }

  private static void check(String name, String what, double[] x, double[] v) {
    if (v != null && v.length != x.length) {
      throw new IllegalArgumentException("series " + name + ": " + v.length + " " + what + " values for " + x.length
          + " x values");
    }
  }

  public static Series line(String name, String color, double[] x, double[] y) {
    return new Series(name, color, Style.LINE, x, y, null, null, false, 0.2);
  }

  /** A line with an interval band (e.g. mean with 95% CI). */
  public static Series band(String name, String color, double[] x, double[] y, double[] lo, double[] hi) {
    return new Series(name, color, Style.LINE, x, y, lo, hi, false, 0.2);
  }

  /** A step curve, constant until the next x (Kaplan–Meier), optionally with a stepped CI band. */
  public static Series step(String name, String color, double[] x, double[] y, double[] lo, double[] hi) {
    return new Series(name, color, Style.STEP, x, y, lo, hi, false, 0.2);
  }

  /**
   * Points with optional error bars (e.g. published values beside simulated ones). An infinite limit draws the bar
   * to the chart's edge (a one-sided bound such as "&gt; 98%"); NaN draws none.
   */
  public static Series points(String name, String color, double[] x, double[] y, double[] lo, double[] hi) {
    return new Series(name, color, Style.POINTS, x, y, lo, hi, false, 0);
  }

  public Series withDashed(boolean d) {
    return new Series(name, color, style, x, y, lo, hi, d, bandOpacity);
  }

  public Series withBandOpacity(double o) {
    return new Series(name, color, style, x, y, lo, hi, dashed, o);
  }
}
