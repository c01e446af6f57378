package org.isletsim.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Temporary files and directories that outputs are written into before they are moved into place (no half-written
 * outputs). Each one is registered until it is released or deleted; if the JVM is stopped in between (Ctrl-C,
 * SIGTERM, {@code System.exit}), a shutdown hook deletes what is still registered, so an interrupted run leaves no
 * hidden {@code .NAME.*} directories behind. (SIGKILL runs no hook.)
 */
public final class TempPaths {
  private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(TempPaths::deleteAllLive, "isletsim-temp-cleanup"));
  }

  private TempPaths() {}

  /** A new temporary directory {@code parent/.PREFIX.<random>}, registered. */
  public static Path directory(Path parent, String prefix) throws IOException {
    return register(Files.createTempDirectory(parent, prefix));
  }

  /** A new temporary directory in the system's temporary directory, registered. */
  public static Path directory(String prefix) throws IOException {
    return register(Files.createTempDirectory(prefix));
  }

  /** A new temporary file {@code dir/PREFIX<random>SUFFIX}, registered. */
  public static Path file(Path dir, String prefix, String suffix) throws IOException {
    return register(Files.createTempFile(dir, prefix, suffix));
  }

  /**
   * Registers {@code p}, which the caller has just created (e.g. an output directory that did not exist), so that an
   * interrupted run removes it too; {@link #release} it once the outputs are in place.
   */
  public static Path adopt(Path p) {
    return register(p);
  }

  private static Path register(Path p) {
    LIVE.add(p.toAbsolutePath());
    return p;
  }

  /** {@code p} was moved into place (or is someone else's now): the shutdown hook leaves it alone. */
  public static void release(Path p) {
    LIVE.remove(p.toAbsolutePath());
  }

  /** Deletes {@code p} (a file, or a directory with everything in it), best effort, and releases it. */
  public static void delete(Path p) {
    deleteTree(p);
    release(p);
  }

  private static void deleteAllLive() {
    for (Path p : List.copyOf(LIVE)) deleteTree(p);
  }

  private static void deleteTree(Path p) {
    if (!Files.exists(p)) return;
    try (Stream<Path> s = Files.walk(p)) {
      for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
        try {
          Files.deleteIfExists(q);
        } catch (IOException ignored) {
          // best effort: a writer may still hold it at shutdown
        }
      }
    } catch (IOException | java.io.UncheckedIOException ignored) {
      // best effort
    }
  }
}
