package org.isletsim.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.isletsim.InvalidInputException;
import org.isletsim.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad reference traces are user errors naming the file (and line), not mismatches or bare exceptions. */
class ReferenceTraceInputTest {
  @TempDir Path dir;

  private static String shared(String name) throws IOException {
    try (var in = new GZIPInputStream(Files.newInputStream(SharedData.referenceTraces().resolve(name)))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private Path write(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, text);
    return f;
  }

  @Test
  void aByteOrderMarkIsAcceptedAndTheTraceStillMatches() throws IOException {
    Path f = write("openloop_adult_001.csv", "\uFEFF" + shared("openloop_adult_001.csv.gz"));
    assertThat(ReferenceValidation.compare(ReferenceTrace.read(f)).maxAbsDiffBgMgDl()).isLessThan(0.1);
  }

  @Test
  void badContentNamesTheFileAndLine() throws IOException {
    String[] lines = shared("openloop_adult_001.csv.gz").split("\n");
    int bg = java.util.Arrays.asList(lines[0].split(",")).indexOf("BG");
    String[] row = lines[5].split(",", -1);
    row[bg] = "NaN";
    lines[5] = String.join(",", row);
    Path nan = write("openloop_adult_001.csv", String.join("\n", lines) + "\n");
    assertThatThrownBy(() -> ReferenceTrace.read(nan)).isInstanceOf(InvalidInputException.class)
        .hasMessage(nan + ":6: column BG: 'NaN' is not a finite number");
    String[] swapped = shared("openloop_adult_001.csv.gz").split("\n");
    String t = swapped[3];
    swapped[3] = swapped[4];
    swapped[4] = t;
    Path order = write("openloop_adult_001.csv", String.join("\n", swapped) + "\n");
    assertThatThrownBy(() -> ReferenceValidation.compare(ReferenceTrace.read(order)))
        .hasMessage(order + ":4: t_min 3; expected 2 (rows one minute apart from 0, in order)");
    Path who = write("openloop_adult_042.csv", shared("openloop_adult_001.csv.gz"));
    assertThatThrownBy(() -> ReferenceValidation.compare(ReferenceTrace.read(who)))
        .hasMessageStartingWith(who + ": the file name names unknown patient 'adult#042'");
  }

  @Test
  void brokenGzipAndAFileForTheDirectory() throws IOException {
    Path empty = dir.resolve("bb_adult_001.csv.gz");
    Files.write(empty, new byte[0]);
    assertThatThrownBy(() -> ReferenceTrace.read(empty))
        .hasMessage(empty + ": truncated or empty gzip file; expected a gzip-compressed CSV trace");
    Path plain = dir.resolve("bb_child_001.csv.gz");
    Files.writeString(plain, "t_min,BG\n0,100\n");
    assertThatThrownBy(() -> ReferenceTrace.read(plain)).hasMessageStartingWith(plain + ": not a gzip file");
    Path ok = dir.resolve("ok.csv.gz");
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(ok))) {
      o.write("t_min\n0\n".getBytes(StandardCharsets.UTF_8));
    }
    assertThatThrownBy(() -> ReferenceValidation.referenceFiles(ok))
        .hasMessage(ok + ": is a file; expected the directory that holds the reference traces");
  }
}
