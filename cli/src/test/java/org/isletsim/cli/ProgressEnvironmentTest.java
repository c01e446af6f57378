package org.isletsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.isletsim.report.progress.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A value of ISLETSIM_PROGRESS that names no mode was silently ignored; every command that shows progress now
 * stops on it with one line and exit code 2 before any work (nothing simulated, no --out). The variable is set for
 * a child JVM, as a user's shell would.
 */
class ProgressEnvironmentTest {
  @TempDir Path tmp;

  @Test
  void anInvalidValueIsExitCode2BeforeAnyWorkInEveryCommandThatShowsProgress() throws Exception {
    Path protocol = Files.writeString(tmp.resolve("short.yaml"), TrialCommandTest.SHORT);
    List<List<String>> commands = List.of(
        List.of("trial", protocol.toString(), "--patients", "1", "--out", tmp.resolve("trial").toString()),
        List.of("demo", "--replicates", "1", "--out", tmp.resolve("demo").toString()),
        List.of("course", "--patient", "adult#001", "--years", "0.1", "--out", tmp.resolve("course").toString()),
        List.of("simulate", "--patient", "adult#001,adult#002", "--days", "1", "--out", tmp.resolve("simulate.csv").toString()),
        List.of("mmtt", "--patient", "adult#001", "--graft", "../examples/graft/zimislecel-full-dose.yaml", "--day", "3",
            "--course-out", tmp.resolve("course.csv").toString(), "--out", tmp.resolve("mmtt.csv").toString()),
        List.of("candidacy", "../examples/profiles/eligible-severe.yaml", "--twins", "2", "--out", tmp.resolve("cand").toString()),
        List.of("candidacy", "--population", "../examples/populations/adult-clinic.yaml", "--out", tmp.resolve("pop").toString()));
    for (List<String> command : commands) {
      for (boolean quiet : new boolean[] {false, true}) {
        List<String> args = new ArrayList<>(command);
        if (quiet) args.add("--quiet");
        Child c = run("Bars", args);
        assertThat(c.exit()).as(args + ": " + c.err()).isEqualTo(2);
        assertThat(c.err().lines()).as(String.join(" ", args)).containsExactly("isletsim: environment variable"
            + " ISLETSIM_PROGRESS='Bars': not a progress mode; expected bar, log or quiet (any case), or the variable unset");
        assertThat(c.out()).isEmpty();
        try (var files = Files.list(tmp)) {
          assertThat(files.map(f -> f.getFileName().toString())).as("nothing written").containsExactly("short.yaml");
        }
      }
    }
    // a valid value in any case still chooses the mode
    Child ok = run(" LOG ", List.of("simulate", "--patient", "adult#001,adult#002", "--days", "1", "--out",
        tmp.resolve("ok.csv").toString()));
    assertThat(ok.exit()).as(ok.err()).isZero();
    assertThat(ok.err()).contains("simulate: 2 patients to do");
  }

  private record Child(int exit, String out, String err) {}

  private Child run(String progress, List<String> args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), IsletsimCommand.class.getName()));
    cmd.addAll(args);
    Path out = Files.createTempFile("isletsim-env-", ".out"), err = Files.createTempFile("isletsim-env-", ".err");
    try {
      ProcessBuilder b = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
      b.environment().put(Progress.ENV, progress);
      Process p = b.start();
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
      return new Child(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
