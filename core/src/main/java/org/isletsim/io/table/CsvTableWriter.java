package org.isletsim.io.table;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** RFC 4180 CSV with a header row; doubles in Java's shortest round-trip form, NaN/null as empty cells. */
final class CsvTableWriter implements TableWriter {
  private final List<Column> columns;
  private final Writer w;

  CsvTableWriter(List<Column> columns, OutputStream out) throws IOException {
    this.columns = List.copyOf(columns);
    this.w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    for (int i = 0; i < columns.size(); i++) {
      w.write(i == 0 ? "" : ",");
      w.write(columns.get(i).name());
    }
    w.write('\n');
  }

  @Override
  public List<Column> columns() {
    return columns;
  }

  @Override
  public void row(Object... values) throws IOException {
    TableWriter.check(columns, values);
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        w.write(',');
      }
      Object v = values[i];
      if (v == null || (v instanceof Double d && (d.isNaN() || d.isInfinite()))) {
        continue;
      }
      String s = columns.get(i).type() == Column.Type.TIMESTAMP ? wallClock(((Number) v).longValue()) : v.toString();
      if (v instanceof String && (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r"))) {
        s = '"' + s.replace("\"", "\"\"") + '"';
      }
      w.write(s);
    }
    w.write('\n');
  }

  private static final java.time.format.DateTimeFormatter WALL_CLOCK =
      java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
  private static final java.time.format.DateTimeFormatter WALL_CLOCK_MS =
      java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS");

  private static String wallClock(long epochMillis) {
    java.time.LocalDateTime t = java.time.LocalDateTime.ofEpochSecond(
        Math.floorDiv(epochMillis, 1000), (int) Math.floorMod(epochMillis, 1000) * 1_000_000, java.time.ZoneOffset.UTC);
    return t.format(epochMillis % 1000 == 0 ? WALL_CLOCK : WALL_CLOCK_MS);
  }

  @Override
  public void close() throws IOException {
    w.flush();
  }
}
