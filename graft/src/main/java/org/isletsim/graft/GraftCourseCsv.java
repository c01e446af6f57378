package org.isletsim.graft;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.IntConsumer;
import org.isletsim.io.table.Column;
import org.isletsim.io.table.TableWriter;

/** A recipient's day-by-day course ({@link CoupledCourse}) as a table (CSV or Parquet, core's table writer). */
public final class GraftCourseCsv {
  /** Columns, with the decimals printed in CSV. */
  public static final List<Column> COLUMNS = List.of(Column.integer("day"), Column.number("immature_ieq", 1),
      Column.number("mature_ieq", 1), Column.number("infused_ieq", 1), Column.number("beta_fraction", 5),
      Column.number("alpha_fraction", 5), Column.number("insulin_fraction", 4), Column.number("mean_glucose_mgdl", 2),
      Column.number("tir_percent", 2), Column.number("below70_percent", 2), Column.number("below54_percent", 2),
      Column.number("fasting_glucose_mgdl", 2), Column.number("fasting_cpeptide_pmol_l", 2));
  /** Column header of the CSV. */
  public static final String HEADER = String.join(",", COLUMNS.stream().map(Column::name).toList());

  private GraftCourseCsv() {}

  /** The row of one day. */
  public static Object[] row(CoupledCourse.DayRecord r) {
    GraftState s = r.graft();
    return new Object[] {r.day(), s.immatureIeq(), s.matureIeq(), s.infusedIeq(), s.betaFraction(), s.alphaFraction(),
        r.insulinFraction(), r.meanGlucoseMgDl(), r.tirPercent(), r.below70Percent(), r.below54Percent(),
        r.fastingGlucoseMgDl(), r.fastingCpeptidePmolL()};
  }

  /**
   * Simulates days 0..{@code lastDay} and writes one row per day to {@code w} (opened with {@link #COLUMNS});
   * {@code dayDone} is told each finished day (e.g. progress).
   */
  public static void write(TableWriter w, String catalogueId, String recipientKey, long seed, GraftPlan plan,
      int lastDay, IntConsumer dayDone) throws IOException {
    try {
      CoupledCourse.run(catalogueId, recipientKey, seed, plan, lastDay, r -> {
        try {
          w.row(row(r));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        dayDone.accept(r.day());
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
