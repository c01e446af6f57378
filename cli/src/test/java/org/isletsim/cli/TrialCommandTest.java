package org.isletsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TrialCommandTest {
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

  /** --format parquet: the same rows as CSV, typed (DuckDB reads them back), endpoints' count NULL where CSV has NA. */
  @Test
  void parquetTablesHoldTheCsvRows() throws Exception {
    StringWriter out = new StringWriter(), err = new StringWriter();
    Path csv = tmp.resolve("csv"), pq = tmp.resolve("pq");
    assertThat(run(out, err, "trial", "cipsc-autologous", "--out", csv.toString(), "--seed", "3", "--replicates", "2", "--quiet")).isZero();
    assertThat(run(out, err, "trial", "cipsc-autologous", "--out", pq.toString(), "--seed", "3", "--replicates", "2", "--quiet",
        "--format", "parquet")).as(err.toString()).isZero();
    for (String f : new String[] {"participants.parquet", "endpoints.parquet", "events.parquet", "summary.json", "report.html"}) {
      assertThat(pq.resolve(f)).exists();
    }
    assertThat(Files.readString(pq.resolve("summary.json"))).isEqualTo(Files.readString(csv.resolve("summary.json")));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      for (String t : new String[] {"participants", "endpoints", "events"}) {
        List<String> lines = Files.readAllLines(csv.resolve(t + ".csv"));
        try (ResultSet rs = st.executeQuery("SELECT * FROM read_parquet('" + pq.resolve(t + ".parquet") + "')")) {
          assertThat(String.join(",", columns(rs))).isEqualTo(lines.get(0));
          int n = 0;
          while (rs.next()) {
            n++;
            if (t.equals("endpoints")) {
              String[] cells = lines.get(n).split(",");
              assertThat(rs.getString("endpoint")).isEqualTo(cells[2]);
              long count = rs.getLong("count");
              assertThat(rs.wasNull() ? "NA" : Long.toString(count)).isEqualTo(cells[4]);
              assertThat(String.format(java.util.Locale.ROOT, "%.6f", rs.getDouble("estimate"))).isIn(cells[5], "NaN");
            }
          }
          assertThat(n).as(t).isEqualTo(lines.size() - 1);
        }
      }
    }
  }

  private static List<String> columns(ResultSet rs) throws Exception {
    List<String> l = new ArrayList<>();
    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) l.add(rs.getMetaData().getColumnName(i));
    return l;
  }

  /** Without the spark module on the class path (as in this module's tests), --runner spark is a user error. */
  @Test
  void sparkRunnerMissingIsExitCode2() {
    StringWriter out = new StringWriter(), err = new StringWriter();
    assertThat(run(out, err, "trial", "cipsc-autologous", "--runner", "spark", "--out", tmp.resolve("o").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--runner spark: this runner is not on the class path").contains("docs/spark.md");
    assertThat(run(out, err, "trial", "cipsc-autologous", "--format", "xlsx", "--out", tmp.resolve("o").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--format xlsx: expected csv or parquet");
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
  }
}
