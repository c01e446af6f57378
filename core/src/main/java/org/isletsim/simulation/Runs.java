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

  /** Writes one patient's part (a temporary file in the output's directory). */
  @FunctionalInterface
  public interface PartWriter {
    void write(PatientParameters patient, Path part) throws IOException;
  }

  /** Consumes one finished part, in patient order; the part is deleted afterwards. */
  @FunctionalInterface
  public interface PartConsumer {
    void accept(PatientParameters patient, Path part) throws IOException;
  }

  /**
   * The streaming pattern behind every per-patient output: each patient is written by {@code writer} into its
   * own temporary part file in {@code dir}, on {@code threads} threads, and the parts are handed to
   * {@code consumer} in patient order (at most 2 × threads in flight), then deleted. Whatever fails, no part
   * file is left behind. Output built this way does not depend on the thread count and memory does not grow
   * with the number of patients or days.
   */
  public static void inParts(
      List<PatientParameters> patients, int threads, Path dir, PartWriter writer, PartConsumer consumer)
      throws IOException {
    record Part(PatientParameters patient, Path file) {}
    List<Path> parts = new ArrayList<>();
    try {
      OrderedParallel.map(
          patients,
          threads,
          p -> {
            try {
              Path part = Files.createTempFile(dir, ".isletsim-", ".part");
              synchronized (parts) {
                parts.add(part);
              }
              writer.write(p, part);
              return new Part(p, part);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          },
          part -> {
            try {
              consumer.accept(part.patient(), part.file());
              Files.delete(part.file());
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      synchronized (parts) {
        for (Path p : parts) Files.deleteIfExists(p);
      }
    }
  }

  /**
   * Simulates every patient and writes one CSV (header of {@link TraceCsvWriter}) to {@code out}, atomically.
   * The bytes written do not depend on {@code threads}.
   */
  public static void writeTraces(
      List<PatientParameters> patients, SimulationSpec spec, int threads, boolean states, Path out) {
    AtomicFile.write(
        out,
        temp -> {
          try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
            os.write((TraceCsvWriter.header(states) + "\n").getBytes(StandardCharsets.UTF_8));
            inParts(
                patients,
                threads,
                temp.getParent(),
                (p, part) -> writeCsvPart(spec, p, states, part),
                (p, part) -> Files.copy(part, os));
          }
        });
  }

  /** One patient's trace rows as CSV (no header) into {@code part}. */
  public static void writeCsvPart(SimulationSpec spec, PatientParameters p, boolean states, Path part)
      throws IOException {
    try (BufferedWriter pw = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
      spec.subject(p).run(spec.minutes(), new TraceCsvWriter(pw, p.name(), states));
    }
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
