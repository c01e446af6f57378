package org.isletsim.cgm.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.isletsim.cgm.GlucoseSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our dependency-free Parquet file read back by an independent reader (DuckDB JDBC, test scope only). */
class ParquetWriterTest {
  @TempDir Path dir;

  @Test
  void duckDbReadsBackEveryValue() throws Exception {
    ExportFaker f = ExportFaker.fourteenDays(5, false, false, 3);
    GlucoseSeries s = f.expected();
    Path p = dir.resolve("series.parquet");
    SeriesWriters.write(s, p);
    assertThat(dir.toFile().list()).containsExactly("series.parquet"); // no temp file left behind
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement()) {
      try (ResultSet rs = st.executeQuery("SELECT typeof(time), typeof(glucose_mgdl), count(*) FROM read_parquet('"
          + p + "') GROUP BY ALL")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("TIMESTAMP");
        assertThat(rs.getString(2)).isEqualTo("DOUBLE");
        assertThat(rs.getLong(3)).isEqualTo(s.size());
      }
      try (ResultSet rs = st.executeQuery("SELECT epoch_ms(time), glucose_mgdl FROM read_parquet('" + p
          + "') ORDER BY time")) {
        int i = 0;
        while (rs.next()) {
          assertThat(rs.getLong(1)).isEqualTo(s.epochSec()[i] * 1000L);
          assertThat(rs.getDouble(2)).isEqualTo(s.glucoseMgDl()[i]);
          i++;
        }
        assertThat(i).isEqualTo(s.size());
      }
      try (ResultSet rs = st.executeQuery("SELECT min(time) FROM read_parquet('" + p + "')")) {
        rs.next();
        assertThat(rs.getObject(1, LocalDateTime.class))
            .isEqualTo(LocalDateTime.ofEpochSecond(s.epochSec()[0], 0, ZoneOffset.UTC));
      }
    }
    assertThat(Files.size(p)).isGreaterThan(s.size() * 16L);
  }

  @Test
  void emptyAndSingleReadingSeries() throws Exception {
    GlucoseSeries one = new GlucoseSeries(new long[] {1_700_000_000L}, new double[] {123.5});
    Path p = dir.resolve("one.parquet");
    SeriesWriters.write(one, p);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT glucose_mgdl FROM read_parquet('" + p + "')")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getDouble(1)).isEqualTo(123.5);
      assertThat(rs.next()).isFalse();
    }
  }
}
