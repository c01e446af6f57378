package org.isletsim.simulation;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.isletsim.io.AtomicFile;
import org.isletsim.physiology.PatientParameters;

/**
 * Runs a specification over many patients in parallel with results in patient order: per-minute traces to
 * one CSV file (streamed through one temporary file per patient, so memory does not grow with the run), or
 * per-patient summaries.
 */
public final class Runs {
  private Runs() {}

  /**
   * Simulates every patient and writes one CSV (header of {@link TraceCsvWriter}) to {@code out}, atomically.
   * The bytes written do not depend on {@code threads}.
   */
  public static void writeTraces(
      List<PatientParameters> patients, SimulationSpec spec, int threads, boolean states, Path out) {
    AtomicFile.write(
        out,
        temp -> {
          Path dir = temp.getParent();
          List<Path> parts = new ArrayList<>();
          try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
            os.write((TraceCsvWriter.header(states) + "\n").getBytes(StandardCharsets.UTF_8));
            OrderedParallel.map(
                patients,
                threads,
                p -> {
                  Path part = null;
                  try {
                    part = Files.createTempFile(dir, ".isletsim-", ".part");
                    synchronized (parts) {
                      parts.add(part);
                    }
                    try (BufferedWriter pw = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
                      spec.subject(p).run(spec.minutes(), new TraceCsvWriter(pw, p.name(), states));
                    }
                    return part;
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                },
                part -> {
                  try {
                    Files.copy(part, os);
                    Files.delete(part);
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                });
          } catch (UncheckedIOException e) {
            throw e.getCause();
          } finally {
            for (Path p : parts) Files.deleteIfExists(p);
          }
        });
  }

  /** Simulates every patient and returns their summaries in patient order. */
  public static List<GlucoseSummary> summaries(List<PatientParameters> patients, SimulationSpec spec, int threads) {
    List<GlucoseSummary> out = new ArrayList<>();
    OrderedParallel.map(
        patients,
        threads,
        p -> {
          GlucoseSummary.Accumulator acc = new GlucoseSummary.Accumulator(p.name());
          spec.subject(p).run(spec.minutes(), acc);
          return acc.summary();
        },
        out::add);
    return out;
  }
}
