package org.isletsim.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableWritersTest {
  private static final List<Column> COLS =
      List.of(Column.string("arm"), Column.integer("replicate"), Column.number("hba1c_pct"));

  @TempDir Path dir;

  @Test
  void csvQuotesTextAndLeavesMissingEmpty() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (TableWriter w = TableWriter.open(TableFormat.CSV, COLS, b)) {
      w.row("A", 1L, 6.5);
      w.row("B, \"high\"", 2, Double.NaN);
      w.row(null, 3L, null);
    }
    assertThat(b.toString(StandardCharsets.UTF_8)).isEqualTo(
        "arm,replicate,hba1c_pct\nA,1,6.5\n\"B, \"\"high\"\"\",2,\n,3,\n");
  }

  /** A table in the style of the trial outputs: fixed decimals, NA for missing, nullable integers. */
  private static final List<Column> STYLED = List.of(Column.integer("replicate"), Column.string("arm").orMissing("NA"),
      Column.integer("count").orMissing("NA"), Column.number("estimate", 6).orMissing("NA"),
      Column.number("tir_pct", 2), Column.string("detail").alwaysQuoted());

  private static Object[] styledRow(int i) {
    return new Object[] {i, i % 5 == 3 ? null : "arm " + (i % 2), i % 3 == 0 ? null : (long) i,
        i % 4 == 1 ? Double.NaN : i / 7.0 - 1, i == 2 ? -0.001 : i * 1.005, "d\"" + i};
  }

  @Test
  void csvFixedDecimalsMissingTextInfinityAndQuoting() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (TableWriter w = TableWriter.open(TableFormat.CSV, STYLED, b)) {
      w.row(1, "A", 3L, 0.25, 1.004, "x");
      w.row(2, null, null, Double.NaN, -0.001, "say \"hi\"");
      w.row(3, "B,C", 0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, null);
    }
    assertThat(b.toString(StandardCharsets.UTF_8)).isEqualTo("replicate,arm,count,estimate,tir_pct,detail\n"
        + "1,A,3,0.250000,1.00,\"x\"\n"
        + "2,NA,NA,NA,0.00,\"say \"\"hi\"\"\"\n" // -0.00 is printed as 0.00
        + "3,\"B,C\",0,Inf,-Inf,\n");
    assertThatThrownBy(() -> new Column("n", Column.Type.LONG, 2, null, false))
        .hasMessageContaining("decimals 2 (only DOUBLE");
    assertThatThrownBy(() -> Column.integer("n").alwaysQuoted()).hasMessageContaining("only STRING");
  }

  @Test
  void nullableColumnsAreNullInParquetAndHoldTheCsvValues() throws Exception {
    Path file = dir.resolve("styled.parquet");
    int n = 23;
    try (var os = Files.newOutputStream(file);
        TableWriter w = new ParquetTableWriter(STYLED, os, 4)) { // 6 row groups, runs crossing them
      for (int i = 0; i < n; i++) {
        w.row(styledRow(i));
      }
    }
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    try (TableWriter w = TableWriter.open(TableFormat.CSV, STYLED, csv)) {
      for (int i = 0; i < n; i++) {
        w.row(styledRow(i));
      }
    }
    String[] lines = csv.toString(StandardCharsets.UTF_8).split("\n");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT replicate, arm, count, estimate, tir_pct, detail, typeof(count)"
            + " FROM read_parquet('" + file + "')")) {
      int i = 0;
      while (rs.next()) {
        String[] cells = lines[i + 1].split(",", -1);
        assertThat(rs.getLong(1)).isEqualTo(i);
        assertThat(rs.getString(2)).isEqualTo(cells[1].equals("NA") ? null : cells[1]);
        assertThat(rs.getObject(3) == null ? "NA" : Long.toString(rs.getLong(3))).isEqualTo(cells[2]);
        assertThat(rs.getObject(4) == null ? "NA" : null).isEqualTo(cells[3].equals("NA") ? "NA" : null);
        if (!cells[3].equals("NA")) {
          assertThat(rs.getDouble(4)).isEqualTo(Double.parseDouble(cells[3]));
        }
        assertThat(rs.getDouble(5)).as("the value as printed in CSV").isEqualTo(Double.parseDouble(cells[4]));
        assertThat('"' + rs.getString(6).replace("\"", "\"\"") + '"').isEqualTo(cells[5]);
        assertThat(rs.getString(7)).isEqualTo("BIGINT");
        i++;
      }
      assertThat(i).isEqualTo(n);
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) - count(count), count(*) - count(estimate),"
            + " count(*) - count(arm), count(*) - count(tir_pct) FROM read_parquet('" + file + "')")) {
      rs.next();
      assertThat(List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
          .as("NULLs: every 3rd count, every 4th estimate, every 5th arm, no tir_pct").containsExactly(8, 6, 4, 0);
    }
  }

  @Test
  void definitionLevelsAreRleRuns() {
    byte[] levels = {1, 1, 1, 0, 0, 1};
    assertThat(ParquetTableWriter.definitionLevels(levels, 6))
        .containsExactly(6, 0, 0, 0, /* 3 x 1 */ 6, 1, /* 2 x 0 */ 4, 0, /* 1 x 1 */ 2, 1);
    byte[] many = new byte[200];
    java.util.Arrays.fill(many, (byte) 1);
    assertThat(ParquetTableWriter.definitionLevels(many, 200)).containsExactly(3, 0, 0, 0, 0x90, 0x03, 1);
  }

  @Test
  void parquetIsReadBackByDuckDbAcrossRowGroups() throws Exception {
    Path file = dir.resolve("t.parquet");
    int n = 10;
    try (var os = Files.newOutputStream(file);
        TableWriter w = new ParquetTableWriter(COLS, os, 3)) { // 4 row groups: 3+3+3+1
      for (int i = 0; i < n; i++) {
        w.row(i % 2 == 0 ? "arm A" : "bras \u00e9", (long) i * 1_000_000_007L, i == 4 ? Double.NaN : 5 + i / 10.0);
      }
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT arm, replicate, hba1c_pct, typeof(arm), typeof(replicate),"
            + " typeof(hba1c_pct) FROM read_parquet('" + file + "')")) {
      int i = 0;
      while (rs.next()) {
        assertThat(rs.getString(1)).isEqualTo(i % 2 == 0 ? "arm A" : "bras \u00e9");
        assertThat(rs.getLong(2)).isEqualTo(i * 1_000_000_007L);
        if (i == 4) {
          assertThat(rs.getDouble(3)).isNaN();
        } else {
          assertThat(rs.getDouble(3)).isEqualTo(5 + i / 10.0);
        }
        assertThat(List.of(rs.getString(4), rs.getString(5), rs.getString(6)))
            .containsExactly("VARCHAR", "BIGINT", "DOUBLE");
        i++;
      }
      assertThat(i).isEqualTo(n);
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM parquet_metadata('" + file + "')")) {
      rs.next();
      assertThat(rs.getInt(1)).as("column chunks = 4 row groups x 3 columns").isEqualTo(12);
    }
  }

  @Test
  void wallClockTimestampsInCsvAndParquet(@TempDir Path dir) throws Exception {
    List<Column> cols = List.of(Column.timestamp("time"), Column.number("v"));
    long t = java.time.LocalDateTime.parse("2024-03-31T02:30:00").toEpochSecond(java.time.ZoneOffset.UTC) * 1000;
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    try (TableWriter w = TableWriter.open(TableFormat.CSV, cols, csv)) {
      w.row(t, 1.5);
      w.row(t + 250, 2.0);
    }
    assertThat(csv.toString(StandardCharsets.UTF_8)).isEqualTo("time,v\n2024-03-31T02:30:00,1.5\n2024-03-31T02:30:00.250,2.0\n");
    Path p = dir.resolve("t.parquet");
    try (var os = Files.newOutputStream(p); TableWriter w = TableWriter.open(TableFormat.PARQUET, cols, os)) {
      w.row(t, 1.5);
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT typeof(time), CAST(time AS VARCHAR) FROM read_parquet('" + p + "')")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("TIMESTAMP"); // no zone: wall-clock time
      assertThat(rs.getString(2)).isEqualTo("2024-03-31 02:30:00");
    }
  }

  @Test
  void emptyParquetTableIsValid() throws Exception {
    Path file = dir.resolve("empty.parquet");
    Tables.write(file, TableFormat.PARQUET, COLS, w -> { });
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM read_parquet('" + file + "')")) {
      rs.next();
      assertThat(rs.getInt(1)).isZero();
    }
  }

  @Test
  void failedWriteKeepsTheEarlierFileAndRowsAreTypeChecked() throws Exception {
    Path file = dir.resolve("t.csv");
    Tables.write(file, TableFormat.CSV, COLS, w -> w.row("A", 1, 6.0));
    String before = Files.readString(file);
    assertThatThrownBy(() -> Tables.write(file, TableFormat.CSV, COLS, w -> {
      w.row("B", 2, 7.0);
      w.row("C", "three", 7.0);
    })).hasMessageContaining("column replicate (LONG): value three of type String");
    assertThat(Files.readString(file)).isEqualTo(before);
    try (var s = Files.list(dir)) {
      assertThat(s).containsExactly(file);
    }
    assertThatThrownBy(() -> TableFormat.parse("--format", "xlsx")).hasMessage("--format xlsx: expected csv or parquet");
    assertThat(TableFormat.parse("--format", "Parquet")).isEqualTo(TableFormat.PARQUET);
    assertThatThrownBy(() -> Column.number("bad name")).isInstanceOf(IllegalArgumentException.class);
  }
}
