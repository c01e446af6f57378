package org.isletsim.cgm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One subject's CGM trace: strictly increasing timestamps (epoch seconds; imported wall-clock time is treated as
 * UTC, as in the iglu reference data) and glucose in mg/dL. Arrays are owned by the series and must not be
 * modified by callers. Use {@link #fromUnsorted} for raw readings: it sorts and averages identical timestamps
 * (iglu {@code check_data_time}).
 */
public record GlucoseSeries(long[] epochSec, double[] glucoseMgDl) {

  public static final long SECONDS_PER_DAY = 86_400L;

  public GlucoseSeries {
    if (epochSec.length != glucoseMgDl.length) {
      throw new IllegalArgumentException(
          "timestamps and glucose differ in length: " + epochSec.length + " vs " + glucoseMgDl.length);
    }
    for (int i = 1; i < epochSec.length; i++) {
      if (epochSec[i] <= epochSec[i - 1]) {
        throw new IllegalArgumentException("timestamps must be strictly increasing at index " + i);
      }
    }
    for (int i = 0; i < glucoseMgDl.length; i++) {
      if (!(glucoseMgDl[i] > 0) || Double.isInfinite(glucoseMgDl[i])) {
        throw new IllegalArgumentException("glucose must be a positive finite mg/dL value at index " + i);
      }
    }
  }

  /** Sorts by time and replaces readings with identical timestamps by their mean (copies the inputs). */
  public static GlucoseSeries fromUnsorted(long[] epochSec, double[] glucoseMgDl) {
    int n = epochSec.length;
    Integer[] order = new Integer[n];
    boolean sorted = true;
    for (int i = 0; i < n; i++) {
      order[i] = i;
      if (i > 0 && epochSec[i] < epochSec[i - 1]) {
        sorted = false;
      }
    }
    if (!sorted) {
      Arrays.sort(order, (a, b) -> Long.compare(epochSec[a], epochSec[b]));
    }
    long[] t = new long[n];
    double[] g = new double[n];
    int m = 0;
    int i = 0;
    while (i < n) {
      long ti = epochSec[order[i]];
      double sum = 0;
      int j = i;
      while (j < n && epochSec[order[j]] == ti) {
        sum += glucoseMgDl[order[j]];
        j++;
      }
      t[m] = ti;
      g[m] = sum / (j - i);
      m++;
      i = j;
    }
    return new GlucoseSeries(Arrays.copyOf(t, m), Arrays.copyOf(g, m));
  }

  /** A series sampled every {@code stepSec} seconds from {@code startEpochSec} (e.g. simulated CGM). */
  public static GlucoseSeries regular(long startEpochSec, long stepSec, double[] glucoseMgDl) {
    long[] t = new long[glucoseMgDl.length];
    for (int i = 0; i < t.length; i++) {
      t[i] = startEpochSec + i * stepSec;
    }
    return new GlucoseSeries(t, glucoseMgDl.clone());
  }

  public int size() {
    return epochSec.length;
  }

  public boolean isEmpty() {
    return epochSec.length == 0;
  }

  /** Readings with {@code fromEpochSec <= t < toEpochSec}. */
  public GlucoseSeries window(long fromEpochSec, long toEpochSec) {
    int a = lowerBound(fromEpochSec);
    int b = lowerBound(toEpochSec);
    if (b < a) {
      b = a;
    }
    return new GlucoseSeries(Arrays.copyOfRange(epochSec, a, b), Arrays.copyOfRange(glucoseMgDl, a, b));
  }

  /** One series per calendar day (UTC day of the wall-clock timestamps), in time order; empty days omitted. */
  public List<GlucoseSeries> byDay() {
    List<GlucoseSeries> days = new ArrayList<>();
    int i = 0;
    while (i < size()) {
      long day = Math.floorDiv(epochSec[i], SECONDS_PER_DAY);
      int j = i;
      while (j < size() && Math.floorDiv(epochSec[j], SECONDS_PER_DAY) == day) {
        j++;
      }
      days.add(new GlucoseSeries(Arrays.copyOfRange(epochSec, i, j), Arrays.copyOfRange(glucoseMgDl, i, j)));
      i = j;
    }
    return days;
  }

  private int lowerBound(long t) {
    int lo = 0;
    int hi = epochSec.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (epochSec[mid] < t) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GlucoseSeries s
        && Arrays.equals(epochSec, s.epochSec)
        && Arrays.equals(glucoseMgDl, s.glucoseMgDl);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(epochSec) + Arrays.hashCode(glucoseMgDl);
  }

  @Override
  public String toString() {
    return "GlucoseSeries[n=" + size() + "]";
  }
}
