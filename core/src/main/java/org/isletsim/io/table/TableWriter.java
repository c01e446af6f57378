package org.isletsim.io.table;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Streams rows of a fixed schema to an output stream, as CSV or Parquet. Rows are written as they come (Parquet in
 * row groups), so minute-level traces never need to fit in memory. Not thread-safe: feed it from one thread (e.g.
 * the in-order consumer of {@code OrderedParallel}).
 */
public interface TableWriter extends AutoCloseable {
  List<Column> columns();

  /**
   * One row; values must match the column types: {@code String} (null allowed), {@code Long}/{@code Integer}
   * (null allowed in a nullable column), {@code Double} (null is missing: NaN in a required Parquet column, NULL in a
   * nullable one; see {@link Column}).
   */
  void row(Object... values) throws IOException;

  /** Finishes the file (Parquet footer) and flushes; does not close the underlying stream. */
  @Override
  void close() throws IOException;

  /** A writer of {@code format} on {@code out}. */
  static TableWriter open(TableFormat format, List<Column> columns, OutputStream out) throws IOException {
    return switch (format) {
      case CSV -> new CsvTableWriter(columns, out);
      case PARQUET -> new ParquetTableWriter(columns, out, ParquetTableWriter.DEFAULT_ROW_GROUP);
    };
  }

  /** Checks a row against the schema; shared by the implementations. */
  static void check(List<Column> columns, Object[] values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException("row of " + values.length + " values for " + columns.size() + " columns");
    }
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      Column c = columns.get(i);
      boolean ok = switch (c.type()) {
        case STRING -> v == null || v instanceof String;
        case LONG, TIMESTAMP -> v instanceof Long || v instanceof Integer || (v == null && c.nullable());
        case DOUBLE -> v == null || v instanceof Double || v instanceof Float;
      };
      if (!ok) {
        throw new IllegalArgumentException("column " + c.name() + " (" + c.type() + "): value " + v
            + (v == null ? "" : " of type " + v.getClass().getSimpleName()));
      }
    }
  }
}
