package org.isletsim.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.isletsim.InvalidInputException;

/**
 * Writes an output file so that readers never see half of it: the content goes to a temporary file in the
 * target's directory, which is then moved over the target. If writing fails, the temporary file is deleted and
 * an existing target is left as it was.
 */
public final class AtomicFile {
  /** Writes content to a path. */
  @FunctionalInterface
  public interface Body {
    void writeTo(Path temp) throws IOException;
  }

  private AtomicFile() {}

  /** Temporary files are created owner-only; the finished file gets the usual rw-r--r--. */
  private static void readableByAll(Path file) throws IOException {
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  public static void write(Path target, Body body) {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    if (Files.isDirectory(abs)) throw new InvalidInputException("output " + target + " is a directory, expected a file");
    Path temp = null;
    try {
      Files.createDirectories(dir);
      temp = TempPaths.file(dir, "." + abs.getFileName() + ".", ".part");
      body.writeTo(temp);
      readableByAll(temp);
      try {
        Files.move(temp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
      TempPaths.release(temp);
      temp = null;
    } catch (IOException e) {
      throw new InvalidInputException("cannot write " + target + ": " + reason(e, true), e);
    } finally {
      if (temp != null) TempPaths.delete(temp);
    }
  }

  /**
   * What went wrong, in words (the file-system exceptions' messages are often the bare path): a file where a
   * directory should be, "permission denied", "Read-only file system", ...; the file concerned in parentheses when
   * {@code nameTheFile} (a caller probing with a temporary file of its own leaves it out).
   */
  public static String reason(IOException e, boolean nameTheFile) {
    if (e instanceof java.nio.file.FileAlreadyExistsException || e instanceof java.nio.file.NotDirectoryException) {
      return ((java.nio.file.FileSystemException) e).getFile() + " exists and is not a directory";
    }
    String file = nameTheFile && e instanceof java.nio.file.FileSystemException f && f.getFile() != null
        ? " (" + f.getFile() + ")" : "";
    if (e instanceof java.nio.file.AccessDeniedException) return "permission denied" + file;
    if (e instanceof java.nio.file.NoSuchFileException) return "no such file or directory" + file;
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) return f.getReason() + file;
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
