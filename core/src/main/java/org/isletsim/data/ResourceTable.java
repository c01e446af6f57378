package org.isletsim.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small comma-separated table bundled as a class-path resource (the simglucose parameter files; no quoting
 * is needed for them). Rows are looked up by the value of their first column; cells by column name.
 */
public final class ResourceTable {
  /** Class-path folder of the bundled simglucose data (see SOURCE.md there). */
  public static final String SIMGLUCOSE = "/org/isletsim/data/simglucose/";

  private final String resource;
  private final Map<String, Integer> columns;
  private final List<String[]> rows;

  private ResourceTable(String resource, Map<String, Integer> columns, List<String[]> rows) {
    this.resource = resource;
    this.columns = columns;
    this.rows = rows;
  }

  /** Loads a resource such as {@code SIMGLUCOSE + "Quest.csv"}. */
  public static ResourceTable load(String resource) {
    try (InputStream in = ResourceTable.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing bundled resource " + resource);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String header = r.readLine();
      if (header == null) throw new IllegalStateException("empty bundled resource " + resource);
      String[] names = header.split(",", -1);
      Map<String, Integer> cols = new HashMap<>();
      for (int i = 0; i < names.length; i++) cols.put(names[i].trim(), i);
      List<String[]> rows = new ArrayList<>();
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank()) continue;
        String[] cells = line.split(",", -1);
        if (cells.length != names.length) {
          throw new IllegalStateException(resource + ": row has " + cells.length + " cells, expected " + names.length);
        }
        rows.add(cells);
      }
      return new ResourceTable(resource, cols, Collections.unmodifiableList(rows));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int size() {
    return rows.size();
  }

  /** First-column value of row {@code i}. */
  public String key(int i) {
    return rows.get(i)[0];
  }

  /** Index of the row whose first column equals {@code key}, or -1. */
  public int find(String key) {
    for (int i = 0; i < rows.size(); i++) if (rows.get(i)[0].equals(key)) return i;
    return -1;
  }

  public String text(int row, String column) {
    Integer c = columns.get(column);
    if (c == null) throw new IllegalStateException(resource + ": no column " + column);
    return rows.get(row)[c].trim();
  }

  public double number(int row, String column) {
    return Double.parseDouble(text(row, column));
  }

  /** Cell by position (0-based column). */
  public double number(int row, int column) {
    return Double.parseDouble(rows.get(row)[column].trim());
  }
}
