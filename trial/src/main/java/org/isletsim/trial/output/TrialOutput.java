package org.isletsim.trial.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.isletsim.InvalidInputException;
import org.isletsim.trial.TrialOptions;
import org.isletsim.trial.TrialRunner;
import org.isletsim.trial.endpoint.EndpointRow;
import org.isletsim.trial.endpoint.ParticipantOutcome;
import org.isletsim.trial.protocol.Protocol;

/**
 * Writes a trial's outputs: participants.csv, endpoints.csv, events.csv and summary.json are streamed into a
 * temporary directory beside {@code DIR} and moved into {@code DIR} only when all four are complete, so a
 * failed or interrupted run leaves the previous outputs untouched.
 */
public final class TrialOutput implements AutoCloseable {
  public static final List<String> FILES = List.of("participants.csv", "endpoints.csv", "events.csv", "summary.json");
  private final Path dir, temp;
  private final BufferedWriter participants, endpoints, events;
  private final Summary summary;
  private final List<Extra> extras;
  private boolean done;

  /**
   * A further output file written into the same temporary directory and moved with the others (e.g. the HTML
   * report): it sees every replicate and is written after summary.json.
   */
  public interface Extra {
    String fileName();

    void accept(TrialRunner.Replicate r);

    void write(Path file, Summary summary, Protocol protocol, TrialOptions options) throws IOException;
  }

  public TrialOutput(Path dir, Protocol protocol) {
    this(dir, protocol, List.of());
  }

  public TrialOutput(Path dir, Protocol protocol, List<Extra> extras) {
    this.extras = List.copyOf(extras);
    this.dir = dir.toAbsolutePath();
    if (Files.exists(this.dir) && !Files.isDirectory(this.dir)) {
      throw new InvalidInputException("--out: " + dir + " exists and is not a directory");
    }
    try {
      Files.createDirectories(this.dir);
      temp = Files.createTempDirectory(this.dir.getParent(), "." + this.dir.getFileName() + ".");
      participants = open("participants.csv");
      endpoints = open("endpoints.csv");
      events = open("events.csv");
      ParticipantsCsv.header(participants);
      EndpointsCsv.header(endpoints);
      EventsCsv.header(events);
    } catch (IOException e) {
      throw new InvalidInputException("--out: cannot write to " + dir + " (" + e.getMessage() + ")", e);
    }
    summary = new Summary(protocol.success());
  }

  private BufferedWriter open(String name) throws IOException {
    return Files.newBufferedWriter(temp.resolve(name), StandardCharsets.UTF_8);
  }

  /** Appends one finished replicate. */
  public void accept(TrialRunner.Replicate r) {
    try {
      for (List<ParticipantOutcome> outs : r.outcomes().values()) {
        for (ParticipantOutcome o : outs) {
          ParticipantsCsv.row(participants, o);
          EventsCsv.rows(events, o);
        }
      }
      for (EndpointRow row : r.rows()) EndpointsCsv.row(endpoints, row);
      summary.add(r.rows());
      for (Extra x : extras) x.accept(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Summary summary() {
    return summary;
  }

  /** Writes summary.json and moves the four files into place. */
  public void commit(Protocol protocol, TrialOptions options) {
    try {
      participants.close();
      endpoints.close();
      events.close();
      try (BufferedWriter w = open("summary.json")) {
        summary.write(w, protocol, options);
      }
      List<String> files = new java.util.ArrayList<>(FILES);
      for (Extra x : extras) {
        x.write(temp.resolve(x.fileName()), summary, protocol, options);
        files.add(x.fileName());
      }
      for (String f : files) {
        Path src = temp.resolve(f);
        if (src.getFileSystem().supportedFileAttributeViews().contains("posix")) {
          Files.setPosixFilePermissions(src, PosixFilePermissions.fromString("rw-r--r--"));
        }
        try {
          Files.move(src, dir.resolve(f), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(src, dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
      }
      done = true;
    } catch (IOException e) {
      throw new InvalidInputException("--out: cannot write to " + dir + " (" + e.getMessage() + ")", e);
    } finally {
      close();
    }
  }

  @Override
  public void close() {
    try {
      participants.close();
      endpoints.close();
      events.close();
      if (Files.isDirectory(temp)) {
        try (var s = Files.list(temp)) {
          for (Path p : s.toList()) Files.deleteIfExists(p);
        }
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      if (done) throw new UncheckedIOException(e);
    }
  }
}
