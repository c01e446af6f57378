package org.isletsim.cli;

import static org.assertj.core.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MmttCommandTest {
  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    CommandLine cl = IsletsimCommand.commandLine();
    StringWriter out = new StringWriter(), err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void graftedRecipientWritesTheCourse() throws Exception {
    Path csv = dir.resolve("m.csv");
    Run r = run("mmtt", "--patient", "adult#001", "--graft", "../examples/graft/zimislecel-full-dose.yaml",
        "--day", "180", "--out", csv.toString(), "--hba1c", "6.3", "--course-out", dir.resolve("c.csv").toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<String> course = Files.readAllLines(dir.resolve("c.csv"));
    assertThat(course).hasSize(182);
    assertThat(course.get(0)).startsWith("day,immature_ieq,mature_ieq");
    List<String> lines = Files.readAllLines(csv);
    assertThat(lines.get(0)).startsWith("t_min,glucose_mgdl,cpeptide_pmol_l,insulin_pmol_l");
    assertThat(lines).hasSize(272);
    assertThat(r.out()).contains("peak C-peptide", "beta-score", "Igls 2.0 graft function", "SUITO");
  }

  @Test
  void healthyAndUngraftedSubjects() {
    Run h = run("mmtt", "--patient", "healthy", "--out", dir.resolve("h.csv").toString());
    assertThat(h.code()).isZero();
    assertThat(h.out()).contains("healthy control");
    Run t = run("mmtt", "--patient", "adult#002", "--out", dir.resolve("t.csv").toString());
    assertThat(t.code()).isZero();
    assertThat(t.out()).contains("undetectable");
  }

  /** A healthy control's weight, insulin sensitivity and secretion are drawn from the seed: --seed is honoured. */
  @Test
  void theSeedDrawsTheHealthyControl() throws Exception {
    Run one = run("mmtt", "--patient", "healthy#2", "--seed", "1", "--out", dir.resolve("s1.csv").toString());
    Run two = run("mmtt", "--patient", "healthy#2", "--seed", "2", "--out", dir.resolve("s2.csv").toString());
    Run dflt = run("mmtt", "--patient", "healthy#2", "--out", dir.resolve("d.csv").toString());
    assertThat(List.of(one.code(), two.code(), dflt.code())).containsOnly(0);
    assertThat(one.out()).startsWith("MMTT: healthy#2 (healthy control, native pancreas; seed 1)\n");
    assertThat(two.out()).startsWith("MMTT: healthy#2 (healthy control, native pancreas; seed 2)\n");
    assertThat(Files.mismatch(dir.resolve("s1.csv"), dir.resolve("s2.csv"))).as("another seed, another control").isNotEqualTo(-1L);
    assertThat(Files.mismatch(dir.resolve("s1.csv"), dir.resolve("d.csv"))).as("the default seed is 1").isEqualTo(-1L);
  }

  /** --day without --graft, and --seed for a T1D subject without graft, change nothing: exit 2, nothing written. */
  @Test
  void optionsThatMeanNothingForTheSubjectAreRejected() {
    Path x = dir.resolve("x.csv");
    Run hDay = run("mmtt", "--patient", "healthy", "--day", "30", "--out", x.toString());
    assertThat(hDay.code()).isEqualTo(2);
    assertThat(hDay.err().lines()).containsExactly(
        "isletsim: --day: healthy is a healthy control with no graft course to pick a day of; expected --day only with --graft");
    Run tDay = run("mmtt", "--patient", "adult#002", "--day", "30", "--out", x.toString());
    assertThat(tDay.code()).isEqualTo(2);
    assertThat(tDay.err().lines()).containsExactly(
        "isletsim: --day: adult#002 has no graft course to pick a day of; expected --day only with --graft");
    Run tSeed = run("mmtt", "--patient", "adult#002", "--seed", "7", "--out", x.toString());
    assertThat(tSeed.code()).isEqualTo(2);
    assertThat(tSeed.err().lines()).containsExactly("isletsim: --seed: adult#002 without a graft is the catalogue subject, the"
        + " same for every seed; expected --seed only with --graft or for a healthy control");
    assertThat(run("mmtt", "--patient", "adult#002", "--seed", "1", "--out", x.toString()).code())
        .as("the default value given explicitly is still given").isEqualTo(2);
    assertThat(x).doesNotExist();
  }

  @Test
  void badInputExitsTwoNamingTheField() throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "product: allogeneic-sc-islet\nsite: portal-vein\ninfusions:\n  - {day: 0, dose: -1, unit: cells}\n");
    Run r = run("mmtt", "--patient", "adult#001", "--graft", bad.toString(), "--out", dir.resolve("x.csv").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("bad.yaml: infusions[0].dose: must be > 0");
    Files.writeString(bad, "product: pig-islet\nsite: portal-vein\ninfusions:\n  - {day: 0, dose: 1e9, unit: cells}\n");
    assertThat(run("mmtt", "--patient", "adult#001", "--graft", bad.toString(), "--out", dir.resolve("x.csv").toString()).err())
        .contains("product: unknown product 'pig-islet'");
    Run u = run("mmtt", "--patient", "adult#099", "--out", dir.resolve("x.csv").toString());
    assertThat(u.code()).isEqualTo(2);
    assertThat(u.err()).contains("adult#099");
    assertThat(run("mmtt", "--patient", "healthy", "--graft", bad.toString(), "--out", dir.resolve("x.csv").toString()).code())
        .isEqualTo(2);
    // --course-out the same file as --out (written twice, the course lost): an error before anything is written
    Run same = run("mmtt", "--patient", "adult#001", "--graft", "../examples/graft/zimislecel-full-dose.yaml",
        "--out", dir.resolve("s.csv").toString(), "--course-out", dir.resolve("./s.csv").toString());
    assertThat(same.code()).isEqualTo(2);
    assertThat(same.err()).contains("--course-out").contains("the same file as --out");
    assertThat(dir.resolve("s.csv")).doesNotExist();
    // a missing parent directory is created, as simulate and cgm do (mmtt refused it)
    Run nested = run("mmtt", "--patient", "healthy", "--out", dir.resolve("new/sub/h.csv").toString(), "--quiet");
    assertThat(nested.code()).as(nested.err()).isZero();
    assertThat(dir.resolve("new/sub/h.csv")).exists();
    // a day 270,000 years into the graft course ran for seconds and wrote a result
    Run late = run("mmtt", "--patient", "adult#001", "--graft", "../examples/graft/zimislecel-full-dose.yaml",
        "--day", "100000000", "--out", dir.resolve("late.csv").toString());
    assertThat(late.code()).isEqualTo(2);
    assertThat(late.err().lines()).containsExactly(
        "isletsim: --day: 100000000; expected a day of the graft course, 0 to 3650 (10 years, as course --years)");
    assertThat(dir.resolve("late.csv")).doesNotExist();
  }

  @Test
  void parquetTablesHoldTheCsvValuesAndCourseProgressGoesToStderr() throws Exception {
    String[] common = {"mmtt", "--patient", "adult#003", "--graft", "../examples/graft/zimislecel-full-dose.yaml",
        "--day", "30"};
    Run csv = run(TrialCommandTest.concat(common, "--out", dir.resolve("m.csv").toString(), "--course-out",
        dir.resolve("c.csv").toString()));
    assertThat(csv.code()).as(csv.err()).isZero();
    assertThat(csv.err()).contains("mmtt course: 31 days to do").contains("mmtt course: 31/31 days in");
    Run pq = run(TrialCommandTest.concat(common, "--format", "parquet", "--quiet", "--out",
        dir.resolve("m.parquet").toString(), "--course-out", dir.resolve("c.parquet").toString()));
    assertThat(pq.code()).as(pq.err()).isZero();
    assertThat(pq.err()).isEmpty();
    assertThat(pq.out()).isEqualTo(csv.out().replace("m.csv", "m.parquet").replace("c.csv", "c.parquet"))
        .contains("MMTT time course written to ").contains("; day-by-day course to ");
    assertThat(TableAssert.parquetEqualsCsv(dir.resolve("m.parquet"), dir.resolve("m.csv"), ""))
        .containsExactly("BIGINT", "DOUBLE", "DOUBLE", "DOUBLE", "BIGINT");
    TableAssert.parquetEqualsCsv(dir.resolve("c.parquet"), dir.resolve("c.csv"), "");
    // without --format each file follows its name
    Run mixed = run(TrialCommandTest.concat(common, "--quiet", "--out", dir.resolve("n.parquet").toString(),
        "--course-out", dir.resolve("d.csv").toString()));
    assertThat(mixed.code()).as(mixed.err()).isZero();
    assertThat(Files.mismatch(dir.resolve("d.csv"), dir.resolve("c.csv"))).isEqualTo(-1L);
    assertThat(Files.mismatch(dir.resolve("n.parquet"), dir.resolve("m.parquet"))).isEqualTo(-1L);
    Run bad = run(TrialCommandTest.concat(common, "--format", "parquet", "--out", dir.resolve("x.csv").toString()));
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("--out").contains("x.csv: the name says csv but --format is parquet");
    assertThat(dir.resolve("x.csv")).doesNotExist();
  }
}
