package org.isletsim.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.isletsim.InvalidInputException;

/**
 * A reference trace produced by simglucose (format of the shared {@code reference/README.md}):
 * {@code openloop_<patient>.csv[.gz]} (one row per minute) or {@code bb_<patient>.csv[.gz]} (one row per
 * 3-minute controller step). Columns are read by name.
 *
 * @param file the file
 * @param kind open loop or basal-bolus
 * @param patient patient id with '#', e.g. {@code adult#001}
 * @param columns column name → values, in row order
 */
public record ReferenceTrace(Path file, Kind kind, String patient, Map<String, double[]> columns) {

  /** The two kinds of reference run. */
  public enum Kind {
    OPEN_LOOP("openloop_"),
    BASAL_BOLUS("bb_");

    final String prefix;

    Kind(String prefix) {
      this.prefix = prefix;
    }
  }

  /** Whether {@code file}'s name is one of a reference trace. */
  public static boolean isReferenceFile(Path file) {
    String n = file.getFileName().toString();
    return (n.endsWith(".csv") || n.endsWith(".csv.gz"))
        && (n.startsWith(Kind.OPEN_LOOP.prefix) || n.startsWith(Kind.BASAL_BOLUS.prefix));
  }

  public double[] column(String name) {
    double[] c = columns.get(name);
    if (c == null) throw new InvalidInputException(file + ": missing column '" + name + "'");
    return c;
  }

  public int rows() {
    return columns.values().iterator().next().length;
  }

  /** Reads a reference trace; errors name the file and line. */
  public static ReferenceTrace read(Path file) {
    String n = file.getFileName().toString();
    Kind kind = n.startsWith(Kind.OPEN_LOOP.prefix) ? Kind.OPEN_LOOP : Kind.BASAL_BOLUS;
    String stem = n.substring(kind.prefix.length()).replaceFirst("\\.csv(\\.gz)?$", "");
    int us = stem.lastIndexOf('_');
    if (us < 0) throw new InvalidInputException(file + ": file name should be " + kind.prefix + "<group>_<NNN>.csv[.gz]");
    String patient = stem.substring(0, us) + "#" + stem.substring(us + 1);
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = n.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String header = r.readLine();
      if (header == null) throw new InvalidInputException(file + ":1: empty file, expected a CSV header");
      if (header.startsWith("\uFEFF")) header = header.substring(1); // a byte-order mark (spreadsheet exports)
      String[] names = header.split(",", -1);
      List<double[]> rows = new ArrayList<>();
      int lineNo = 1;
      for (String line; (line = r.readLine()) != null; ) {
        lineNo++;
        if (line.isBlank()) continue;
        String[] cells = line.split(",", -1);
        if (cells.length != names.length) {
          throw new InvalidInputException(
              file + ":" + lineNo + ": expected " + names.length + " columns, found " + cells.length);
        }
        double[] v = new double[cells.length];
        for (int i = 0; i < cells.length; i++) {
          try {
            v[i] = Double.parseDouble(cells[i]);
          } catch (NumberFormatException e) {
            v[i] = Double.NaN;
          }
          if (!Double.isFinite(v[i])) { // NaN would compare as a mismatch (exit 3), not as the bad input it is
            throw new InvalidInputException(
                file + ":" + lineNo + ": column " + names[i].trim() + ": '" + cells[i] + "' is not a finite number");
          }
        }
        rows.add(v);
      }
      Map<String, double[]> cols = new HashMap<>();
      for (int c = 0; c < names.length; c++) {
        double[] col = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) col[i] = rows.get(i)[c];
        cols.put(names[c].trim(), col);
      }
      if (rows.isEmpty()) throw new InvalidInputException(file + ": no data rows");
      return new ReferenceTrace(file, kind, patient, cols);
    } catch (java.io.EOFException e) {
      throw new InvalidInputException(file + ": truncated or empty gzip file; expected a gzip-compressed CSV trace", e);
    } catch (java.util.zip.ZipException e) {
      throw new InvalidInputException(file + ": not a gzip file (" + e.getMessage() + "); expected a gzip-compressed"
          + " CSV trace", e);
    } catch (IOException e) {
      throw new InvalidInputException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
