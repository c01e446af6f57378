package org.isletsim.report.table;

import java.util.Objects;

/** A named, typed column of a table. Names: letters, digits and '_' (safe in CSV, Parquet, SQL and pandas). */
public record Column(String name, Type type) {
  /** Cell types: text, 64-bit integer, double (NaN for missing). */
  public enum Type { STRING, LONG, DOUBLE }

  public Column {
    Objects.requireNonNull(type, "type");
    if (name == null || !name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      throw new IllegalArgumentException("column name '" + name + "': expected letters, digits and '_'");
    }
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
}
