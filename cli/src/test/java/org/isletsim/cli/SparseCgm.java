package org.isletsim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** A CGM export too sparse for the 5-minute grid: one reading an hour for three days (generic CSV). */
final class SparseCgm {
  private SparseCgm() {}

  static Path hourly(Path dir) throws IOException {
    StringBuilder text = new StringBuilder("timestamp,glucose\n");
    for (int h = 0; h < 72; h++) {
      text.append(String.format(Locale.ROOT, "2024-03-%02dT%02d:00:00,%d%n", 1 + h / 24, h % 24, 100 + h % 30));
    }
    return Files.writeString(dir.resolve("hourly.csv"), text.toString());
  }
}
