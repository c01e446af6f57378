package org.isletsim.cgm.io;

import java.nio.file.Path;
import java.util.List;
import org.isletsim.InvalidInputException;
import org.isletsim.cgm.GlucoseSeries;
import org.isletsim.io.table.Column;
import org.isletsim.io.table.TableFormat;
import org.isletsim.io.table.Tables;

/**
 * Writes the normalised series ({@code time,glucose_mgdl}) as CSV or Parquet through core's table writer: time as
 * wall-clock ISO text in CSV and TIMESTAMP(MILLIS) without a zone in Parquet, glucose as a double. Output goes to a
 * temporary file in the target directory and is then moved atomically, so no half-written file remains.
 */
public final class SeriesWriters {
  /** Columns of the series table. */
  public static final List<Column> COLUMNS = List.of(Column.timestamp("time"), Column.number("glucose_mgdl"));

  private SeriesWriters() {}

  /** Writes {@code s} in the format named by the file's extension, {@code .csv} or {@code .parquet}. */
  public static void write(GlucoseSeries s, Path target) {
    TableFormat format = TableFormat.ofFileName(target);
    if (format == null) {
      throw new InvalidInputException(target + ": unknown output type; expected a file name ending in .csv or"
          + " .parquet");
    }
    write(s, target, format);
  }

  public static void write(GlucoseSeries s, Path target, TableFormat format) {
    long[] t = s.epochSec();
    double[] g = s.glucoseMgDl();
    Tables.write(target, format, COLUMNS, w -> {
      for (int i = 0; i < t.length; i++) w.row(t[i] * 1000, g[i]);
    });
  }
}
