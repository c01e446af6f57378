package org.isletsim.cgm.io;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.isletsim.InvalidInputException;
import org.isletsim.cgm.GlucoseSeries;

/**
 * Accumulates readings as printed in the file (primitive arrays, no boxing), counts Low/High and skipped rows, and
 * builds the normalised mg/dL series: unit conversion, plausibility check against mixed units, sort, duplicate
 * averaging. One instance per file.
 */
public final class ReadingCollector {
  /** Plausible glucose as printed, per unit; values outside mean the file mixes units or is corrupt. */
  static final double MIN_MGDL = 20;
  static final double MAX_MGDL = 1000;
  static final double MIN_MMOL = 1.0;
  static final double MAX_MMOL = 55;

  private final String source;
  private final ImportOptions options;
  /**
   * Longest gap between two consecutive readings that is taken as real (a year); a longer one is a mistyped date
   * (2042 for 2024), which would otherwise make the analysis grid thousands of years long.
   */
  static final long MAX_GAP_SEC = 366L * 86400;

  private long[] t = new long[1024];
  private double[] v = new double[1024];
  private long[] lines = new long[1024]; // the line of each numeric reading (-1: censored, no line kept)
  private long[] lowTimes = new long[16], highTimes = new long[16]; // censored values' timestamps
  private int n;
  private int lowCount;
  private int highCount;
  private double minRaw = Double.POSITIVE_INFINITY;
  private double maxRaw = Double.NEGATIVE_INFINITY;
  private long minLine;
  private long maxLine;
  private final Map<String, Integer> skipped = new TreeMap<>();
  private boolean dateOrderSettled;
  private String ambiguousDate; // the first timestamp that reads differently day first and month first
  private long ambiguousDateLine;

  public ReadingCollector(String source, ImportOptions options) {
    this.source = source;
    this.options = options;
  }

  public ImportOptions options() {
    return options;
  }

  /**
   * Parses a reading's timestamp with the import's date order and zone. With the default order (day first, month
   * first with AM/PM: a guess) it also watches whether some date settles the order (a number above 12); a file whose
   * numeric dates all stay within 1–12 can be read either way, and {@link #build} refuses it rather than guess.
   */
  public long time(String text, long line) {
    long t = Timestamps.parse(text, options.dayMonth(), source, line, options.zoneOrUtc());
    if (options.dayMonth() == Timestamps.DayMonth.DAY_FIRST && !dateOrderSettled) {
      int evidence = Timestamps.dateOrderEvidence(text);
      if (evidence == Timestamps.ORDER_SETTLED) {
        dateOrderSettled = true;
      } else if (evidence == Timestamps.ORDER_AMBIGUOUS && ambiguousDate == null) {
        ambiguousDate = text.trim();
        ambiguousDateLine = line;
      }
    }
    return t;
  }

  public int size() {
    return n;
  }

  /** A numeric reading as printed in the file (units resolved in {@link #build}). */
  public void add(long epochSec, double raw, long line) {
    grow();
    t[n] = epochSec;
    v[n] = raw;
    lines[n] = line;
    n++;
    if (raw < minRaw) {
      minRaw = raw;
      minLine = line;
    }
    if (raw > maxRaw) {
      maxRaw = raw;
      maxLine = line;
    }
  }

  /**
   * A censored reading ('Low'/'High' text). Dropped by default (iglu); with device limits it becomes the limit, given
   * in mg/dL and converted back to file units so that the later conversion restores it exactly.
   */
  public void addCensored(long epochSec, boolean high, double deviceLimitMgDl, GlucoseUnit fileUnits) {
    if (high) {
      if (highCount == highTimes.length) highTimes = Arrays.copyOf(highTimes, highCount * 2);
      highTimes[highCount++] = epochSec;
    } else {
      if (lowCount == lowTimes.length) lowTimes = Arrays.copyOf(lowTimes, lowCount * 2);
      lowTimes[lowCount++] = epochSec;
    }
    if (options.substituteDeviceLimits()) {
      double raw = fileUnits == GlucoseUnit.MMOL_L ? deviceLimitMgDl / options.mmolToMgDl() : deviceLimitMgDl;
      grow();
      t[n] = epochSec;
      v[n] = raw;
      lines[n] = -1;
      n++;
    }
  }

