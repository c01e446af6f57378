package org.isletsim.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.isletsim.InvalidInputException;
import org.isletsim.io.TempPaths;

/**
 * Writes a run's output directory to a local path or to any Hadoop-compatible file system (HDFS, S3A, ABFS, GCS
 * with their connectors on the class path). The files are made in a local directory first, by the same writer
 * as the local runner; for a remote destination they are then copied into a hidden directory beside it and
 * renamed into place one by one, so a failed run leaves no partial file under the destination's names.
 */
final class HadoopOutput {
  /** Fills a local directory. */
  @FunctionalInterface
  interface Fill<T> {
    T into(Path dir) throws IOException;
  }

  private HadoopOutput() {}

  static <T> T write(Configuration conf, String out, Fill<T> fill) {
    try {
      if (SparkTrials.isLocal(out)) return fill.into(Path.of(out));
      FileSystem fs = destination(conf, out); // before the run: a wrong URI is a user error, found at once
      Path staging = TempPaths.directory("isletsim-spark-");
      try {
        Path dir = staging.resolve("out");
        T result = fill.into(dir);
        publish(fs, dir, out);
        return result;
      } finally {
        TempPaths.delete(staging);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The file system of {@code uri}, which must not be a file, and where {@link #publish} can write: a hidden probe
   * directory is made and deleted where its staging directory will go (beside the destination), so a location this
   * user cannot write to (permissions, a file in the way, a read-only store) is a user error before the run rather
   * than after it.
   */
  static FileSystem destination(Configuration conf, String uri) {
    org.apache.hadoop.fs.Path dest = new org.apache.hadoop.fs.Path(uri);
    FileSystem fs;
    try {
      fs = dest.getFileSystem(conf);
      if (fs.exists(dest) && !fs.getFileStatus(dest).isDirectory()) {
        throw new InvalidInputException("--out: " + uri + " exists and is not a directory");
      }
    } catch (IOException e) {
      throw new InvalidInputException("--out: no file system for " + uri + " (" + e.getMessage() + ")", e);
    }
    org.apache.hadoop.fs.Path probe = staging(dest, "probe");
    try {
      if (!fs.mkdirs(probe)) throw new IOException("cannot create " + probe);
    } catch (IOException e) {
      throw new InvalidInputException("--out: cannot write to " + uri + " (" + e.getMessage()
          + "); expected a location this user can create files in", e);
    } finally {
      try {
        fs.delete(probe, true);
      } catch (IOException e) {
        // best effort: only the hidden probe directory is left
      }
    }
    return fs;
  }

  /** A hidden directory beside {@code dest} (in it when it has no parent), unique per call. */
  private static org.apache.hadoop.fs.Path staging(org.apache.hadoop.fs.Path dest, String kind) {
    return new org.apache.hadoop.fs.Path(dest.getParent() == null ? dest : dest.getParent(),
        "." + dest.getName() + "." + kind + "-" + UUID.randomUUID());
  }

  /** Copies the files of {@code dir} into the directory {@code uri} of {@code fs}. */
  static void publish(FileSystem fs, Path dir, String uri) {
    org.apache.hadoop.fs.Path dest = new org.apache.hadoop.fs.Path(uri);
    org.apache.hadoop.fs.Path temp = staging(dest, "staging");
    fs.setWriteChecksum(false); // no .crc files beside the outputs on a local file system
    try {
      fs.mkdirs(dest);
      List<Path> files = new ArrayList<>();
      try (var s = Files.list(dir)) {
        s.sorted().forEach(files::add);
      }
      for (Path f : files) {
        fs.copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(f.toUri()), new org.apache.hadoop.fs.Path(temp, f.getFileName().toString()));
      }
      for (Path f : files) {
        org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(dest, f.getFileName().toString());
        fs.delete(target, false);
        if (!fs.rename(new org.apache.hadoop.fs.Path(temp, f.getFileName().toString()), target)) {
          throw new IOException("cannot rename into " + target);
        }
      }
    } catch (IOException e) {
      throw new InvalidInputException("--out: cannot write to " + uri + " (" + e.getMessage() + ")", e);
    } finally {
      try {
        fs.delete(temp, true);
      } catch (IOException e) {
        // best effort: only the hidden temporary directory is left
      }
    }
  }
}
