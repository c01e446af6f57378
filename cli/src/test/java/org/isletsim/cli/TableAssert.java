package org.isletsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A Parquet table read back by DuckDB holds exactly a CSV table's columns, types and values. */
final class TableAssert {
  private TableAssert() {}

  /**
   * Compares every cell: same column names in order, same number of rows; a CSV cell that is empty or
   * {@code missing} is NULL (or NaN for a required DOUBLE); integers, doubles (as printed), text and wall-clock
   * times are equal. Returns the DuckDB column types, for the caller to check.
   */
  static List<String> parquetEqualsCsv(Path parquet, Path csv, String missing) throws Exception {
    List<List<String>> rows = parse(Files.readString(csv));
    List<String> header = rows.get(0);
    List<String> types = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT * FROM read_parquet('" + parquet + "')")) {
      ResultSetMetaData md = rs.getMetaData();
      List<String> names = new ArrayList<>();
      for (int j = 1; j <= md.getColumnCount(); j++) {
        names.add(md.getColumnName(j));
        types.add(md.getColumnTypeName(j));
      }
      assertThat(names).as(parquet + " columns").isEqualTo(header);
      int r = 1;
      while (rs.next()) {
        assertThat(r).as(parquet + ": more rows than " + csv).isLessThan(rows.size());
        List<String> cells = rows.get(r);
        for (int j = 0; j < header.size(); j++) {
          String cell = cells.get(j);
          String where = parquet.getFileName() + " row " + r + " column " + header.get(j);
          Object v = rs.getObject(j + 1);
          boolean blank = cell.isEmpty() || cell.equals(missing);
          switch (types.get(j)) {
            case "BIGINT" -> assertThat(v == null ? "" : Long.toString(rs.getLong(j + 1))).as(where)
                .isEqualTo(blank ? "" : Long.toString(Long.parseLong(cell)));
            case "DOUBLE" -> {
              if (blank) {
                assertThat(v == null || Double.isNaN(rs.getDouble(j + 1))).as(where + " missing").isTrue();
              } else {
                assertThat(rs.getDouble(j + 1)).as(where).isEqualTo(number(cell));
              }
            }
            case "VARCHAR" -> assertThat(v == null ? missing : rs.getString(j + 1)).as(where).isEqualTo(cell);
            case "TIMESTAMP" -> assertThat(rs.getString(j + 1).replace(' ', 'T')).as(where).startsWith(cell);
            default -> throw new AssertionError(where + ": unexpected type " + types.get(j));
          }
        }
        r++;
      }
      assertThat(r).as(parquet + " rows").isEqualTo(rows.size());
    }
    return types;
  }

  private static double number(String cell) {
    return switch (cell) {
      case "Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      default -> Double.parseDouble(cell);
    };
  }

  /** RFC 4180: quoted fields with doubled quotes, commas and line breaks inside quotes. */
  static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          cell.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (ch == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else if (ch != '\r') {
        cell.append(ch);
      }
    }
    if (cell.length() > 0 || !row.isEmpty()) {
      row.add(cell.toString());
      rows.add(row);
    }
    return rows;
  }
}