  private void grow() {
    if (n == t.length) {
      t = Arrays.copyOf(t, n * 2);
      v = Arrays.copyOf(v, n * 2);
      lines = Arrays.copyOf(lines, n * 2);
    }
  }

  /**
   * A gap of more than a year between consecutive readings of the sorted series: the reading on the smaller side of
   * the gap (in number of readings) is taken as the mistyped one and named with its line.
   */
  private void checkGaps(long[] sorted) {
    int m = sorted.length;
    for (int k = 1; k < m; k++) {
      long a = sorted[k - 1], b = sorted[k];
      if (b - a > MAX_GAP_SEC) {
        long odd = k > m / 2 ? b : a; // (k == m - 1 is the last reading alone: b)
        throw new InvalidInputException(source + lineOf(odd) + ": timestamp " + Timestamps.format(odd)
            + " is more than a year away from the other readings (" + (b - a) / 86400 + " days between "
            + Timestamps.format(a) + " and " + Timestamps.format(b) + "); expected one recording period — a mistyped year?");
      }
    }
  }

  /** " line N" of the first numeric reading at {@code epochSec}, or "" (censored readings keep no line). */
  private String lineOf(long epochSec) {
    for (int i = 0; i < n; i++) if (t[i] == epochSec && lines[i] >= 0) return " line " + lines[i];
    return "";
  }

  /** Counts a row that is not a glucose reading, by reason (reported, never silently dropped). */
  public void skip(String reason) {
    skipped.merge(reason, 1, Integer::sum);
  }

  /** The units of a generic file without a unit in its header: median below 35 means mmol/L (docs/cgm.md §5.6). */
  public GlucoseUnit guessUnits() {
    if (n == 0) {
      return GlucoseUnit.MG_DL;
    }
    double[] s = Arrays.copyOf(v, n);
    Arrays.sort(s);
    return s[n / 2] < 35 ? GlucoseUnit.MMOL_L : GlucoseUnit.MG_DL;
  }

  public ImportResult build(String format, GlucoseUnit fileUnits) {
    if (n == 0) {
      throw new InvalidInputException(
          source + ": no glucose readings found" + (skipped.isEmpty() ? "" : " (skipped: " + skipped + ")")
              + "; expected at least one " + format + " glucose row");
    }
    if (ambiguousDate != null && !dateOrderSettled) {
      throw new InvalidInputException(source + " line " + ambiguousDateLine + ": the date in '" + ambiguousDate
          + "' reads differently day first and month first, and no date in the file has a day above 12 to tell;"
          + " expected --date-order dmy (day first) or --date-order mdy (month first)");
    }
    boolean mmol = fileUnits == GlucoseUnit.MMOL_L;
    double lo = mmol ? MIN_MMOL : MIN_MGDL;
    double hi = mmol ? MAX_MMOL : MAX_MGDL;
    if (minRaw < lo) {
      throw implausible(minLine, minRaw, fileUnits, lo, hi);
    }
    if (maxRaw > hi) {
      throw implausible(maxLine, maxRaw, fileUnits, lo, hi);
    }
    double factor = mmol ? options.mmolToMgDl() : 1.0;
    double[] mgdl = new double[n];
    for (int i = 0; i < n; i++) {
      mgdl[i] = v[i] * factor;
    }
    GlucoseSeries series = GlucoseSeries.fromUnsorted(Arrays.copyOf(t, n), mgdl);
    checkGaps(series.epochSec());
    return new ImportResult(source, format, fileUnits, series, lowCount, highCount, n - series.size(), skipped,
        Arrays.copyOf(lowTimes, lowCount), Arrays.copyOf(highTimes, highCount));
  }

  private InvalidInputException implausible(long line, double raw, GlucoseUnit u, double lo, double hi) {
    return new InvalidInputException(
        source + " line " + line + ": glucose " + raw + " is not a plausible " + u.label()
            + " value (mixed units or corrupt file?); expected " + lo + "–" + hi + " " + u.label());
  }
}
