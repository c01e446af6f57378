package org.isletsim.io.table;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 4180 CSV with a header row. Doubles in Java's shortest round-trip form or with the column's fixed decimals,
 * infinities as {@code Inf}/{@code -Inf}; missing values (null, NaN) as the column's missing text, by default an
 * empty cell. Text is quoted when it holds a comma, quote or line break, or always for an always-quoted column.
 */
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
      w.write(cell(columns.get(i), values[i]));
    }
    w.write('\n');
  }

  private static String cell(Column c, Object v) {
    if (c.isMissing(v)) {
      return c.nullable() ? c.missing() : "";
    }
    return switch (c.type()) {
      case STRING -> {
        String s = (String) v;
        boolean quote = c.quoted() || s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r");
        yield quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
      }
      case LONG -> Long.toString(((Number) v).longValue());
      case TIMESTAMP -> wallClock(((Number) v).longValue());
      case DOUBLE -> {
        double d = ((Number) v).doubleValue();
        yield Double.isInfinite(d) ? (d > 0 ? "Inf" : "-Inf") : c.format(d);
      }
    };
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
