package org.isletsim.io.table;

import java.util.Locale;
import java.util.Objects;

/**
 * A named, typed column of a table. Names: letters, digits and '_' (safe in CSV, Parquet, SQL and pandas).
 *
 * <p>Optional details, all of which keep one table identical in CSV and Parquet:
 *
 * <ul>
 *   <li>{@link #decimals}: a DOUBLE printed with that many fixed decimals in CSV ({@code -0.00} as {@code 0.00}); the
 *       Parquet value is the same number as printed, so both formats hold the same values. -1: Java's shortest
 *       round-trip form, full precision.
 *   <li>{@link #missing}: a nullable column. A missing value (null, or NaN in a DOUBLE column) is NULL in Parquet
 *       (OPTIONAL) and this text in CSV (e.g. {@code NA}). Null: a required column; a NaN DOUBLE is stored as NaN
 *       in Parquet, and null or NaN is an empty CSV cell.
 *   <li>{@link #quoted}: a STRING always quoted in CSV (otherwise only when it holds a comma, quote or line break).
 * </ul>
 */
public record Column(String name, Type type, int decimals, String missing, boolean quoted) {
  /**
   * Cell types: text, 64-bit integer, double (NaN for missing), and wall-clock time (a {@code Long} of epoch
   * milliseconds of the local time read as if it were UTC; Parquet TIMESTAMP(MILLIS, isAdjustedToUTC=false),
   * CSV {@code yyyy-MM-ddTHH:mm:ss}).
   */
  public enum Type { STRING, LONG, DOUBLE, TIMESTAMP }

  private static final String[] FIXED = java.util.stream.IntStream.rangeClosed(0, 17).mapToObj(d -> "%." + d + "f")
      .toArray(String[]::new);

  public Column {
    Objects.requireNonNull(type, "type");
    if (name == null || !name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      throw new IllegalArgumentException("column name '" + name + "': expected letters, digits and '_'");
    }
    if (decimals < -1 || decimals > 17 || (decimals >= 0 && type != Type.DOUBLE)) {
      throw new IllegalArgumentException("column " + name + ": decimals " + decimals + " (only DOUBLE, 0..17)");
    }
    if (quoted && type != Type.STRING) {
      throw new IllegalArgumentException("column " + name + ": only STRING columns can be always quoted");
    }
    if (missing != null && (missing.contains(",") || missing.contains("\"") || missing.contains("\n"))) {
      throw new IllegalArgumentException("column " + name + ": missing-value text '" + missing + "' needs quoting");
    }
  }

  public Column(String name, Type type) {
    this(name, type, -1, null, false);
  }

  public static Column string(String name) {
    return new Column(name, Type.STRING);
  }

  public static Column integer(String name) {
    return new Column(name, Type.LONG);
  }

  public static Column number(String name) {
    return new Column(name, Type.DOUBLE);
  }

  /** A DOUBLE with {@code decimals} fixed decimals. */
  public static Column number(String name, int decimals) {
    return new Column(name, Type.DOUBLE, decimals, null, false);
  }

  /** Wall-clock time without a zone, as epoch milliseconds of the naive local time. */
  public static Column timestamp(String name) {
    return new Column(name, Type.TIMESTAMP);
  }

  /** This column, nullable: missing values are NULL in Parquet and {@code text} in CSV. */
  public Column orMissing(String text) {
    return new Column(name, type, decimals, Objects.requireNonNull(text, "text"), quoted);
  }

  /** This STRING column, always quoted in CSV. */
  public Column alwaysQuoted() {
    return new Column(name, type, decimals, missing, true);
  }

  public boolean nullable() {
    return missing != null;
  }

  /** Whether {@code v} is a missing value of this column (null, or NaN in a DOUBLE column). */
  boolean isMissing(Object v) {
    return v == null || (type == Type.DOUBLE && v instanceof Number n && Double.isNaN(n.doubleValue()));
  }

  /** A finite double as CSV prints it: fixed decimals ({@code -0.0} as {@code 0.0}) or the shortest round trip. */
  String format(double v) {
    if (decimals < 0) {
      return Double.toString(v);
    }
    String s = String.format(Locale.ROOT, FIXED[decimals], v);
    if (s.charAt(0) == '-' && s.chars().allMatch(c -> c == '-' || c == '0' || c == '.')) {
      return s.substring(1);
    }
    return s;
  }

  /** The double stored in Parquet: the value as CSV prints it, so that both formats hold the same number. */
  double stored(double v) {
    return decimals < 0 || !Double.isFinite(v) ? v : Double.parseDouble(format(v));
  }
}
