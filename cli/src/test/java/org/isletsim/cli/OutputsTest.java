package org.isletsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An --out that cannot be written is found before the run, not after it: one line, exit code 2, no progress, no
 * output and no temporary left behind ({@link Outputs}). Before, simulate and candidacy computed their whole run and
 * failed when they wrote, and no command looked at write permission.
 */
class OutputsTest {
  @TempDir Path tmp;

  private static final String PROFILE = "../examples/profiles/eligible-severe.yaml";

  /** A path under a regular file cannot be created by anyone, root included. */
  @Test
  void anOutUnderAFileIsExitCode2BeforeTheRun() throws Exception {
    Path file = Files.writeString(tmp.resolve("afile"), "x");
    Path population = population();
    Path csv = file.resolve("x.csv"), dir = file.resolve("sub");
    String underFile = ": " + file + " is a file, so the %s cannot be created; expected a path under a directory";
    expectOneLine("--out " + csv + underFile.formatted("file"),
        "simulate", "--patient", "adult#001,adult#002", "--days", "1", "--out", csv.toString());
    for (String[] command : longRuns(dir, population)) {
      expectOneLine("--out " + dir + underFile.formatted("directory"), command);
    }
    // candidacy's --out an existing file was found only when the result was written
    expectOneLine("--out " + file + ": exists and is not a directory; expected a directory",
        "candidacy", PROFILE, "--twins", "2", "--horizon-years", "1", "--threads", "2", "--out", file.toString());
    assertThat(Files.readString(file)).isEqualTo("x");
    assertThat(listing()).containsExactlyInAnyOrder("afile", "pop.yaml");
  }

  /**
   * A directory without write permission, for --out itself, for the directory it would be created in, and (for the
   * writers that make a temporary directory beside --out) for its parent. Root may write there anyway, so the
   * test is skipped when this user can.
   */
  @Test
  void aDirectoryThisUserCannotWriteIsExitCode2BeforeTheRun() throws Exception {
    Path population = population();
    Path ro = Files.createDirectory(tmp.resolve("ro"));
    Path inside = Files.createDirectory(ro.resolve("w")); // writable, in a read-only parent
    Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      Assumptions.assumeFalse(canCreateFileIn(ro), "this user (root?) may write into a directory without write permission");
      String denied = ": cannot create files in " + ro + " (permission denied); expected a directory this user can write to";
      Path csv = ro.resolve("x.csv"), absent = ro.resolve("new").resolve("deeper");
      expectOneLine("--out " + csv + denied, "simulate", "--patient", "adult#001,adult#002", "--days", "1", "--out", csv.toString());
      expectOneLine("--out " + csv + denied, "mmtt", "--patient", "adult#001", "--graft", "../examples/graft/zimislecel-full-dose.yaml",
          "--day", "30", "--course-out", tmp.resolve("c.csv").toString(), "--out", csv.toString());
      for (Path out : List.of(absent, ro)) {
        for (String[] command : longRuns(out, population)) expectOneLine("--out " + out + denied, command);
      }
      // trial, demo and course make their temporary directory beside --out, so its parent must be writable too
      for (String[] command : longRuns(inside, population)) {
        if (!command[0].equals("candidacy")) expectOneLine("--out " + inside + denied, command);
      }
      try (Stream<Path> s = Files.list(ro)) {
        assertThat(s.map(p -> p.getFileName().toString())).containsExactly("w");
      }
      assertThat(inside).isEmptyDirectory();
      assertThat(listing()).containsExactlyInAnyOrder("ro", "pop.yaml");
    } finally {
      Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  /** The commands that run long and write a directory, each with small arguments (the old code ran them). */
  private static List<String[]> longRuns(Path out, Path population) {
    List<String[]> commands = new ArrayList<>();
    commands.add(new String[] {"trial", "cipsc-autologous", "--out", out.toString()});
    commands.add(new String[] {"demo", "--replicates", "1", "--out", out.toString()});
    commands.add(new String[] {"course", "--patient", "adult#001", "--years", "0.1", "--out", out.toString()});
    commands.add(new String[] {"candidacy", PROFILE, "--twins", "2", "--horizon-years", "1", "--threads", "2", "--out", out.toString()});
    commands.add(new String[] {"candidacy", "--population", population.toString(), "--threads", "2", "--out", out.toString()});
    return commands;
  }

  private Path population() throws IOException {
    return Files.writeString(tmp.resolve("pop.yaml"), "name: tiny\nseed: 3\npeople: 2\ntwinsPerPerson: 2\nhorizonYears: 1\n"
        + "severePhenotypeShare: 1\n");
  }

  private static void expectOneLine(String message, String... args) {
    CliTest.Run r = CliTest.run(args);
    assertThat(r.exit()).as(String.join(" ", args) + ": " + r.err()).isEqualTo(2);
    assertThat(r.err().lines()).as(String.join(" ", args)).containsExactly("isletsim: " + message);
    assertThat(r.out()).isEmpty();
  }

  private List<String> listing() throws IOException {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.map(p -> p.getFileName().toString()).toList();
    }
  }

  private static boolean canCreateFileIn(Path dir) {
    try {
      Files.delete(Files.createTempFile(dir, "probe", ".tmp"));
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
