package org.isletsim.io.table;

import java.util.Objects;

/**
 * A named, typed column of a table. Names: letters, digits and '_' (safe in CSV, Parquet, SQL and pandas). A
 * nullable column takes null for a missing value (an OPTIONAL Parquet column; an empty CSV cell); the others are
 * REQUIRED in Parquet, with NaN for a missing double and "" for a missing text.
 */
public record Column(String name, Type type, boolean nullable) {
  /**
   * Cell types: text, 64-bit integer, double (NaN for missing), and wall-clock time (a {@code Long} of epoch
   * milliseconds of the local time read as if it were UTC; Parquet TIMESTAMP(MILLIS, isAdjustedToUTC=false),
   * CSV {@code yyyy-MM-ddTHH:mm:ss}).
   */
  public enum Type { STRING, LONG, DOUBLE, TIMESTAMP }

  public Column {
    Objects.requireNonNull(type, "type");
    if (name == null || !name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      throw new IllegalArgumentException("column name '" + name + "': expected letters, digits and '_'");
    }
  }

  /** A column without nulls. */
  public Column(String name, Type type) {
    this(name, type, false);
  }

  /** This column, taking null for a missing value. */
  public Column asNullable() {
    return new Column(name, type, true);
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

  /** Wall-clock time without a zone, as epoch milliseconds of the naive local time. */
  public static Column timestamp(String name) {
    return new Column(name, Type.TIMESTAMP);
  }
}
