package org.isletsim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.isletsim.InvalidInputException;

/**
 * Checks of output paths made before a command starts its work and its progress, so that bad input stays one
 * line on stderr (the writers check again when they write).
 */
final class Outputs {
  private Outputs() {}

  /** An output directory: absent (it is created, so its nearest existing ancestor must be a directory) or a directory. */
  static void directory(String option, Path dir) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new InvalidInputException(option + " " + dir + ": exists and is not a directory; expected a directory");
    }
    for (Path p = dir.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
      if (Files.exists(p)) {
        if (!Files.isDirectory(p)) {
          throw new InvalidInputException(option + " " + dir + ": " + p + " is a file, so the directory cannot be created;"
              + " expected a path under a directory");
        }
        break;
      }
    }
  }

  /** An output file: absent or a file. */
  static void file(String option, Path file) {
    if (Files.isDirectory(file)) {
      throw new InvalidInputException(option + " " + file + ": is a directory; expected a file");
    }
  }
}
