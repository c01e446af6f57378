package org.isletsim.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.isletsim.io.AtomicFile;
import org.isletsim.physiology.PatientParameters;
import org.isletsim.physiology.StateIndex;
import org.isletsim.report.progress.Progress;
import org.isletsim.io.table.Column;
import org.isletsim.io.table.TableFormat;
import org.isletsim.io.table.TableWriter;
import org.isletsim.simulation.MinuteSink;
import org.isletsim.simulation.Runs;
import org.isletsim.simulation.SimulationSpec;
import org.isletsim.simulation.TraceCsvWriter;

/**
 * {@code Runs.writeTraces} with a progress callback and a Parquet option. CSV: the same bytes as
 * {@code Runs.writeTraces} (one temporary text part per patient, concatenated in patient order). Parquet: each
 * worker streams its patient's minutes to a temporary binary part; the in-order consumer streams the parts into one
 * Parquet file with the CSV's columns ({@code patient} text, {@code t_min} integer, the rest doubles). Memory stays
 * bounded by one Parquet row group whatever the run length; the file is moved into place atomically.
 * Both formats use core's {@link Runs#inParts} streaming pattern.
 */
final class TraceRun {
  private TraceRun() {}

  /** The trace columns, as the CSV header of {@link TraceCsvWriter}. */
  static List<Column> columns(boolean states) {
    List<Column> cols = new ArrayList<>();
    for (String name : TraceCsvWriter.header(states).split(",")) {
      cols.add(switch (name) {
        case "patient" -> Column.string(name);
        case "t_min" -> Column.integer(name);
        default -> Column.number(name);
      });
    }
    return cols;
  }

  static void write(List<PatientParameters> patients, SimulationSpec spec, int threads, boolean states, Path out,
      Progress progress) {
    write(patients, spec, threads, states, out, TableFormat.CSV, progress);
  }

  static void write(List<PatientParameters> patients, SimulationSpec spec, int threads, boolean states, Path out,
      TableFormat format, Progress progress) {
    boolean csv = format == TableFormat.CSV;
    AtomicFile.write(out, temp -> {
      try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
          TableWriter table = csv ? null : TableWriter.open(format, columns(states), os)) {
        if (csv) {
          os.write((TraceCsvWriter.header(states) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Runs.inParts(patients, threads, temp.getParent(), (p, part) -> {
          if (csv) {
            Runs.writeCsvPart(spec, p, states, part);
          } else {
            try (DataOutputStream d = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(part),
                1 << 16))) {
              spec.subject(p).run(spec.minutes(), binarySink(d, states));
            }
          }
          progress.step();
        }, (p, part) -> {
          if (csv) {
            Files.copy(part, os);
          } else {
            copyRows(p.name(), part, table, states);
          }
        });
      }
    });
  }

  /** Per minute: t_min, then the CSV's doubles in column order (bg, cgm, cho, insulin, plasma[, states]). */
  private static MinuteSink binarySink(DataOutputStream d, boolean states) {
    return (tMin, bg, plasma, cgm, cho, insulin, state) -> {
      try {
        d.writeLong(tMin);
        d.writeDouble(bg);
        d.writeDouble(cgm);
        d.writeDouble(cho);
        d.writeDouble(insulin);
        d.writeDouble(plasma);
        if (states) {
          for (int i = 0; i < StateIndex.COUNT; i++) {
            d.writeDouble(state[i]);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  private static void copyRows(String patient, Path part, TableWriter table, boolean states) throws IOException {
    int doubles = 5 + (states ? StateIndex.COUNT : 0);
    Object[] row = new Object[2 + doubles];
    row[0] = patient;
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(part),
        1 << 16))) {
      while (true) {
        long t;
        try {
          t = in.readLong();
        } catch (EOFException end) {
          return;
        }
        row[1] = t;
        for (int i = 0; i < doubles; i++) {
          row[2 + i] = in.readDouble();
        }
        table.row(row);
      }
    }
  }
}
