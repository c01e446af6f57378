package org.isletsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An HTML table of already formatted cells. Every body cell carries {@code data-row} and {@code data-col} keys so
 * tests (and readers' scripts) can find a value without depending on layout; numeric-looking cells are
 * right-aligned.
 */
public record Table(String id, String caption, List<String> columns, List<String> rowKeys, List<List<String>> rows)
    implements Block {
  private static final java.util.regex.Pattern NUMERIC = java.util.regex.Pattern.compile("[-+]?[0-9][0-9.,% ()\u2013-]*|\u2013");
  public Table {
    Objects.requireNonNull(id, "id");
    columns = List.copyOf(columns);
    rowKeys = List.copyOf(rowKeys);
    List<List<String>> copy = new ArrayList<>();
    for (List<String> r : rows) {
      if (r.size() != columns.size()) {
        throw new IllegalArgumentException("table " + id + ": row of " + r.size() + " cells, expected "
            + columns.size());
      }
      copy.add(List.copyOf(r));
    }
    rows = List.copyOf(copy);
    if (rowKeys.size() != rows.size()) {
      throw new IllegalArgumentException("table " + id + ": " + rowKeys.size() + " row keys for " + rows.size()
          + " rows");
    }
  }

  /** Starts a table; rows are keyed by their first cell unless {@link Builder#row(String, List)} names a key. */
  public static Builder builder(String id, String caption, String... columns) {
    return new Builder(id, caption, List.of(columns));
  }

  @Override
  public void render(StringBuilder out) {
    out.append("<table class=\"data\" id=\"").append(Html.escape(id)).append("\">\n");
    if (caption != null) {
      out.append("<caption>").append(Html.escape(caption)).append("</caption>\n");
    }
    out.append("<thead><tr>");
    for (String c : columns) {
      out.append("<th scope=\"col\">").append(Html.escape(c)).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (int i = 0; i < rows.size(); i++) {
      out.append("<tr data-row=\"").append(Html.escape(rowKeys.get(i))).append("\">");
      List<String> r = rows.get(i);
      for (int j = 0; j < r.size(); j++) {
        String cell = r.get(j);
        boolean num = cell != null && NUMERIC.matcher(cell).matches();
        out.append(j == 0 ? "<th scope=\"row\"" : "<td").append(" data-col=\"").append(Html.escape(columns.get(j)))
            .append('"').append(num && j > 0 ? " class=\"num\"" : "").append('>').append(Html.escape(cell))
            .append(j == 0 ? "</th>" : "</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  /** Collects rows. */
  public static final class Builder {
    private final String id;
    private final String caption;
    private final List<String> columns;
    private final List<String> keys = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();

    private Builder(String id, String caption, List<String> columns) {
      this.id = id;
      this.caption = caption;
      this.columns = columns;
    }

    public Builder row(String... cells) {
      return row(cells[0], List.of(cells));
    }

    public Builder row(String key, List<String> cells) {
      keys.add(key);
      rows.add(cells);
      return this;
    }

    public Table build() {
      return new Table(id, caption, columns, keys, rows);
    }
  }
}
