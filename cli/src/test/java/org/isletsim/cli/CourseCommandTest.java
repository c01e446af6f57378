package org.isletsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseCommandTest {
  @TempDir Path dir;

  @Test
  void writesDailyAndEventsFiles() throws Exception {
    Path out = dir.resolve("course");
    CliTest.Run r = CliTest.run("course", "--patient", "adult#002", "--years", "0.1", "--seed", "3", "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> daily = Files.readAllLines(out.resolve("daily.csv"));
    assertThat(daily.get(0)).startsWith("day,mean_glucose_mgdl,tir_pct,tbr54_pct,insulin_u,she_count,graft_mass_frac");
    assertThat(daily).hasSize(1 + 37);
    assertThat(Files.readAllLines(out.resolve("events.csv")).get(0)).isEqualTo("day,time,type,detail");
    assertThat(Files.readString(out.resolve("events.csv"))).contains(",visit,");
    assertThat(Files.readString(out.resolve("summary.txt"))).contains("patient adult#002");
    assertThat(out.resolve("trace.csv")).doesNotExist();
    try (var s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("course"); // no temporary leftovers
    }
  }

  @Test
  void exampleCarePolicyAndTraceOnRequest() throws Exception {
    Path out = dir.resolve("c2");
    CliTest.Run r = CliTest.run("course", "--patient", "adult#003", "--years", "0.01", "--trace",
        "--care", "../examples/care/mdi-normal-awareness.yaml", "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> trace = Files.readAllLines(out.resolve("trace.csv"));
    assertThat(trace).hasSize(1 + 4 * 1440);
    assertThat(trace.get(1)).startsWith("0,");
    assertThat(trace.get(4 * 1440)).startsWith((4 * 1440 - 1) + ",");
  }

  @Test
  void badPolicyIsAUsageErrorNamingFileLineAndField() throws Exception {
    Path care = dir.resolve("bad.yaml");
    Files.writeString(care, "titration:\n  review_every_dayz: 7\n");
    CliTest.Run r = CliTest.run("course", "--patient", "adult#001", "--years", "1", "--care", care.toString(),
        "--out", dir.resolve("x").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("bad.yaml:2").contains("unknown key 'titration.review_every_dayz'");
    assertThat(dir.resolve("x")).doesNotExist();
  }

  @Test
  void graftPlanMakesARecipientCourse() throws Exception {
    Path out = dir.resolve("g");
    CliTest.Run r = CliTest.run("course", "--patient", "adult#001", "--years", "0.1", "--seed", "5",
        "--graft", "../examples/graft/zimislecel-full-dose.yaml", "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> daily = Files.readAllLines(out.resolve("daily.csv"));
    int col = List.of(daily.get(0).split(",")).indexOf("graft_mass_frac");
    double first = Double.parseDouble(daily.get(1).split(",")[col]);
    double last = Double.parseDouble(daily.get(daily.size() - 1).split(",")[col]);
    assertThat(last).isGreaterThan(first).isGreaterThan(0.01); // the graft matures over the first weeks
    String events = Files.readString(out.resolve("events.csv"));
    assertThat(events).contains("immunosuppression_started").contains("fasting_cpeptide_nmoll=");
  }

  @Test
  void graftAndYearsAreCheckedClearly() {
    CliTest.Run g = CliTest.run("course", "--patient", "adult#001", "--years", "1", "--graft", "g.yaml", "--out", dir.toString());
    assertThat(g.exit()).isEqualTo(2);
    assertThat(g.err()).contains("g.yaml").contains("graft file not found");
    CliTest.Run y = CliTest.run("course", "--patient", "adult#001", "--years", "11", "--out", dir.toString());
    assertThat(y.exit()).isEqualTo(2);
    assertThat(y.err()).contains("--years 11.0: expected 0 < years <= 10");
  }

  @Test
  void parquetTablesHoldTheCsvValuesAndAnEarlierRunsTablesGo() throws Exception {
    Path csv = dir.resolve("csv"), pq = dir.resolve("pq");
    String[] common = {"course", "--patient", "adult#004", "--years", "0.02", "--seed", "4", "--quiet",
        "--graft", "../examples/graft/zimislecel-full-dose.yaml"};
    assertThat(CliTest.run(TrialCommandTest.concat(common, "--trace", "--out", csv.toString())).exit()).isZero();
    CliTest.Run r = CliTest.run(TrialCommandTest.concat(common, "--traces", "--format", "parquet", "--out", pq.toString()));
    assertThat(r.exit()).as(r.err()).isZero();
    TableAssert.parquetEqualsCsv(pq.resolve("daily.parquet"), csv.resolve("daily.csv"), "");
    TableAssert.parquetEqualsCsv(pq.resolve("events.parquet"), csv.resolve("events.csv"), "");
    assertThat(TableAssert.parquetEqualsCsv(pq.resolve("trace.parquet"), csv.resolve("trace.csv"), ""))
        .containsExactly("BIGINT", "DOUBLE", "DOUBLE", "DOUBLE", "DOUBLE");
    assertThat(Files.mismatch(pq.resolve("summary.txt"), csv.resolve("summary.txt"))).isEqualTo(-1L);
    // a CSV run without a trace into the Parquet run's directory: the directory then holds that run only
    assertThat(CliTest.run(TrialCommandTest.concat(common, "--out", pq.toString())).exit()).isZero();
    try (var s = Files.list(pq)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("daily.csv", "events.csv", "summary.txt");
    }
    assertThat(Files.mismatch(pq.resolve("daily.csv"), csv.resolve("daily.csv"))).isEqualTo(-1L);
  }

  @Test
  void progressGoesToStderrOnlyAndQuietSilencesIt() throws Exception {
    Path a = dir.resolve("a"), b = dir.resolve("b");
    CliTest.Run loud = CliTest.run("course", "--patient", "adult#002", "--years", "0.05", "--out", a.toString());
    CliTest.Run quiet = CliTest.run("course", "--patient", "adult#002", "--years", "0.05", "--quiet", "--out", b.toString());
    assertThat(loud.exit()).as(loud.err()).isZero();
    assertThat(loud.err()).contains("course: 18 days to do").contains("course: 18/18 days in");
    assertThat(quiet.err()).isEmpty();
    assertThat(loud.out()).isEqualTo(quiet.out().replace(b.toString(), a.toString()));
    for (String f : new String[] {"daily.csv", "events.csv", "summary.txt"}) {
      assertThat(Files.mismatch(a.resolve(f), b.resolve(f))).as(f).isEqualTo(-1L);
    }
  }
}
