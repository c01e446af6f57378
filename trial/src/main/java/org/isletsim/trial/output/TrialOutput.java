package org.isletsim.trial.output;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.isletsim.InvalidInputException;
import org.isletsim.io.table.TableFormat;
import org.isletsim.io.table.TableWriter;
import org.isletsim.trial.TrialOptions;
import org.isletsim.trial.TrialRunner;
import org.isletsim.trial.protocol.Protocol;

/**
 * Writes a trial's outputs: the participants, endpoints and events tables ({@link TrialTable}, CSV or Parquet)
 * and summary.json are streamed into a temporary directory beside {@code DIR} and moved into {@code DIR} only
 * when all are complete, so a failed or interrupted run leaves the previous outputs untouched.
 */
public final class TrialOutput implements AutoCloseable {
  /** The files of a CSV run. */
  public static final List<String> FILES = files(TableFormat.CSV);
  private final Path dir, temp;
  private final TableFormat format;
  private final Map<TrialTable, OutputStream> streams = new EnumMap<>(TrialTable.class);
  private final Map<TrialTable, TableWriter> writers = new EnumMap<>(TrialTable.class);
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

  /** The files of a run in {@code format}: the three tables, then summary.json. */
  public static List<String> files(TableFormat format) {
    List<String> l = new ArrayList<>();
    for (TrialTable t : TrialTable.values()) l.add(t.fileName(format));
    l.add("summary.json");
    return List.copyOf(l);
  }

  public TrialOutput(Path dir, Protocol protocol) {
    this(dir, protocol, List.of());
  }

  public TrialOutput(Path dir, Protocol protocol, List<Extra> extras) {
    this(dir, protocol, TableFormat.CSV, extras, false);
  }

  /**
   * @param format format of the tables
   * @param pooledElsewhere true when the run's summary is pooled elsewhere (the Spark runner pools on its
   *     executors) and given to {@link #commit(Protocol, TrialOptions, Summary)}; false to pool the replicates
   *     passed to {@link #accept}
   */
  public TrialOutput(Path dir, Protocol protocol, TableFormat format, List<Extra> extras, boolean pooledElsewhere) {
    this.extras = List.copyOf(extras);
    this.format = format;
    this.dir = dir.toAbsolutePath();
    if (Files.exists(this.dir) && !Files.isDirectory(this.dir)) {
      throw new InvalidInputException("--out: " + dir + " exists and is not a directory");
    }
    try {
      Files.createDirectories(this.dir);
      temp = Files.createTempDirectory(this.dir.getParent(), "." + this.dir.getFileName() + ".");
      for (TrialTable t : TrialTable.values()) {
        OutputStream os = new BufferedOutputStream(Files.newOutputStream(temp.resolve(t.fileName(format))), 1 << 16);
        streams.put(t, os);
        writers.put(t, format == TableFormat.CSV ? new TrialCsvWriter(t.columns(), os) : TableWriter.open(format, t.columns(), os));
      }
    } catch (IOException e) {
      closeStreams();
      throw new InvalidInputException("--out: cannot write to " + dir + " (" + e.getMessage() + ")", e);
    }
    this.pooledElsewhere = pooledElsewhere;
    summary = new Summary(protocol.success());
  }

  private BufferedWriter open(String name) throws IOException {
    return Files.newBufferedWriter(temp.resolve(name), StandardCharsets.UTF_8);
  }

  /** Appends one finished replicate. */
  public void accept(TrialRunner.Replicate r) {
    for (TrialTable t : TrialTable.values()) {
      TableWriter w = writers.get(t);
      t.rows(r, cells -> {
        try {
          w.row(cells);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    if (!pooledElsewhere) summary.add(r.rows());
    for (Extra x : extras) x.accept(r);
  }

  public Summary summary() {
    return summary;
  }

  /** Writes summary.json and moves the files into place. */
  public void commit(Protocol protocol, TrialOptions options) {
    if (pooledElsewhere) throw new IllegalStateException("the summary is pooled elsewhere: commit with it");
    commit(protocol, options, summary);
  }

  /** As {@link #commit(Protocol, TrialOptions)}, with the run's summary pooled elsewhere. */
  public void commit(Protocol protocol, TrialOptions options, Summary pooled) {
    summary = pooled;
    try {
      for (TrialTable t : TrialTable.values()) {
        writers.get(t).close();
        streams.get(t).close();
      }
      try (BufferedWriter w = open("summary.json")) {
        summary.write(w, protocol, options);
      }
      List<String> files = new ArrayList<>(files(format));
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

  private void closeStreams() {
    for (OutputStream os : streams.values()) {
      try {
        os.close();
      } catch (IOException e) {
        // the temporary directory is removed next; a failed close loses nothing that was to be kept
      }
    }
  }

  @Override
  public void close() {
    closeStreams();
    try {
      if (temp != null && Files.isDirectory(temp)) {
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
