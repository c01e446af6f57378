package org.isletsim.cgm.io;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The few pieces of the Apache Thrift compact protocol that a Parquet footer and page header need: structs, i32,
 * i64, bool, binary and list headers (field ids delta-encoded, integers zigzag varints).
 */
final class ThriftCompactWriter {
  static final int BOOL_TRUE = 1;
  static final int BOOL_FALSE = 2;
  static final int I32 = 5;
  static final int I64 = 6;
  static final int BINARY = 8;
  static final int LIST = 9;
  static final int STRUCT = 12;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final Deque<Integer> lastIds = new ArrayDeque<>();
  private int lastId;

  byte[] toByteArray() {
    return out.toByteArray();
  }

  private void fieldHeader(int id, int type) {
    int delta = id - lastId;
    if (delta > 0 && delta <= 15) {
      out.write((delta << 4) | type);
    } else {
      out.write(type);
      varint(zigzag32(id));
    }
    lastId = id;
  }

  void i32(int id, int v) {
    fieldHeader(id, I32);
    varint(zigzag32(v));
  }

  void i64(int id, long v) {
    fieldHeader(id, I64);
    varint((v << 1) ^ (v >> 63));
  }

  void bool(int id, boolean v) {
    fieldHeader(id, v ? BOOL_TRUE : BOOL_FALSE);
  }

  void string(int id, String s) {
    fieldHeader(id, BINARY);
    rawString(s);
  }

  void rawString(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    varint(b.length);
    out.write(b, 0, b.length);
  }

  void rawI32(int v) {
    varint(zigzag32(v));
  }

  /** Begins a list field; then write {@code size} raw elements (or structs via {@link #beginStruct()}). */
  void list(int id, int elemType, int size) {
    fieldHeader(id, LIST);
    if (size < 15) {
      out.write((size << 4) | elemType);
    } else {
      out.write(0xF0 | elemType);
      varint(size);
    }
  }

  /** Begins a struct field. */
  void structField(int id) {
    fieldHeader(id, STRUCT);
    beginStruct();
  }

  /** Begins a struct (list element or nested). */
  void beginStruct() {
    lastIds.push(lastId);
    lastId = 0;
  }

  void endStruct() {
    out.write(0);
    lastId = lastIds.isEmpty() ? 0 : lastIds.pop();
  }

  private static int zigzag32(int v) {
    return (v << 1) ^ (v >> 31);
  }

  private void varint(long v) {
    while ((v & ~0x7FL) != 0) {
      out.write((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    out.write((int) v);
  }
}
