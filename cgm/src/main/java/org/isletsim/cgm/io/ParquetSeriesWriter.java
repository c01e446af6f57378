package org.isletsim.cgm.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.isletsim.cgm.GlucoseSeries;

/**
 * A minimal, dependency-free Parquet writer for a normalised series: one row group, two required columns
 * {@code time} (INT64, logical TIMESTAMP(MILLIS, isAdjustedToUTC=false) — wall-clock time) and {@code glucose_mgdl}
 * (DOUBLE), each one PLAIN-encoded UNCOMPRESSED data page; footer in the Thrift compact protocol (Apache Parquet format
 * specification, parquet.thrift). Readable by DuckDB, Arrow, Spark.
 */
public final class ParquetSeriesWriter {
  private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);
  private static final int TYPE_INT64 = 2;
  private static final int TYPE_DOUBLE = 5;
  private static final int REQUIRED = 0;
  private static final int PLAIN = 0;
  private static final int RLE = 3;
  private static final int UNCOMPRESSED = 0;

  private ParquetSeriesWriter() {}

  public static void write(GlucoseSeries s, OutputStream out) throws IOException {
    int n = s.size();
    long pos = 0;
    out.write(MAGIC);
    pos += MAGIC.length;

    ByteBuffer times = ByteBuffer.allocate(n * 8).order(ByteOrder.LITTLE_ENDIAN);
    for (long t : s.epochSec()) {
      times.putLong(t * 1000L);
    }
    ByteBuffer values = ByteBuffer.allocate(n * 8).order(ByteOrder.LITTLE_ENDIAN);
    for (double g : s.glucoseMgDl()) {
      values.putDouble(g);
    }
    long timeOffset = pos;
    byte[] timeHeader = pageHeader(n, n * 8);
    out.write(timeHeader);
    out.write(times.array());
    long timeSize = timeHeader.length + (long) n * 8;
    pos += timeSize;

    long valueOffset = pos;
    byte[] valueHeader = pageHeader(n, n * 8);
    out.write(valueHeader);
    out.write(values.array());
    long valueSize = valueHeader.length + (long) n * 8;
    pos += valueSize;

    byte[] footer = footer(n, timeOffset, timeSize, valueOffset, valueSize);
    out.write(footer);
    out.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(footer.length).array());
    out.write(MAGIC);
  }

  private static byte[] pageHeader(int numValues, int size) {
    ThriftCompactWriter w = new ThriftCompactWriter();
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

  private static byte[] footer(int n, long timeOffset, long timeSize, long valueOffset, long valueSize) {
    ThriftCompactWriter w = new ThriftCompactWriter();
    w.beginStruct();
    w.i32(1, 1); // version
    w.list(2, ThriftCompactWriter.STRUCT, 3); // schema
    w.beginStruct();
    w.string(4, "schema");
    w.i32(5, 2);
    w.endStruct();
    w.beginStruct();
    w.i32(1, TYPE_INT64);
    w.i32(3, REQUIRED);
    w.string(4, "time");
    w.structField(10); // LogicalType union
    w.structField(8); // TIMESTAMP
    w.bool(1, false); // isAdjustedToUTC
    w.structField(2); // TimeUnit union
    w.structField(1); // MILLIS
    w.endStruct();
    w.endStruct();
    w.endStruct();
    w.endStruct();
    w.endStruct();
    w.beginStruct();
    w.i32(1, TYPE_DOUBLE);
    w.i32(3, REQUIRED);
    w.string(4, "glucose_mgdl");
    w.endStruct();
    w.i64(3, n); // num_rows
    w.list(4, ThriftCompactWriter.STRUCT, 1); // row_groups
    w.beginStruct();
    w.list(1, ThriftCompactWriter.STRUCT, 2); // columns
    columnChunk(w, TYPE_INT64, "time", n, timeOffset, timeSize);
    columnChunk(w, TYPE_DOUBLE, "glucose_mgdl", n, valueOffset, valueSize);
    w.i64(2, timeSize + valueSize);
    w.i64(3, n);
    w.endStruct();
    w.string(6, "isletsim cgm");
    w.endStruct();
    return w.toByteArray();
  }

  private static void columnChunk(ThriftCompactWriter w, int type, String name, int n, long offset, long size) {
    w.beginStruct();
    w.i64(2, offset); // file_offset
    w.structField(3); // ColumnMetaData
    w.i32(1, type);
    w.list(2, ThriftCompactWriter.I32, 2);
    w.rawI32(PLAIN);
    w.rawI32(RLE);
    w.list(3, ThriftCompactWriter.BINARY, 1);
    w.rawString(name);
    w.i32(4, UNCOMPRESSED);
    w.i64(5, n);
    w.i64(6, size);
    w.i64(7, size);
    w.i64(9, offset); // data_page_offset
    w.endStruct();
    w.endStruct();
  }
}
