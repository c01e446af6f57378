package org.isletsim.trial.protocol;

/**
 * A closed interval with optional ends (NaN = unbounded).
 *
 * @param min lowest accepted value, or NaN
 * @param max highest accepted value, or NaN
 */
public record Range(double min, double max) {
  public static final Range ANY = new Range(Double.NaN, Double.NaN);

  public boolean contains(double v) {
    return (Double.isNaN(min) || v >= min) && (Double.isNaN(max) || v <= max);
  }

  /** True when min &gt; max, so no value can be accepted. */
  public boolean empty() {
    return !Double.isNaN(min) && !Double.isNaN(max) && min > max;
  }

  /** True when this range and [lo, hi] share a value. */
  public boolean overlaps(double lo, double hi) {
    return !empty() && (Double.isNaN(min) || min <= hi) && (Double.isNaN(max) || max >= lo);
  }
}
