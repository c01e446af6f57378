package org.isletsim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.isletsim.InvalidInputException;
import org.isletsim.io.AtomicFile;
import org.isletsim.io.TempPaths;
import picocli.CommandLine;

/**
 * Checks of output paths made before a command starts its work and its progress, so that bad input stays one
 * line on stderr and a long run does not fail at its end (the writers check again when they write). Outputs are
 * written into temporary files or directories ({@link TempPaths}) and moved into place, so what must be writable
 * is where those temporaries go: each check creates and deletes one there, which answers for permissions, ACLs
 * and read-only file systems alike, as the writer will meet them (root passes wherever root can write).
 */
final class Outputs {
  private Outputs() {}

  /**
   * An output directory whose files are made in a temporary directory beside it and moved into it ({@code trial},
   * {@code demo}, {@code course}): absent (it is created, so its nearest existing ancestor must be a writable
   * directory) or a directory; its parent must be writable for the temporary directory, and it too when it exists.
   */
  static void directory(String option, Path dir) {
    notEmpty(option, dir, "a directory");
    existingDirectoryOrAbsent(option, dir);
    Path abs = dir.toAbsolutePath();
    if (abs.getParent() != null) writable(option, dir, abs.getParent(), "the directory");
    if (Files.isDirectory(abs)) writable(option, dir, abs, "the directory");
  }

  /**
   * An output directory whose files are each written through a temporary file inside it ({@code candidacy}):
   * absent (created in a writable nearest existing ancestor) or a writable directory.
   */
  static void directoryWrittenInPlace(String option, Path dir) {
    notEmpty(option, dir, "a directory");
    existingDirectoryOrAbsent(option, dir);
    writable(option, dir, dir.toAbsolutePath(), "the directory");
  }

  /** An output file, written through a temporary file beside it: absent or a file, in a writable directory (or one that can be created). */
  static void file(String option, Path file, CommandLine.Model.CommandSpec spec) {
    notEmpty(option, file, "a file name");
    // a path typed with a trailing separator means a directory, but the parsed Path has dropped it
    CommandLine.Model.OptionSpec given = spec.commandLine().getParseResult().matchedOption(option);
    java.util.List<String> typed = given == null ? java.util.List.of() : given.originalStringValues();
    String raw = typed.isEmpty() ? null : typed.get(typed.size() - 1);
    if (raw != null && (raw.endsWith("/") || raw.endsWith(java.io.File.separator))) {
      throw new InvalidInputException(option + " " + raw + ": names a directory (it ends with a separator); expected a"
          + " file name, e.g. " + raw + "out.csv");
    }
    if (Files.isDirectory(file)) {
      throw new InvalidInputException(option + " " + file + ": is a directory; expected a file");
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) writable(option, file, parent, "the file");
  }

  /** An empty path is the working directory to Java: an unset variable, most likely, not a choice. */
  private static void notEmpty(String option, Path path, String expected) {
    if (path.toString().isEmpty()) throw new InvalidInputException(option + " '': empty; expected " + expected);
  }

  private static void existingDirectoryOrAbsent(String option, Path dir) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new InvalidInputException(option + " " + dir + ": exists and is not a directory; expected a directory");
    }
  }

  /**
   * {@code where} (absolute), or its nearest existing ancestor when it does not exist yet (where the missing
   * directories would be created), must be a directory in which this user can create files: one line naming
   * {@code option}, the {@code given} path and the directory otherwise. Nothing is left behind either way.
   */
  private static void writable(String option, Path given, Path where, String what) {
    Path existing = where;
    while (!Files.exists(existing) && existing.getParent() != null) existing = existing.getParent();
    if (!Files.isDirectory(existing)) {
      throw new InvalidInputException(option + " " + given + ": " + existing + " is a file, so " + what
          + " cannot be created; expected a path under a directory");
    }
    try {
      TempPaths.delete(TempPaths.file(existing, ".isletsim-write-check.", ".tmp"));
    } catch (IOException e) {
      // the cause without the probe's own name
      throw new InvalidInputException(option + " " + given + ": cannot create files in " + existing + " ("
          + AtomicFile.reason(e, false) + "); expected a directory this user can write to", e);
    }
  }
}
