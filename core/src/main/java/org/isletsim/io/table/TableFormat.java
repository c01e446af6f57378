package org.isletsim.io.table;

import java.util.Locale;

/** Output format of a table: {@code --format csv|parquet}. */
public enum TableFormat {
  CSV("csv"),
  PARQUET("parquet");

  private final String extension;

  TableFormat(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
  }

  /** The format a file name ends in ({@code .csv}, {@code .parquet}, any case), or null for any other name. */
  public static TableFormat ofFileName(java.nio.file.Path file) {
    java.nio.file.Path name = file.getFileName();
    String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    for (TableFormat f : values()) {
      if (n.endsWith("." + f.extension)) {
        return f;
      }
    }
    return null;
  }

  /** The format a file name ends in, or {@code otherwise} for any other name. */
  public static TableFormat ofFileName(java.nio.file.Path file, TableFormat otherwise) {
    TableFormat f = ofFileName(file);
    return f == null ? otherwise : f;
  }

  /** Parses an option value; the message names the option and the allowed values. */
  public static TableFormat parse(String option, String value) {
    if (value != null) {
      for (TableFormat f : values()) {
        if (f.extension.equals(value.trim().toLowerCase(Locale.ROOT))) {
          return f;
        }
      }
    }
    throw new org.isletsim.InvalidInputException(option + " " + value + ": expected csv or parquet");
  }
}
