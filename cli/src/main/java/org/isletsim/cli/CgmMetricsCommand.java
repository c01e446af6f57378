package org.isletsim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.isletsim.InvalidInputException;
import org.isletsim.cgm.AgpProfile;
import org.isletsim.cgm.CgmMetrics;
import org.isletsim.cgm.EpisodeSummary;
import org.isletsim.cgm.Episodes;
import org.isletsim.cgm.GlucoseSeries;
import org.isletsim.cgm.io.ImportResult;
import org.isletsim.cgm.io.Timestamps;
import org.isletsim.io.table.Column;
import org.isletsim.io.table.TableFormat;
import org.isletsim.io.table.TableWriter;
import org.isletsim.io.table.Tables;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code isletsim cgm metrics FILE...}: one CSV row (or JSON object) of consensus metrics per file. Bad files are
 * reported one line each and listed at the end (exit code 2); the good files still produce results.
 */
@Command(name = "metrics", mixinStandardHelpOptions = true,
    description = "Glycaemic metrics per file (keys as docs/cgm.md); a CSV table on stdout by default, --out for a"
        + " CSV or Parquet file, --json for JSON.")
public final class CgmMetricsCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "CGM exports.")
  List<Path> files;

  @Option(names = "--from", paramLabel = "T", description = "Only readings at or after T (e.g. 2024-05-06 or"
      + " 2024-05-06T08:00), wall-clock time.")
  String from;

  @Option(names = "--to", paramLabel = "T", description = "Only readings before T.")
  String to;

  @Option(names = "--json", description = "JSON: an array with one object per file.")
  boolean json;

  @Option(names = "--per-day", description = "Also report the scalar metrics per calendar day.")
  boolean perDay;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the table to FILE instead of stdout: CSV, or"
      + " Parquet if FILE ends in .parquet (the same columns; not with --json).")
  Path outFile;

  @Mixin CgmImportOptions importOptions;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * The columns of the metrics table before the metrics, typed by meaning: identification and times as text, the
   * censored, duplicate and skipped counts as integers.
   */
  private static final List<Column> ID_COLUMNS = List.of(Column.string("file"), Column.string("format"),
      Column.string("units_in_file"), Column.string("start"), Column.string("end"), Column.integer("low_count"),
      Column.integer("high_count"), Column.integer("duplicate_readings"), Column.integer("skipped_rows"));

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    // numeric dates in --from/--to follow --date-order like the files' (ISO dates are read as such)
    Timestamps.DayMonth order = importOptions.options().dayMonth();
    fromSec = from == null ? Long.MIN_VALUE : parseTime(from, "--from", order);
    toSec = to == null ? Long.MAX_VALUE : parseTime(to, "--to", order);
    if (fromSec >= toSec) {
      throw new InvalidInputException("--from " + from + " is not before --to " + to + "; expected from < to");
    }
    if (json && outFile != null) {
      throw new InvalidInputException("--out writes the table as CSV or Parquet; --json prints JSON on stdout: use one");
    }
    importOptions.options(); // validate the options once: a bad option is one error, not one per file
    List<Map<String, Object>> rows = new ArrayList<>();
    List<String> bad = new ArrayList<>();
    for (Path f : files) {
      try {
        ImportResult r = importOptions.read(f);
        err.println("isletsim: " + r.summary());
        GlucoseSeries s = r.series().window(fromSec, toSec);
        if (s.isEmpty()) {
          throw new InvalidInputException(f + ": no readings between --from and --to; expected readings in"
              + " " + Timestamps.format(r.series().epochSec()[0]) + " .. "
              + Timestamps.format(r.series().epochSec()[r.series().size() - 1]));
        }
        CgmMetrics m = CgmMetrics.of(s);
        rows.add(row(r, s, m));
        String sparse = m.agp().unavailableReason(); // the grid rule of cgm agp and cgm report
        if (sparse != null) {
          List<String> empty = new ArrayList<>();
          m.scalars().forEach((k, v) -> {
            if (v instanceof Double d && d.isNaN()) empty.add(k);
          });
          err.println("isletsim: note: " + f + ": no values for the metrics on the interpolated glucose grid ("
              + String.join(", ", empty) + "), the episodes or the AGP: " + sparse);
        }
      } catch (InvalidInputException e) {
        err.println("isletsim: " + e.getMessage());
        bad.add(f.toString());
      }
      err.flush();
    }
    if (json) {
      ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      out.println(m.writeValueAsString(rows));
    } else if (!rows.isEmpty()) {
      writeTable(rows, out);
    }
    out.flush();
    if (!bad.isEmpty()) {
      if (files.size() > 1) {
        err.println("isletsim: " + bad.size() + " of " + files.size() + " files failed: " + String.join(", ", bad));
        err.flush();
      }
      return Cli.EXIT_USAGE;
    }
    return 0;
  }

  private static long parseTime(String text, String option, Timestamps.DayMonth order) {
    String t = text.length() == 10 ? text + (text.charAt(4) == '-' ? "T00:00:00" : " 00:00") : text;
    return Timestamps.parse(t, order, option, 0);
  }

  private long fromSec = Long.MIN_VALUE, toSec = Long.MAX_VALUE;

  private Map<String, Object> row(ImportResult r, GlucoseSeries s, CgmMetrics m) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("file", r.source());
    o.put("format", r.format());
    o.put("units_in_file", r.unitsInFile().label());
    o.put("start", Timestamps.format(m.startEpochSec()));
    o.put("end", Timestamps.format(m.endEpochSec()));
    // censored values inside the window (the whole file without --from/--to)
    o.put("low_count", r.lowCountBetween(fromSec, toSec));
    o.put("high_count", r.highCountBetween(fromSec, toSec));
    o.put("duplicate_readings", r.duplicateReadings());
    o.put("skipped_rows", r.skipped().values().stream().mapToInt(Integer::intValue).sum());
    m.scalars().forEach((k, v) -> o.put(k, clean(v)));
    Map<String, Object> eps = new LinkedHashMap<>();
    for (String k : Episodes.KEYS) {
      EpisodeSummary e = m.episodes().get(k);
      Map<String, Object> em = new LinkedHashMap<>();
      em.put("total_episodes", e == null ? null : e.totalEpisodes());
      em.put("avg_ep_per_day", e == null ? null : clean(e.avgEpisodesPerDay()));
      em.put("avg_ep_duration", e == null ? null : clean(e.avgEpisodeDurationMin()));
      em.put("avg_ep_gl", e == null ? null : clean(e.avgEpisodeGlucoseMgDl()));
      eps.put(k, em);
    }
    o.put("episodes", eps);
    if (json) {
      o.put("skipped", new java.util.TreeMap<>(r.skipped()));
      Map<String, Object> agp = new LinkedHashMap<>();
      AgpProfile a = m.agp();
      for (int j = 0; j < a.minuteOfDay().length; j++) {
        List<Object> q = new ArrayList<>();
        for (double v : a.percentilesMgDl()[j]) {
          q.add(clean(v));
        }
        agp.put(AgpProfile.label(a.minuteOfDay()[j]), q);
      }
      o.put("agp", agp);
    }
    if (perDay) {
      List<Map<String, Object>> days = new ArrayList<>();
      for (GlucoseSeries d : s.byDay()) {
        Map<String, Object> dm = new LinkedHashMap<>();
        dm.put("day", Timestamps.format(d.epochSec()[0]).substring(0, 10));
        CgmMetrics.of(d).scalars().forEach((k, v) -> dm.put(k, clean(v)));
        days.add(dm);
      }
      o.put("per_day", days);
    }
    return o;
  }

  private static Object clean(Object v) {
    return v instanceof Double d && (d.isNaN() || d.isInfinite()) ? null : v;
  }

  /**
   * The table's columns: {@link #ID_COLUMNS}, {@link CgmMetrics#SCALAR_COLUMNS}, then one
   * {@code <episode>_<field>} column per episode kind and {@link EpisodeSummary#FIELD_COLUMNS} field (with
   * {@code --per-day}, {@code day} first). Each is typed by its declaration, never by the values of a run, so an
   * all-missing column keeps its type; missing values are empty in CSV and NULL in Parquet.
   */
  private List<Column> tableColumns() {
    List<Column> declared = new ArrayList<>();
    if (perDay) {
      declared.add(Column.string("day"));
    }
    declared.addAll(ID_COLUMNS);
    declared.addAll(CgmMetrics.SCALAR_COLUMNS);
    for (String e : Episodes.KEYS) {
      for (Column f : EpisodeSummary.FIELD_COLUMNS) {
        declared.add(new Column(e + "_" + f.name(), f.type()));
      }
    }
    List<Column> columns = new ArrayList<>();
    for (Column c : declared) {
      columns.add(c.orMissing(""));
    }
    return columns;
  }

  /** The table, through core's table writer: one row per file (and per day with --per-day), {@link #tableColumns}. */
  @SuppressWarnings("unchecked")
  private void writeTable(List<Map<String, Object>> rows, PrintWriter out) throws java.io.IOException {
    List<Column> columns = tableColumns();
    List<String> names = columns.stream().map(Column::name).toList();
    List<Map<String, Object>> flat = new ArrayList<>();
    for (Map<String, Object> r : rows) {
      Map<String, Object> f = flatten(r);
      f.put("day", "all");
      flat.add(f);
      if (perDay) {
        for (Map<String, Object> d : (List<Map<String, Object>>) r.get("per_day")) {
          Map<String, Object> fd = new LinkedHashMap<>();
          for (String c : List.of("file", "format", "units_in_file")) {
            fd.put(c, r.get(c));
          }
          fd.putAll(d);
          flat.add(fd);
        }
      }
    }
    Tables.Rows body = w -> {
      for (Map<String, Object> f : flat) {
        Object[] row = new Object[columns.size()];
        for (int j = 0; j < row.length; j++) {
          Object v = f.get(names.get(j));
          Column.Type t = columns.get(j).type();
          row[j] = v == null ? null : t == Column.Type.DOUBLE ? (Object) ((Number) v).doubleValue()
              : t == Column.Type.STRING ? v.toString() : v;
        }
        w.row(row);
      }
    };
    if (outFile != null) {
      TableFormat format = TableFormat.ofFileName(outFile, TableFormat.CSV);
      Tables.write(outFile, format, columns, body);
      return;
    }
    java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream();
    try (TableWriter w = TableWriter.open(TableFormat.CSV, columns, csv)) {
      body.writeTo(w);
    }
    out.print(csv.toString(java.nio.charset.StandardCharsets.UTF_8));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> flatten(Map<String, Object> r) {
    Map<String, Object> flat = new LinkedHashMap<>(r);
    Map<String, Map<String, Object>> eps = (Map<String, Map<String, Object>>) r.get("episodes");
    eps.forEach((k, m) -> m.forEach((f, v) -> flat.put(k + "_" + f, v)));
    return flat;
  }
}
