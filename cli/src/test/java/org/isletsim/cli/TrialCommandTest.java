package org.isletsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TrialCommandTest {
  /** A 20-day protocol of one arm of two (line 6: the population's phenotype). */
  static final String SHORT = """
      name: short
      seed: 5
      followUpDays: 20
      visits: [0, 20]
      population:
        phenotype: severe-hypoglycaemia
      arms:
        - name: a
          participants: 2
          product: allogeneic-sc-islet
          dose: {value: 0.8e9, unit: cells}
          site: portal-vein
          immunosuppression: {regimen: glucocorticoid-free}
      endpoints: [hba1c, cgm]
      """;

  @TempDir Path tmp;

  private int run(StringWriter out, StringWriter err, String... args) {
    CommandLine cl = IsletsimCommand.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @Test
  void runsAPresetAndWritesTheFourFiles() {
    StringWriter out = new StringWriter(), err = new StringWriter();
    int code = run(out, err, "trial", "cipsc-autologous", "--out", tmp.resolve("o").toString(), "--seed", "3", "--threads", "2");
    assertThat(code).as(err.toString()).isZero();
    for (String f : new String[] {"participants.csv", "endpoints.csv", "events.csv", "summary.json", "report.html"}) {
      assertThat(tmp.resolve("o").resolve(f)).exists();
    }
    assertThat(out.toString()).contains("cipsc-autologous: 1 replicate(s), seed 3").contains("P(success")
        .contains("report: " + tmp.resolve("o").resolve("report.html"));
  }

  /** --threads follows the rule of every command: 0 = all processors; negative or above 256 is exit 2. */
  @Test
  void threadsZeroMeansAllProcessors() {
    StringWriter out = new StringWriter(), err = new StringWriter();
    assertThat(run(out, err, "trial", "cipsc-autologous", "--out", tmp.resolve("t0").toString(), "--threads", "0", "--quiet"))
        .as(err.toString()).isZero();
    StringWriter err2 = new StringWriter();
    assertThat(run(new StringWriter(), err2, "trial", "cipsc-autologous", "--out", tmp.resolve("t1").toString(), "--threads", "-1"))
        .isEqualTo(2);
    assertThat(err2.toString()).contains("--threads -1: expected 1..256, or 0 for all processors");
    assertThat(tmp.resolve("t1")).doesNotExist();
  }

  /** Without --threads a trial uses every processor, as simulate, candidacy, demo and bench do (it used one). */
  @Test
  void threadsDefaultToAllProcessors() {
    TrialCommand c = new TrialCommand();
    new CommandLine(c).parseArgs("zimislecel-phase12", "--out", tmp.resolve("d").toString());
    assertThat(c.threads).isZero();
    assertThat(Threads.resolve(c.threads)).isEqualTo(Runtime.getRuntime().availableProcessors());
  }

  /**
   * Absurd run sizes are one line and exit 2 before any work: 2e9 replicates ran out of memory with a stack trace
   * (exit 1), 1e9 ran silently for minutes.
   */
  @Test
  void replicateAndParticipantCountsHaveLimits() {
    String[][] cases = {
        {"trial", "cipsc-autologous", "--replicates", "2000000000", "--out"},
        {"trial", "cipsc-autologous", "--replicates", "0", "--out"},
        {"trial", "cipsc-autologous", "--patients", "2000000000", "--out"},
        {"demo", "--replicates", "1000001", "--out"}};
    String[] expected = {"--replicates: 2000000000 replicate trials; expected 1 to 1000000",
        "--replicates: 0 replicate trials; expected 1 to 1000000",
        "--patients: 2000000000 participants per arm; expected 1 to 100000",
        "--replicates: 1000001 replicate trials; expected 1 to 1000000"};
    for (int i = 0; i < cases.length; i++) {
      StringWriter err = new StringWriter();
      String[] args = java.util.Arrays.copyOf(cases[i], cases[i].length + 1);
      args[args.length - 1] = tmp.resolve("big" + i).toString();
      assertThat(run(new StringWriter(), err, args)).as(err.toString()).isEqualTo(2);
      assertThat(err.toString().lines()).containsExactly("isletsim: " + expected[i]);
      assertThat(tmp.resolve("big" + i)).doesNotExist();
    }
  }

  /** Without the spark module on the class path (as in this module's tests), --runner spark is a user error. */
  @Test
  void sparkRunnerMissingIsExitCode2() {
    StringWriter out = new StringWriter(), err = new StringWriter();
    assertThat(run(out, err, "trial", "cipsc-autologous", "--runner", "spark", "--out", tmp.resolve("o").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--runner spark: this runner is not on the class path").contains("docs/spark.md");
    assertThat(err.toString().lines()).as("one line, no progress before it").hasSize(1);
    assertThat(tmp.resolve("o")).doesNotExist();
  }

  /**
   * Errors that are known before anything is simulated come before progress starts: one line (or the protocol's
   * problem list), exit 2, and no output directory.
   */
  @Test
  void screeningThatCannotFillAnArmIsExitCode2BeforeProgress() throws Exception {
    Path f = tmp.resolve("few.yaml");
    Files.writeString(f, SHORT.replace("phenotype: severe-hypoglycaemia", "phenotype: severe-hypoglycaemia\n  maxScreened: 3")
        .replace("participants: 2", "participants: 4"));
    StringWriter out = new StringWriter(), err = new StringWriter();
    assertThat(run(out, err, "trial", f.toString(), "--out", tmp.resolve("o").toString(), "--replicates", "2")).isEqualTo(2);
    assertThat(err.toString().lines()).containsExactly("isletsim: few.yaml:7: population.maxScreened: replicate 1, arm a: 3 of the"
        + " 4 participants needed were eligible among 3 screened candidates (screen failures: none); expected the arm filled"
        + " within maxScreened = 3 candidates: raise population.maxScreened, widen population.eligibility or enrol fewer participants");
    assertThat(out.toString()).isEmpty();
    assertThat(tmp.resolve("o")).doesNotExist();

    // the arm size given by --patients is the one screened for
    Files.writeString(f, Files.readString(f).replace("participants: 4", "participants: 1"));
    StringWriter err2 = new StringWriter();
    assertThat(run(new StringWriter(), err2, "trial", f.toString(), "--out", tmp.resolve("o").toString(), "--patients", "9"))
        .isEqualTo(2);
    assertThat(err2.toString().lines()).singleElement().asString()
        .startsWith("isletsim: few.yaml:7: population.maxScreened: replicate 1, arm a: 3 of the 9 participants needed")
        .doesNotContain("trial:");
    assertThat(tmp.resolve("o")).doesNotExist();

    // eligibility nobody meets: the protocol's problem list, also before progress
    Files.writeString(f, Files.readString(f).replace("maxScreened: 3", "eligibility: {weightKg: {max: 20}}"));
    StringWriter err3 = new StringWriter();
    assertThat(run(new StringWriter(), err3, "trial", f.toString(), "--out", tmp.resolve("o").toString())).isEqualTo(2);
    assertThat(err3.toString().lines()).containsExactly("isletsim: 1 problem in protocol:",
        "few.yaml:7: population.eligibility.weightKg: no generated severe-hypoglycaemia candidate meets this criterion (0 of 2000)");
    assertThat(tmp.resolve("o")).doesNotExist();

    // an --out under a file cannot be created: also known before the run
    Path file = Files.writeString(tmp.resolve("afile"), "x");
    StringWriter err4 = new StringWriter();
    assertThat(run(new StringWriter(), err4, "trial", "cipsc-autologous", "--out", file.resolve("sub").toString())).isEqualTo(2);
    assertThat(err4.toString().lines()).containsExactly("isletsim: --out " + file.resolve("sub") + ": " + file
        + " is a file, so the directory cannot be created; expected a path under a directory");
  }

  @Test
  void tracesAreReplicateOnesParticipantsReplayedAndAReRunWithoutThemRemovesThem() throws Exception {
    Path f = tmp.resolve("short.yaml");
    Files.writeString(f, SHORT);
    Path o = tmp.resolve("t");
    StringWriter out = new StringWriter(), err = new StringWriter();
    int code = run(out, err, "trial", f.toString(), "--out", o.toString(), "--replicates", "2", "--traces", "--quiet");
    assertThat(code).as(err.toString()).isZero();
    java.util.List<String> lines = Files.readAllLines(o.resolve("traces.csv"));
    assertThat(lines.get(0)).isEqualTo("replicate,arm,participant,t_min,bg_mgdl,cgm_mgdl,cho_g_per_min,insulin_u_per_min");
    java.util.Set<String> traced = new java.util.TreeSet<>(), enrolled = new java.util.TreeSet<>();
    for (String l : lines.subList(1, lines.size())) traced.add(l.split(",")[2]);
    for (String l : Files.readAllLines(o.resolve("participants.csv"))) if (l.startsWith("1,")) enrolled.add(l.split(",")[2]);
    assertThat(traced).isEqualTo(enrolled).hasSize(2);
    assertThat(lines).hasSize(1 + 2 * 21 * 1440); // every minute of days 0..20
    assertThat(lines.get(1)).startsWith("1,a,").contains(",0,");
    // the same run without --traces leaves no traces behind
    assertThat(run(out, err, "trial", f.toString(), "--out", o.toString(), "--replicates", "2", "--quiet")).isZero();
    assertThat(o.resolve("traces.csv")).doesNotExist();
  }

  @Test
  void protocolErrorsExitWithCode2AndListEveryProblem() throws Exception {
    Path f = tmp.resolve("bad.yaml");
    Files.writeString(f, """
        name: bad
        followUpDays: 180
        visits: [0, 365]
        arms:
          - name: a
            participants: 2
            product: allogeneic-sc-islet
            site: portal-vein
            immunosuppression: {regimen: glucocorticoid-free}
        endpoints: [primary-2025, wellbeing]
        """);
    StringWriter out = new StringWriter(), err = new StringWriter();
    int code = run(out, err, "trial", f.toString(), "--out", tmp.resolve("o").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .contains("bad.yaml:3: visits[1]: visit on day 365 is after the end of follow-up")
        .contains("bad.yaml:5: arms[0].dose: is required")
        .contains("bad.yaml:10: endpoints[1]: unknown endpoint 'wellbeing'")
        .contains("followUpDays: primary-2025 needs follow-up to day 365");
    assertThat(tmp.resolve("o")).doesNotExist();
  }

  @Test
  void unknownPresetIsExitCode2() {
    StringWriter out = new StringWriter(), err = new StringWriter();
    assertThat(run(out, err, "trial", "no-such-preset", "--out", tmp.resolve("o").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("not a preset");
  }

  @Test
  void outputThatIsAFileIsExitCode2() throws Exception {
    Path f = Files.writeString(tmp.resolve("file"), "x");
    StringWriter out = new StringWriter(), err = new StringWriter();
    assertThat(run(out, err, "trial", "cipsc-autologous", "--out", f.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("exists and is not a directory");
    assertThat(err.toString().lines()).as("one line, no progress before it").hasSize(1);
    CliTest.Run course = CliTest.run("course", "--patient", "adult#001", "--years", "1", "--out", f.toString());
    assertThat(course.exit()).isEqualTo(2);
    assertThat(course.err().lines()).containsExactly("isletsim: --out " + f + ": exists and is not a directory; expected a directory");
    CliTest.Run sim = CliTest.run("simulate", "--patient", "adult#001,adult#002", "--days", "1", "--out", tmp.toString());
    assertThat(sim.exit()).isEqualTo(2);
    assertThat(sim.err().lines()).containsExactly("isletsim: --out " + tmp + ": is a directory; expected a file");
  }

  @Test
  void parquetTablesHoldTheCsvValuesAndReplaceAnEarlierRunsCsv() throws Exception {
    Path csv = tmp.resolve("csv"), pq = tmp.resolve("pq");
    String[] common = {"trial", "zimislecel-phase12", "--patients", "1", "--replicates", "2", "--threads", "2", "--quiet"};
    assertThat(run(new StringWriter(), new StringWriter(), concat(common, "--out", csv.toString()))).isZero();
    // an earlier CSV run in the same directory: its tables must not survive beside the Parquet ones
    assertThat(run(new StringWriter(), new StringWriter(), concat(common, "--out", pq.toString()))).isZero();
    StringWriter err = new StringWriter();
    assertThat(run(new StringWriter(), err, concat(common, "--format", "parquet", "--out", pq.toString()))).as(err.toString()).isZero();
    try (var files = Files.list(pq)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("participants.parquet",
          "endpoints.parquet", "events.parquet", "summary.json", "report.html");
    }
    for (String table : new String[] {"participants", "endpoints", "events"}) {
      TableAssert.parquetEqualsCsv(pq.resolve(table + ".parquet"), csv.resolve(table + ".csv"), "NA");
    }
    assertThat(TableAssert.parquetEqualsCsv(pq.resolve("endpoints.parquet"), csv.resolve("endpoints.csv"), "NA"))
        .containsExactly("BIGINT", "VARCHAR", "VARCHAR", "BIGINT", "BIGINT", "DOUBLE", "DOUBLE", "DOUBLE");
    for (String f : new String[] {"summary.json", "report.html"}) {
      assertThat(Files.mismatch(csv.resolve(f), pq.resolve(f))).as(f).isEqualTo(-1L);
    }
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
        java.sql.Statement st = c.createStatement();
        java.sql.ResultSet rs = st.executeQuery("SELECT count(*), count(count) FROM read_parquet('"
            + pq.resolve("endpoints.parquet") + "') WHERE endpoint LIKE '%_median'")) {
      rs.next();
      assertThat(rs.getInt(1)).isPositive();
      assertThat(rs.getInt(2)).as("count is NULL (NA in CSV) for continuous rows").isZero();
    }
  }

  @Test
  void progressGoesToStderrOnlyAndQuietSilencesIt() throws Exception {
    Path a = tmp.resolve("a"), b = tmp.resolve("b");
    StringWriter outA = new StringWriter(), errA = new StringWriter(), outB = new StringWriter(), errB = new StringWriter();
    String[] common = {"trial", "cipsc-autologous", "--replicates", "3", "--threads", "2"};
    assertThat(run(outA, errA, concat(common, "--out", a.toString()))).isZero();
    assertThat(run(outB, errB, concat(common, "--quiet", "--out", b.toString()))).isZero();
    assertThat(errA.toString()).contains("trial: 3 replicates to do\n").contains("trial: 3/3 replicates in ");
    assertThat(errB.toString()).isEmpty();
    assertThat(outB.toString()).isEmpty(); // --quiet: no summary either
    assertThat(outA.toString()).startsWith("cipsc-autologous: 3 replicate(s)");
    for (String f : new String[] {"participants.csv", "endpoints.csv", "events.csv", "summary.json", "report.html"}) {
      assertThat(Files.mismatch(a.resolve(f), b.resolve(f))).as(f).isEqualTo(-1L);
    }
  }

  @Test
  void badFormatIsExitCode2BeforeAnythingIsWritten() {
    StringWriter out = new StringWriter(), err = new StringWriter();
    assertThat(run(out, err, "trial", "cipsc-autologous", "--format", "xlsx", "--out", tmp.resolve("o").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--format xlsx: expected csv or parquet");
    assertThat(tmp.resolve("o")).doesNotExist();
  }

  static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
