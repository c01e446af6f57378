package org.isletsim.io.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A dependency-free streaming Parquet writer (Apache Parquet format, parquet.thrift): columns of INT64, DOUBLE and
 * BYTE_ARRAY with the STRING logical type, one PLAIN-encoded, UNCOMPRESSED data page (v1) per column per row group
 * of {@code rowGroupSize} rows, footer in the Thrift compact protocol. Memory is bounded by one row group.
 * Readable by pandas/pyarrow, DuckDB and Spark. Required columns store NaN as NaN and a null text as "";
 * nullable columns ({@link Column#nullable()}) are OPTIONAL: a missing value is NULL, with its definition level
 * (0 = missing, 1 = present) in the page's RLE run-length section, and only present values in the data.
 */
final class ParquetTableWriter implements TableWriter {
  static final int DEFAULT_ROW_GROUP = 65_536;
  private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);
  private static final int INT64 = 2;
  private static final int DOUBLE = 5;
  private static final int BYTE_ARRAY = 6;
  private static final int REQUIRED = 0;
  private static final int OPTIONAL = 1;
  private static final int PLAIN = 0;
  private static final int RLE = 3;
  private static final int UNCOMPRESSED = 0;
  private static final int UTF8 = 0;

  private record Chunk(long offset, long size, int values) {}

  private record Group(List<Chunk> chunks, int rows) {}

  private final List<Column> columns;
  private final OutputStream out;
  private final int rowGroupSize;
  private final ByteBuffer[] fixed;
  private final ByteArrayOutputStream[] strings;
  /** Definition levels of the current row group per nullable column (1 present, 0 missing); null if required. */
  private final byte[][] present;
  private final List<Group> groups = new ArrayList<>();
  private int rows;
  private long pos;
  private long totalRows;
  private boolean closed;

  ParquetTableWriter(List<Column> columns, OutputStream out, int rowGroupSize) throws IOException {
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("a Parquet table needs at least one column");
    }
    this.columns = List.copyOf(columns);
    this.out = out;
    this.rowGroupSize = rowGroupSize;
    this.fixed = new ByteBuffer[columns.size()];
    this.strings = new ByteArrayOutputStream[columns.size()];
    this.present = new byte[columns.size()][];
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).nullable()) {
        present[i] = new byte[rowGroupSize];
      }
      if (columns.get(i).type() == Column.Type.STRING) {
        strings[i] = new ByteArrayOutputStream();
      } else {
        fixed[i] = ByteBuffer.allocate(8 * rowGroupSize).order(ByteOrder.LITTLE_ENDIAN);
      }
    }
    write(MAGIC);
  }

  @Override
  public List<Column> columns() {
    return columns;
  }

  @Override
  public void row(Object... values) throws IOException {
    TableWriter.check(columns, values);
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      Column c = columns.get(i);
      if (present[i] != null) {
        boolean missing = c.isMissing(v);
        present[i][rows] = (byte) (missing ? 0 : 1);
        if (missing) {
          continue;
        }
      }
      switch (c.type()) {
        case LONG, TIMESTAMP -> fixed[i].putLong(((Number) v).longValue());
        case DOUBLE -> fixed[i].putDouble(v == null ? Double.NaN : c.stored(((Number) v).doubleValue()));
        case STRING -> {
          byte[] b = (v == null ? "" : (String) v).getBytes(StandardCharsets.UTF_8);
          strings[i].write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(b.length).array());
          strings[i].write(b);
        }
        default -> throw new IllegalStateException();
      }
    }
    rows++;
    if (rows == rowGroupSize) {
      flushGroup();
    }
  }

  private void flushGroup() throws IOException {
    if (rows == 0) {
      return;
    }
    List<Chunk> chunks = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      byte[] levels = present[i] == null ? new byte[0] : definitionLevels(present[i], rows);
      byte[] data;
      if (strings[i] != null) {
        data = strings[i].toByteArray();
        strings[i].reset();
      } else {
        data = new byte[fixed[i].position()];
        fixed[i].flip();
        fixed[i].get(data);
        fixed[i].clear();
      }
      long offset = pos;
      byte[] header = pageHeader(rows, levels.length + data.length);
      write(header);
      write(levels);
      write(data);
      chunks.add(new Chunk(offset, header.length + (long) levels.length + data.length, rows));
    }
    groups.add(new Group(chunks, rows));
    totalRows += rows;
    rows = 0;
  }

  /**
   * Definition levels of bit width 1 in the RLE/bit-packing hybrid, as RLE runs (header = run length << 1, then
   * the level in one byte), preceded by their length in 4 bytes little-endian (data page v1).
   */
  static byte[] definitionLevels(byte[] levels, int n) {
    ByteArrayOutputStream runs = new ByteArrayOutputStream();
    int i = 0;
    while (i < n) {
      int j = i;
      while (j < n && levels[j] == levels[i]) {
        j++;
      }
      Thrift.varint(runs, (long) (j - i) << 1);
      runs.write(levels[i]);
      i = j;
    }
    byte[] body = runs.toByteArray();
    return ByteBuffer.allocate(4 + body.length).order(ByteOrder.LITTLE_ENDIAN).putInt(body.length).put(body).array();
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    flushGroup();
    byte[] footer = footer();
    write(footer);
    write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(footer.length).array());
    write(MAGIC);
    out.flush();
  }

  private void write(byte[] b) throws IOException {
    out.write(b);
    pos += b.length;
  }

  private static int physical(Column c) {
    return switch (c.type()) {
      case LONG, TIMESTAMP -> INT64;
      case DOUBLE -> DOUBLE;
      case STRING -> BYTE_ARRAY;
    };
  }

  private static byte[] pageHeader(int numValues, int size) {
    Thrift w = new Thrift();
    w.beginStruct();
    w.i32(1, 0); // DATA_PAGE
    w.i32(2, size);
    w.i32(3, size);
    w.structField(5); // DataPageHeader
    w.i32(1, numValues);
    w.i32(2, PLAIN);
    w.i32(3, RLE);
    w.i32(4, RLE);
    w.endStruct();
    w.endStruct();
    return w.toByteArray();
  }

  private byte[] footer() {
    Thrift w = new Thrift();
    w.beginStruct();
    w.i32(1, 1); // version
    w.list(2, Thrift.STRUCT, columns.size() + 1); // schema: root, then the leaves
    w.beginStruct();
    w.string(4, "schema");
    w.i32(5, columns.size());
    w.endStruct();
    for (Column c : columns) {
      w.beginStruct();
      w.i32(1, physical(c));
      w.i32(3, c.nullable() ? OPTIONAL : REQUIRED);
      w.string(4, c.name());
      if (c.type() == Column.Type.STRING) {
        w.i32(6, UTF8); // converted_type, for older readers
        w.structField(10); // LogicalType union
        w.structField(1); // STRING
        w.endStruct();
        w.endStruct();
      } else if (c.type() == Column.Type.TIMESTAMP) {
        w.structField(10); // LogicalType union
        w.structField(8); // TIMESTAMP
        w.bool(1, false); // isAdjustedToUTC: wall-clock time
        w.structField(2); // TimeUnit union
        w.structField(1); // MILLIS
        w.endStruct();
        w.endStruct();
        w.endStruct();
        w.endStruct();
      }
      w.endStruct();
    }
    w.i64(3, totalRows);
    w.list(4, Thrift.STRUCT, groups.size());
    for (Group g : groups) {
      w.beginStruct();
      w.list(1, Thrift.STRUCT, columns.size());
      long total = 0;
      for (int i = 0; i < columns.size(); i++) {
        Chunk ch = g.chunks().get(i);
        total += ch.size();
        w.beginStruct();
        w.i64(2, ch.offset()); // file_offset
        w.structField(3); // ColumnMetaData
        w.i32(1, physical(columns.get(i)));
        w.list(2, Thrift.I32, 2);
        w.rawI32(PLAIN);
        w.rawI32(RLE);
        w.list(3, Thrift.BINARY, 1);
        w.rawString(columns.get(i).name());
        w.i32(4, UNCOMPRESSED);
        w.i64(5, ch.values());
        w.i64(6, ch.size());
        w.i64(7, ch.size());
        w.i64(9, ch.offset()); // data_page_offset
        w.endStruct();
        w.endStruct();
      }
      w.i64(2, total);
      w.i64(3, g.rows());
      w.endStruct();
    }
    w.string(6, "isletsim report");
    w.endStruct();
    return w.toByteArray();
  }
}
