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

  /** Nullable columns: OPTIONAL in Parquet (nulls across row groups, incl. a group of all nulls), empty in CSV. */
  @Test
  void nullableColumnsHoldNulls() throws Exception {
    List<Column> cols = List.of(Column.integer("count").asNullable(), Column.number("v"), Column.string("s").asNullable());
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    try (TableWriter w = TableWriter.open(TableFormat.CSV, cols, csv)) {
      w.row(3, 1.5, "x");
      w.row(null, 2.0, null);
    }
    assertThat(csv.toString(StandardCharsets.UTF_8)).isEqualTo("count,v,s\n3,1.5,x\n,2.0,\n");
    assertThatThrownBy(() -> TableWriter.check(List.of(Column.integer("n")), new Object[] {null})).hasMessageContaining("column n");
    Path file = dir.resolve("n.parquet");
    int n = 21;
    try (var os = Files.newOutputStream(file); TableWriter w = new ParquetTableWriter(cols, os, 10)) {
      for (int i = 0; i < n; i++) {
        boolean missing = i % 3 == 1 || (i >= 10 && i < 20) && i != 15;
        w.row(missing ? null : (long) i, i * 0.5, missing ? null : "s" + i);
      }
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count, v, s FROM read_parquet('" + file + "')")) {
      int i = 0;
      while (rs.next()) {
        boolean missing = i % 3 == 1 || (i >= 10 && i < 20) && i != 15;
        long count = rs.getLong(1);
        assertThat(rs.wasNull()).as("row " + i).isEqualTo(missing);
        if (!missing) {
          assertThat(count).isEqualTo(i);
        }
        assertThat(rs.getDouble(2)).isEqualTo(i * 0.5);
        assertThat(rs.getString(3)).isEqualTo(missing ? null : "s" + i);
        i++;
      }
      assertThat(i).isEqualTo(n);
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
