package org.isletsim.care.course;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.isletsim.InvalidInputException;
import org.isletsim.io.TempPaths;
import org.isletsim.io.table.Column;
import org.isletsim.io.table.TableFormat;
import org.isletsim.io.table.TableWriter;
import org.isletsim.io.table.Tables;
import org.isletsim.simulation.MinuteSink;

/**
 * Writes one course into a directory: {@code daily}, {@code events}, {@code summary.txt} and, on request,
 * {@code trace} (one row per minute), the tables as CSV or Parquet through core's table writer. Rows are streamed
 * as the course runs (nothing is held in memory); everything goes to a temporary directory beside the target and
 * is moved in only when the course has finished, so a failed run leaves an earlier result untouched. Tables of an
 * earlier run that this run does not write (the other format, a trace) are then removed, so the directory holds
 * one run.
 */
public final class CourseFiles {
  /** Columns of trace.csv / trace.parquet. */
  public static final List<Column> TRACE_COLUMNS = List.of(Column.integer("t_min"), Column.number("bg_mgdl", 3),
      Column.number("cgm_mgdl", 1), Column.number("cho_g_per_min", 1), Column.number("insulin_u_per_min", 5));
  private static final List<String> TABLES = List.of("daily", "events", "trace");

  private CourseFiles() {}

  /** Runs {@code runner} for {@code days} days into {@code outDir}, with CSV tables. */
  public static CourseResult write(CourseRunner runner, int days, boolean trace, Path outDir) {
    return write(runner, days, trace, outDir, TableFormat.CSV, CourseOutput.NONE);
  }

  /**
   * Runs {@code runner} for {@code days} days into {@code outDir}, with the tables in {@code format}; {@code also}
   * sees every day and event as they are written (e.g. progress).
   */
  public static CourseResult write(CourseRunner runner, int days, boolean trace, Path outDir, TableFormat format,
      CourseOutput also) {
    Path target = outDir.toAbsolutePath();
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw new InvalidInputException("--out " + outDir + " is a file, expected a directory");
    }
    Path temp = null;
    try {
      Files.createDirectories(target.getParent());
      temp = TempPaths.directory(target.getParent(), "." + target.getFileName() + ".");
      CourseResult result;
      try (TableWriter daily = Tables.open(temp.resolve(file("daily", format)), format, DailySummary.COLUMNS);
          TableWriter events = Tables.open(temp.resolve(file("events", format)), format, CareEvent.COLUMNS);
          TableWriter minutes = trace ? Tables.open(temp.resolve(file("trace", format)), format, TRACE_COLUMNS) : null) {
        if (minutes != null) {
          runner.withTrace(new TraceSink(minutes));
        }
        result = runner.run(days, new CourseOutput() {
          @Override
          public void day(DailySummary s) {
            row(daily, s.row());
            also.day(s);
          }

          @Override
          public void event(CareEvent e) {
            row(events, e.row());
            also.event(e);
          }
        });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      Files.writeString(temp.resolve("summary.txt"), summary(result));
      Files.createDirectories(target);
      List<Path> written;
      try (Stream<Path> files = Files.list(temp)) {
        written = files.toList();
      }
      for (Path f : written) {
        f.toFile().setReadable(true, false);
        move(f, target.resolve(f.getFileName()));
      }
      for (String table : TABLES) {
        for (TableFormat any : TableFormat.values()) {
          if (!written.contains(temp.resolve(file(table, any)))) Files.deleteIfExists(target.resolve(file(table, any)));
        }
      }
      return result;
    } catch (IOException e) {
      throw new InvalidInputException("cannot write " + outDir + ": " + e.getMessage(), e);
    } finally {
      if (temp != null) TempPaths.delete(temp);
    }
  }

  static String summary(CourseResult r) {
    return String.format(Locale.ROOT,
        "patient %s%ndays %d%nsevere_hypoglycaemia %d (%.2f per person-year; %d from day 90)%n"
            + "mean_glucose_mgdl %.1f%ntir_pct %.1f%ntbr54_pct %.2f%nhba1c_model_pct day0 %.2f end %.2f%n"
            + "insulin_u_per_day %.1f%ninsulin_free_days %d%nfirst_insulin_stop_day %d%n",
        r.patient(), r.days(), r.sheEvents(), r.sheRatePerYear(), r.sheEventsAfterDay90(), r.meanGlucoseMgDl(),
        r.tirPct(), r.tbr54Pct(), r.hba1cStartPct(), r.hba1cEndPct(), r.insulinUPerDay(), r.insulinFreeDays(),
        r.firstInsulinStopDay());
  }

  private static String file(String table, TableFormat format) {
    return table + "." + format.extension();
  }

  private static void row(TableWriter w, Object... values) {
    try {
      w.row(values);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Per-minute rows of the course. */
  private record TraceSink(TableWriter w) implements MinuteSink {
    @Override
    public Detail detail() {
      return Detail.GLUCOSE;
    }

    @Override
    public void minute(long t, double bg, double plasma, double cgm, double cho, double ins, double[] state) {
      row(w, t, bg, cgm, cho, ins);
    }
  }
}
