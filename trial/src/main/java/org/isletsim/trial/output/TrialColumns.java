package org.isletsim.trial.output;

import org.isletsim.io.table.Column;

/**
 * Column styles shared by the trial tables, so that CSV and Parquet hold the same values: numbers with 6 fixed
 * decimals and {@code NA} when undefined (NULL in Parquet), yes/no as 1/0 integers.
 */
final class TrialColumns {
  static final String NA = "NA";

  private TrialColumns() {}

  /** A number printed with 6 decimals; NaN is NA (NULL in Parquet). */
  static Column number(String name) {
    return Column.number(name, 6).orMissing(NA);
  }

  /** An integer (flags 0/1, counts, days). */
  static Column integer(String name) {
    return Column.integer(name);
  }

  static Column text(String name) {
    return Column.string(name);
  }

  static long flag(boolean b) {
    return b ? 1 : 0;
  }
}
