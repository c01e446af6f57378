package org.isletsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code simulate --format parquet}: the CSV's columns and exactly its values, read back by DuckDB. */
class SimulateParquetTest {
  @TempDir Path dir;

  @Test
  void parquetHoldsTheCsvValuesExactly() throws Exception {
    Path csv = dir.resolve("t.csv");
    Path parquet = dir.resolve("t.parquet");
    String[] common = {"simulate", "--patient", "adult#001,child#002", "--days", "1", "--states", "--threads", "2",
        "--quiet"};
    assertThat(CliTest.run(concat(common, "--out", csv.toString())).exit()).isZero();
    CliTest.Run r = CliTest.run(concat(common, "--format", "parquet", "--out", parquet.toString()));
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(TableAssert.parquetEqualsCsv(parquet, csv, "")).startsWith("VARCHAR", "BIGINT", "DOUBLE")
        .hasSize(7 + 13);
  }

  @Test
  void formatFollowsTheFileNameAndAContradictionIsAUsageError() throws Exception {
    Path byName = dir.resolve("n.parquet");
    CliTest.Run r = CliTest.run("simulate", "--patient", "adult#001", "--days", "1", "--out", byName.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(new String(Files.readAllBytes(byName), 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PAR1");
    CliTest.Run bad = CliTest.run("simulate", "--patient", "adult#001", "--days", "1", "--format", "csv", "--out",
        dir.resolve("x.parquet").toString());
    assertThat(bad.exit()).isEqualTo(Cli.EXIT_USAGE);
    assertThat(bad.err()).contains("x.parquet: the name says parquet but --format is csv");
    assertThat(dir.resolve("x.parquet")).doesNotExist();
  }

  @Test
  void unknownFormatIsAUsageError() {
    CliTest.Run r = CliTest.run("simulate", "--patient", "adult#001", "--days", "1", "--format", "xlsx", "--out",
        dir.resolve("x").toString());
    assertThat(r.exit()).isEqualTo(Cli.EXIT_USAGE);
    assertThat(r.err()).contains("--format xlsx: expected csv or parquet");
    assertThat(dir.resolve("x")).doesNotExist();
  }

  private static String[] concat(String[] a, String... b) {
    return TrialCommandTest.concat(a, b);
  }
}
