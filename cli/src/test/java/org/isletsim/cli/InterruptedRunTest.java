package org.isletsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run stopped by SIGTERM (what Ctrl-C or a batch system's kill sends) leaves nothing behind: not the hidden
 * temporary directory the outputs were being written into, nor the --out directory it created (before 2026-11-27
 * both stayed).
 */
class InterruptedRunTest {
  @TempDir Path tmp;

  @Test
  void aTrialStoppedBySigtermLeavesNoTemporaryDirectoryAndNoEmptyOut() throws Exception {
    Path out = tmp.resolve("out");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), IsletsimCommand.class.getName(),
        "trial", "zimislecel-phase12", "--replicates", "200", "--threads", "1", "--quiet", "--out", out.toString())
        .redirectErrorStream(true).redirectOutput(tmp.resolve("log.txt").toFile()).start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (temporaries().isEmpty() && p.isAlive() && System.nanoTime() < deadline) Thread.sleep(50);
      assertThat(temporaries()).as("the run started writing").isNotEmpty();
      assertThat(p.isAlive()).isTrue();
    } finally {
      p.destroy(); // SIGTERM: shutdown hooks run
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(temporaries()).isEmpty();
    assertThat(out).doesNotExist();
  }

  private List<String> temporaries() throws java.io.IOException {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.map(x -> x.getFileName().toString()).filter(n -> n.startsWith(".out.")).toList();
    }
  }
}
