package org.isletsim.cgm.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.isletsim.InvalidInputException;
import org.isletsim.io.AtomicFile;
import org.isletsim.io.table.Column;
import org.isletsim.io.table.TableFormat;
import org.isletsim.io.table.TableWriter;
import org.isletsim.cgm.GlucoseSeries;

/**
 * Writes the normalised series ({@code time,glucose_mgdl}) as CSV or Parquet, chosen by the file extension. Output
 * goes to a temporary file in the target directory and is then moved atomically, so no half-written file remains.
 */
public final class SeriesWriters {
  private SeriesWriters() {}

  /** Functional body writing to a stream. */
  @FunctionalInterface
  public interface Body {
    void write(OutputStream out) throws IOException;
  }

  public static void write(GlucoseSeries s, Path target) {
    String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".parquet")) {
      atomically(target, out -> writeParquet(s, out));
    } else if (name.endsWith(".csv")) {
      atomically(target, out -> writeCsv(s, out));
    } else {
      throw new InvalidInputException(target + ": unknown output type; expected a file name ending in .csv or"
          + " .parquet");
    }
  }

  /** Columns {@code time} (wall-clock TIMESTAMP(MILLIS), no zone) and {@code glucose_mgdl} (DOUBLE). */
  static void writeParquet(GlucoseSeries s, OutputStream os) throws IOException {
    long[] t = s.epochSec();
    double[] g = s.glucoseMgDl();
    try (TableWriter w =
        TableWriter.open(TableFormat.PARQUET, List.of(Column.timestamp("time"), Column.number("glucose_mgdl")), os)) {
      for (int i = 0; i < t.length; i++) w.row(t[i] * 1000, g[i]);
    }
  }

  static void writeCsv(GlucoseSeries s, OutputStream os) throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
    w.write("time,glucose_mgdl\n");
    long[] t = s.epochSec();
    double[] g = s.glucoseMgDl();
    for (int i = 0; i < t.length; i++) {
      w.write(Timestamps.format(t[i]));
      w.write(',');
      w.write(Double.toString(g[i]));
      w.write('\n');
    }
    w.flush();
  }

  /** Writes via a temp file in the target's directory and an atomic rename ({@link AtomicFile}). */
  public static void atomically(Path target, Body body) {
    AtomicFile.write(
        target,
        temp -> {
          try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
            body.write(out);
          }
        });
  }
}
