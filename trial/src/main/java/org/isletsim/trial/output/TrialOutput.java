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
import org.isletsim.io.TempPaths;
import org.isletsim.io.table.TableFormat;
import org.isletsim.io.table.TableWriter;
import org.isletsim.io.table.Tables;
import org.isletsim.trial.TrialOptions;
import org.isletsim.trial.TrialRunner;
import org.isletsim.trial.endpoint.EndpointRow;
import org.isletsim.trial.endpoint.ParticipantOutcome;
import org.isletsim.trial.protocol.Protocol;

/**
 * Writes a trial's outputs: the participants, endpoints and events tables (CSV or Parquet, through core's table
 * writer) and summary.json are streamed into a temporary directory beside {@code DIR} and moved into {@code DIR}
 * only when all are complete, so a failed or interrupted run leaves the previous outputs untouched. The tables of
 * the other format left by an earlier run are removed after the move, so DIR never mixes two runs.
 */
public final class TrialOutput implements AutoCloseable {
  /** The outputs with CSV tables. */
  public static final List<String> FILES = files(TableFormat.CSV);
  private final Path dir, temp;
  private final boolean createdDir; // --out did not exist: removed again if the run does not complete
  private final TableFormat format;
  private final TableWriter participants, endpoints, events;
  private Summary summary;
  private final boolean pooledElsewhere;
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
    this(dir, protocol, extras, TableFormat.CSV);
  }

  /** Outputs with the tables in {@code format}. */
  public TrialOutput(Path dir, Protocol protocol, List<Extra> extras, TableFormat format) {
    this(dir, protocol, extras, format, false);
  }

  /**
   * @param pooledElsewhere true when the run's summary is pooled elsewhere (the Spark runner pools on its
   *     executors) and given to {@link #commit(Protocol, TrialOptions, Summary)}; false to pool the replicates
   *     passed to {@link #accept}
   */
  public TrialOutput(Path dir, Protocol protocol, List<Extra> extras, TableFormat format, boolean pooledElsewhere) {
    this.pooledElsewhere = pooledElsewhere;
    this.extras = List.copyOf(extras);
    this.format = format;
    this.dir = dir.toAbsolutePath();
    if (Files.exists(this.dir) && !Files.isDirectory(this.dir)) {
      throw new InvalidInputException("--out: " + dir + " exists and is not a directory");
    }
    try {
      createdDir = !Files.exists(this.dir);
      Files.createDirectories(this.dir);
      if (createdDir) TempPaths.adopt(this.dir);
      temp = TempPaths.directory(this.dir.getParent(), "." + this.dir.getFileName() + ".");
      participants = Tables.open(temp.resolve(table("participants", format)), format, ParticipantsCsv.COLUMNS);
      endpoints = Tables.open(temp.resolve(table("endpoints", format)), format, EndpointsCsv.COLUMNS);
      events = Tables.open(temp.resolve(table("events", format)), format, EventsCsv.COLUMNS);
    } catch (IOException e) {
      throw new InvalidInputException("--out: cannot write to " + dir + " (" + e.getMessage() + ")", e);
    }
    summary = new Summary(protocol.success());
  }

  /** The outputs other than extras: the three tables in {@code format}, then summary.json. */
  public static List<String> files(TableFormat format) {
    return List.of(table("participants", format), table("endpoints", format), table("events", format), "summary.json");
  }

  private static String table(String name, TableFormat format) {
    return name + "." + format.extension();
  }

  private BufferedWriter open(String name) throws IOException {
    return Files.newBufferedWriter(temp.resolve(name), StandardCharsets.UTF_8);
  }

  /** Appends one finished replicate. */
  public void accept(TrialRunner.Replicate r) {
    try {
      for (List<ParticipantOutcome> outs : r.outcomes().values()) {
        for (ParticipantOutcome o : outs) {
          participants.row(ParticipantsCsv.row(o));
          EventsCsv.rows(events, o);
        }
      }
      for (EndpointRow row : r.rows()) endpoints.row(EndpointsCsv.row(row));
      if (!pooledElsewhere) summary.add(r.rows());
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
    if (pooledElsewhere) throw new IllegalStateException("the summary is pooled elsewhere: commit with it");
    commit(protocol, options, summary);
  }

  /** As {@link #commit(Protocol, TrialOptions)}, with the run's summary pooled elsewhere. */
  public void commit(Protocol protocol, TrialOptions options, Summary pooled) {
    summary = pooled;
    try {
      participants.close();
      endpoints.close();
      events.close();
      try (BufferedWriter w = open("summary.json")) {
        summary.write(w, protocol, options);
      }
      List<String> files = new java.util.ArrayList<>(files(format));
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
      for (TableFormat other : TableFormat.values()) {
        if (other != format) {
          for (String f : files(other)) if (!files.contains(f)) Files.deleteIfExists(dir.resolve(f));
        }
      }
      // an earlier run's traces (--traces) are not this run's
      for (TableFormat any : TableFormat.values()) {
        String t = TrialTraces.fileName(any);
        if (!files.contains(t)) Files.deleteIfExists(dir.resolve(t));
      }
      done = true;
      if (createdDir) TempPaths.release(dir);
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
    } catch (IOException e) {
      if (done) throw new UncheckedIOException(e);
    } finally {
      TempPaths.delete(temp);
      if (createdDir && !done) TempPaths.delete(dir); // nothing of this run was moved into it
    }
  }
}
