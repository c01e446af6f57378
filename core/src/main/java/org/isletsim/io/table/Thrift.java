package org.isletsim.io.table;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/** The Thrift compact protocol, only as much as a Parquet footer and page headers need. */
final class Thrift {
  static final int I32 = 5;
  static final int I64 = 6;
  static final int BINARY = 8;
  static final int LIST = 9;
  static final int STRUCT = 12;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final Deque<Integer> lastIds = new ArrayDeque<>();
  private int lastId;

  void beginStruct() {
    lastIds.push(lastId);
    lastId = 0;
  }

  void endStruct() {
    out.write(0);
    lastId = lastIds.pop();
  }

  /** A struct-valued field; close it with {@link #endStruct()}. */
  void structField(int id) {
    header(id, STRUCT);
    beginStruct();
  }

  /** A boolean field (compact protocol: the value is the field's type nibble, 1 = true, 2 = false). */
  void bool(int id, boolean v) {
    header(id, v ? 1 : 2);
  }

  void i32(int id, int v) {
    header(id, I32);
    varint(zigzag(v));
  }

  void i64(int id, long v) {
    header(id, I64);
    varint(zigzag(v));
  }

  void string(int id, String s) {
    header(id, BINARY);
    rawString(s);
  }

  /** A list field header; then write {@code size} raw elements (or structs with begin/endStruct). */
  void list(int id, int elementType, int size) {
    header(id, LIST);
    if (size < 15) {
      out.write((size << 4) | elementType);
    } else {
      out.write(0xF0 | elementType);
      varint(size);
    }
  }

  void rawI32(int v) {
    varint(zigzag(v));
  }

  void rawString(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    varint(b.length);
    out.write(b, 0, b.length);
  }

  byte[] toByteArray() {
    return out.toByteArray();
  }

  private void header(int id, int type) {
    int delta = id - lastId;
    if (delta > 0 && delta <= 15) {
      out.write((delta << 4) | type);
    } else {
      out.write(type);
      varint(zigzag(id));
    }
    lastId = id;
  }

  private static long zigzag(long v) {
    return (v << 1) ^ (v >> 63);
  }

  private void varint(long v) {
    varint(out, v);
  }

  /** Unsigned LEB128 varint (also the run headers of Parquet's RLE hybrid encoding). */
  static void varint(ByteArrayOutputStream out, long v) {
    while ((v & ~0x7FL) != 0) {
      out.write((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    out.write((int) v);
  }
}
