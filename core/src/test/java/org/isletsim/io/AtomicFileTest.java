package org.isletsim.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.isletsim.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
  @TempDir Path dir;

  @Test
  void aFailureLeavesTheEarlierFileAndNoTemporaryFiles() throws Exception {
    Path out = dir.resolve("out.csv");
    Files.writeString(out, "earlier");
    assertThatThrownBy(
            () ->
                AtomicFile.write(
                    out,
                    temp -> {
                      Files.writeString(temp, "half");
                      throw new IOException("disk full");
                    }))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("disk full");
    assertThat(Files.readString(out)).isEqualTo("earlier");
    try (var s = Files.list(dir)) {
      assertThat(s).containsExactly(out);
    }
  }

  @Test
  void writesAndCreatesParentDirectories() throws Exception {
    Path out = dir.resolve("a/b/out.csv");
    AtomicFile.write(out, temp -> Files.writeString(temp, "x"));
    assertThat(Files.readString(out)).isEqualTo("x");
    if (out.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-r--r--");
    }
  }

  @Test
  void aRuntimeFailureAlsoCleansUp() {
    Path out = dir.resolve("r.csv");
    assertThatThrownBy(() -> AtomicFile.write(out, temp -> {
      Files.writeString(temp, "half");
      throw new IllegalStateException("boom");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(out).doesNotExist();
    assertThat(dir.toFile().list()).isEmpty();
  }

  /** A file where a directory should be: the message gave a path and no reason ("cannot write X: X/.."). */
  @Test
  void aFileInTheWayIsSaidInWords() throws Exception {
    Path file = Files.writeString(dir.resolve("file"), "x");
    Path out = file.resolve("out.csv");
    assertThatThrownBy(() -> AtomicFile.write(out, temp -> Files.writeString(temp, "x")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("cannot write " + out + ": " + file + " exists and is not a directory");
    Path deeper = file.resolve("sub/out.csv"); // the JDK names the reason itself here
    assertThatThrownBy(() -> AtomicFile.write(deeper, temp -> Files.writeString(temp, "x")))
        .hasMessageStartingWith("cannot write " + deeper + ": Not a directory");
  }
}
