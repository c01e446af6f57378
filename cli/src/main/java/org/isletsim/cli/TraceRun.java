package org.isletsim.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
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
import org.isletsim.report.progress.Progress;
import org.isletsim.simulation.OrderedParallel;
import org.isletsim.simulation.SimulationSpec;
import org.isletsim.simulation.TraceCsvWriter;

/**
 * {@code Runs.writeTraces} with a progress callback: the same bytes (one temporary part per patient, concatenated
 * in patient order, moved into place atomically), plus {@link Progress#step()} as each patient finishes.
 * TODO(core): give {@code Runs.writeTraces} an {@code onPatientDone} hook and delete this class.
 */
final class TraceRun {
  private TraceRun() {}

  static void write(List<PatientParameters> patients, SimulationSpec spec, int threads, boolean states, Path out,
      Progress progress) {
    AtomicFile.write(out, temp -> {
      Path dir = temp.getParent();
      List<Path> parts = new ArrayList<>();
      try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
        os.write((TraceCsvWriter.header(states) + "\n").getBytes(StandardCharsets.UTF_8));
        OrderedParallel.map(patients, threads, p -> {
          try {
            Path part = Files.createTempFile(dir, ".isletsim-", ".part");
            synchronized (parts) {
              parts.add(part);
            }
            try (BufferedWriter pw = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
              spec.subject(p).run(spec.minutes(), new TraceCsvWriter(pw, p.name(), states));
            }
            progress.step();
            return part;
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }, part -> {
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
        for (Path p : parts) {
          Files.deleteIfExists(p);
        }
      }
    });
  }
}
