package org.isletsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.List;
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
    List<String> lines = Files.readAllLines(csv);
    String[] header = lines.get(0).split(",");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT * FROM read_parquet('" + parquet + "')")) {
      ResultSetMetaData md = rs.getMetaData();
      assertThat(md.getColumnCount()).isEqualTo(header.length);
      for (int j = 0; j < header.length; j++) {
        assertThat(md.getColumnName(j + 1)).isEqualTo(header[j]);
      }
      int row = 1;
      while (rs.next()) {
        String[] cells = lines.get(row++).split(",");
        assertThat(rs.getString(1)).isEqualTo(cells[0]);
        assertThat(rs.getLong(2)).isEqualTo(Long.parseLong(cells[1]));
        for (int j = 2; j < cells.length; j++) {
          assertThat(rs.getDouble(j + 1)).as(header[j] + " row " + row).isEqualTo(Double.parseDouble(cells[j]));
        }
      }
      assertThat(row).isEqualTo(lines.size());
    }
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
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
