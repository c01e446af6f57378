package org.isletsim.care.course;

import java.util.List;
import org.isletsim.io.table.Column;

/**
 * Something that happened at a time in a course (a row of events.csv).
 *
 * @param day day of the course
 * @param minuteOfDay clock time, minutes after midnight
 * @param type event type, e.g. {@code severe_hypoglycaemia}, {@code dose_reduced}, {@code insulin_stopped},
 *     {@code insulin_restarted}, {@code visit}, {@code neutropenia}
 * @param detail cause or values, free text without commas' meaning (quoted in CSV)
 */
public record CareEvent(int day, int minuteOfDay, String type, String detail) {
  /** Columns of events.csv / events.parquet; time is clock text HH:MM, detail always quoted in CSV. */
  public static final List<Column> COLUMNS = List.of(Column.integer("day"), Column.string("time"), Column.string("type"),
      Column.string("detail").alwaysQuoted());

  public static final String CSV_HEADER = "day,time,type,detail";

  /** The row of {@link #COLUMNS} (double quotes in the detail become single quotes). */
  public Object[] row() {
    return new Object[] {day, String.format(java.util.Locale.ROOT, "%02d:%02d", minuteOfDay / 60, minuteOfDay % 60),
        type, detail.replace("\"", "'")};
  }
}
