package org.isletsim.cgm.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.isletsim.InvalidInputException;
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
      atomically(target, out -> ParquetSeriesWriter.write(s, out));
    } else if (name.endsWith(".csv")) {
      atomically(target, out -> writeCsv(s, out));
    } else {
      throw new InvalidInputException(target + ": unknown output type; expected a file name ending in .csv or"
          + " .parquet");
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

  /** Writes via a temp file in the target's directory and an atomic rename. */
  public static void atomically(Path target, Body body) {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new InvalidInputException(target + ": directory does not exist; expected an existing output directory");
    }
    Path tmp = null;
    try {
      // not Files.createTempFile: its 0600 mode would survive the move; this one gets the usual umask
      tmp = dir.resolve("." + abs.getFileName() + "." + Long.toUnsignedString(System.nanoTime(), 36) + ".tmp");
      try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp,
          java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE), 1 << 16)) {
        body.write(out);
      }
      try {
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
    } catch (IOException e) {
      throw new InvalidInputException(target + ": cannot write (" + e.getMessage() + "); expected a writable path");
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }
}
