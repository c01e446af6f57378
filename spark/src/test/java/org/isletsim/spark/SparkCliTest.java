package org.isletsim.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.isletsim.cli.IsletsimCommand;
import org.isletsim.io.table.TableFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code isletsim trial ... --runner spark --master local[2]} against the local runner, through the command line. */
class SparkCliTest {
  static final Path SMALL_TRIAL;

  static {
    try {
      SMALL_TRIAL = Path.of(SparkCliTest.class.getResource("/small-trial.yaml").toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @TempDir Path tmp;

  private static int run(StringWriter out, StringWriter err, String... args) {
    CommandLine cl = IsletsimCommand.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  /** 50 replicates: participants, endpoints, events, summary.json and report.html byte-identical. */
  @Test
  void fiftyReplicatesOnSparkLocal2AreTheLocalRunners() throws Exception {
    StringWriter out = new StringWriter(), err = new StringWriter();
    Path local = tmp.resolve("local"), spark = tmp.resolve("spark");
    assertThat(run(out, err, "trial", SMALL_TRIAL.toString(), "--replicates", "50", "--threads", "2", "--quiet", "--out", local.toString()))
        .as(err.toString()).isZero();
    out = new StringWriter();
    err = new StringWriter();
    int code = run(out, err, "trial", SMALL_TRIAL.toString(), "--replicates", "50", "--runner", "spark", "--master", "local[2]",
        "--out", spark.toString());
    assertThat(code).as(err.toString()).isZero();
    SparkTrialsTest.assertSameFiles(local, spark, TableFormat.CSV);
    assertThat(Files.readAllBytes(spark.resolve("report.html"))).isEqualTo(Files.readAllBytes(local.resolve("report.html")));
    assertThat(err.toString()).contains("trial: 50/50 replicates in ");
    assertThat(out.toString()).contains("small-two-arm: 50 replicate(s), seed 7").contains("report: " + spark.resolve("report.html"));
  }

  @Test
  void userErrorsExitWithCode2() {
    StringWriter out = new StringWriter(), err = new StringWriter();
    assertThat(run(out, err, "trial", SMALL_TRIAL.toString(), "--runner", "hadoop", "--out", tmp.resolve("o").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--runner hadoop: expected local or spark");
    err = new StringWriter();
    assertThat(run(out, err, "trial", SMALL_TRIAL.toString(), "--master", "local[2]", "--out", tmp.resolve("o").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--master: needs --runner spark");
    err = new StringWriter();
    assertThat(run(out, err, "trial", SMALL_TRIAL.toString(), "--out", "hdfs://nn/runs/x")).isEqualTo(2);
    assertThat(err.toString()).contains("--out hdfs://nn/runs/x: a URI needs --runner spark");
    assertThat(tmp.resolve("o")).doesNotExist();
  }

  /** Spark's own refusals are user errors too (exit 2, one line naming the setting), not internal errors. */
  @Test
  void aMasterOrPartitionSettingSparkRefusesIsExitCode2() {
    StringWriter out = new StringWriter(), err = new StringWriter();
    // without --quiet: the error comes before any progress line (the session starts before the progress does)
    assertThat(run(out, err, "trial", SMALL_TRIAL.toString(), "--replicates", "2", "--runner", "spark", "--master", "foo",
        "--out", tmp.resolve("m").toString())).as(err.toString()).isEqualTo(2);
    assertThat(err.toString()).contains("--master foo: Spark could not start a session").doesNotContain("internal error")
        .doesNotContain("replicates");
    System.setProperty(SparkTrials.PARTITIONS, "abc");
    try {
      err = new StringWriter();
      assertThat(run(out, err, "trial", SMALL_TRIAL.toString(), "--replicates", "2", "--runner", "spark", "--master", "local[1]",
          "--out", tmp.resolve("p").toString())).as(err.toString()).isEqualTo(2);
      assertThat(err.toString()).contains(SparkTrials.PARTITIONS + ": expected a whole number >= 1 (got 'abc')")
          .doesNotContain("replicates");
    } finally {
      System.clearProperty(SparkTrials.PARTITIONS);
    }
    assertThat(tmp.resolve("m")).doesNotExist();
  }
}
