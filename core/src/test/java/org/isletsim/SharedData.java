package org.isletsim;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared reference data (../shared beside the repository; surefire sets isletsim.shared). */
public final class SharedData {
  private SharedData() {}

  public static Path root() {
    String prop = System.getProperty("isletsim.shared");
    Path p = prop != null ? Path.of(prop) : Path.of("..", "..", "shared");
    if (!Files.isDirectory(p)) {
      throw new IllegalStateException("shared reference data not found at " + p.toAbsolutePath()
          + " (expected the shared/ folder beside the repository)");
    }
    return p;
  }

  public static Path referenceTraces() {
    return root().resolve("data/simglucose/reference");
  }
}
