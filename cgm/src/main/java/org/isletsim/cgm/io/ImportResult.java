package org.isletsim.cgm.io;

import java.util.Map;
import org.isletsim.cgm.GlucoseSeries;

/**
 * A normalised series and an account of everything that did not become a reading.
 *
 * @param source file name as given by the user
 * @param format importer id, e.g. {@code dexcom_clarity_csv}
 * @param unitsInFile units of the glucose values in the file
 * @param series readings in mg/dL, sorted, identical timestamps averaged
 * @param lowCount 'Low'/'LO' values (dropped, or substituted if asked)
 * @param highCount 'High'/'HI' values (dropped, or substituted if asked)
 * @param duplicateReadings readings merged into another with the identical timestamp
 * @param skipped rows that were not glucose readings, by reason, with counts
 * @param lowTimes timestamps of the 'Low' values (as the series' epoch seconds), so that a window can count its own
 * @param highTimes timestamps of the 'High' values
 */
public record ImportResult(
    String source,
    String format,
    GlucoseUnit unitsInFile,
    GlucoseSeries series,
    int lowCount,
    int highCount,
    int duplicateReadings,
    Map<String, Integer> skipped,
    long[] lowTimes,
    long[] highTimes) {

  public ImportResult {
    skipped = Map.copyOf(skipped);
    lowTimes = lowTimes.clone();
    highTimes = highTimes.clone();
  }

  /** 'Low' values with a timestamp in [fromSec, toSec). */
  public int lowCountBetween(long fromSec, long toSec) {
    return countBetween(lowTimes, fromSec, toSec);
  }

  /** 'High' values with a timestamp in [fromSec, toSec). */
  public int highCountBetween(long fromSec, long toSec) {
    return countBetween(highTimes, fromSec, toSec);
  }

  private static int countBetween(long[] times, long fromSec, long toSec) {
    int n = 0;
    for (long t : times) if (t >= fromSec && t < toSec) n++;
    return n;
  }

  /** One line for humans: what was read, dropped and skipped. */
  public String summary() {
    StringBuilder b = new StringBuilder();
    b.append(source).append(": ").append(format).append(", ").append(series.size()).append(" readings (")
        .append(unitsInFile.label()).append(')');
    if (lowCount + highCount > 0) {
      b.append(", Low ").append(lowCount).append(", High ").append(highCount);
    }
    if (duplicateReadings > 0) {
      b.append(", ").append(duplicateReadings).append(" duplicate timestamps averaged");
    }
    skipped.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> b.append(", skipped ").append(e.getValue()).append(' ').append(e.getKey()));
    return b.toString();
  }
}
