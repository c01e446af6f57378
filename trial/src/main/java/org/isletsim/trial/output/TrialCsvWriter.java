package org.isletsim.trial.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.isletsim.io.table.Column;
import org.isletsim.io.table.TableWriter;

/**
 * The trial tables' CSV: a header row, then cells by column type: integers as they are ({@code NA} for a missing
 * one), doubles with 6 decimals ({@code NA} for NaN, {@code Inf}/{@code -Inf}), text quoted per RFC 4180 when
 * needed.
 */
final class TrialCsvWriter implements TableWriter {
  private final List<Column> columns;
  private final Writer w;

  TrialCsvWriter(List<Column> columns, OutputStream out) throws IOException {
    this.columns = List.copyOf(columns);
    this.w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    for (int i = 0; i < columns.size(); i++) {
      if (i > 0) w.write(',');
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
      if (i > 0) w.write(',');
      Object v = values[i];
      w.write(switch (columns.get(i).type()) {
        case DOUBLE -> Csv.num(v == null ? Double.NaN : ((Number) v).doubleValue());
        case STRING -> Csv.text(v == null ? "" : (String) v);
        case LONG, TIMESTAMP -> v == null ? "NA" : v.toString();
      });
    }
    w.write('\n');
  }

  @Override
  public void close() throws IOException {
    w.flush();
  }
}
