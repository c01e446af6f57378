package org.isletsim.cgm;

import java.util.ArrayList;
import java.util.List;

/**
 * Mean amplitude of glycemic excursions by the moving-average crossing algorithm of Fernandes et al. 2022 (J Diabetes
 * Sci Technol), as implemented in iglu {@code mage_ma_single} (defaults: short MA 5, long MA 32 points on a 5-minute
 * grid interpolated over gaps up to 45 min, trace split at gaps longer than 180 min, excursions must exceed 1 SD of
 * the segment). Written from the algorithm description in docs/cgm.md; see Service et al. 1970 for classic MAGE.
 */
public final class Mage {
  private static final int DT0 = 5;
  private static final int SHORT_MA = 5;
  private static final int LONG_MA = 32;
  private static final int MAX_GAP_MIN = 180;

  private Mage() {}

  /** One segment's result row pair (MAGE+ and MAGE-), with its duration in grid steps. */
  private record SegmentMage(double plus, double minus, boolean plusFirst, int durationSteps) {}

  public static MageResult movingAverage(GlucoseSeries s) {
    return movingAverage(GlucoseGrid.of(s, DT0, GlucoseGrid.DEFAULT_INTER_GAP_MIN));
  }

  /** MAGE on an already built 5-minute grid ({@code grid.dt0Min() == 5}). */
  public static MageResult movingAverage(GlucoseGrid grid) {
    if (grid == null || grid.dt0Min() != DT0) {
      return MageResult.MISSING;
    }
    double[] x = grid.glucoseMgDl();
    int first = 0;
    while (first < x.length && Double.isNaN(x[first])) {
      first++;
    }
    int last = x.length - 1;
    while (last >= first && Double.isNaN(x[last])) {
      last--;
    }
    int n = last - first + 1;
    if (n < 7 || n < LONG_MA) {
      return MageResult.MISSING;
    }
    List<SegmentMage> rows = new ArrayList<>();
    int segStart = first;
    int i = first;
    while (i <= last) {
      if (Double.isNaN(x[i])) {
        int j = i;
        while (j <= last && Double.isNaN(x[j])) {
          j++;
        }
        if ((long) (j - i) * DT0 > MAX_GAP_MIN) {
          addSegment(x, segStart, i, rows);
          segStart = j;
        }
        i = j;
      } else {
        i++;
      }
    }
    addSegment(x, segStart, last + 1, rows);
    return aggregate(rows);
  }

  private static void addSegment(double[] x, int from, int to, List<SegmentMage> rows) {
    if (to - from < 7 || to - from < LONG_MA) {
      return;
    }
    SegmentMage m = segment(x, from, to);
    if (m != null) {
      rows.add(m);
    }
  }

  private static double[] rollingMean(double[] g, int w) {
    int n = g.length;
    double[] ma = new double[n];
    for (int i = w - 1; i < n; i++) {
      ma[i] = Stats.nanMean(g, i - w + 1, i + 1);
    }
    for (int i = 0; i < w - 1 && i < n; i++) {
      ma[i] = ma[w - 1];
    }
    return ma;
  }

  private static SegmentMage segment(double[] x, int from, int to) {
    double[] g = java.util.Arrays.copyOfRange(x, from, to);
    int n = g.length;
    double[] shortMa = rollingMean(g, SHORT_MA);
    double[] longMa = rollingMean(g, LONG_MA);
    double[] d = new double[n];
    for (int i = 0; i < n; i++) {
      d[i] = shortMa[i] - longMa[i];
    }
    // crossings of the short and long moving averages: index and whether the next extreme is a maximum
    int[] crossIdx = new int[n + 1];
    boolean[] crossMax = new boolean[n + 1];
    int c = 0;
    crossIdx[c] = 0;
    crossMax[c++] = d[0] > 0;
    for (int i = 1; i < n; i++) {
      if (Double.isNaN(g[i]) || Double.isNaN(g[i - 1]) || Double.isNaN(d[i]) || Double.isNaN(d[i - 1])) {
        continue;
      }
      double prev = d[crossIdx[c - 1]];
      if (d[i] * d[i - 1] < 0) {
        crossIdx[c] = i;
        crossMax[c++] = !(d[i] < d[i - 1]);
      } else if (d[i] * prev < 0) {
        crossIdx[c] = i;
        crossMax[c++] = !(d[i] < prev);
      }
    }
    crossIdx[c] = n - 1;
    crossMax[c++] = d[n - 1] > 0;

    int nExt = c - 1;
    double[] ext = new double[nExt];
    int[] extIdx = new int[nExt];
    for (int k = 0; k < nExt; k++) {
      int s1 = k == 0 ? crossIdx[0] : extIdx[k - 1];
      int s2 = crossIdx[k + 1];
      int best = -1;
      for (int m = s1; m <= s2; m++) {
        if (!Double.isNaN(g[m])
            && (best < 0 || (crossMax[k] ? g[m] > g[best] : g[m] < g[best]))) {
          best = m;
        }
      }
      if (best < 0) {
        return null; // no reading between two crossings: iglu fails here; treat the segment as missing
      }
      ext[k] = g[best];
      extIdx[k] = best;
    }
    double sd = sdIgnoringNaN(g);
    if (!(sd >= 1)) {
      return null; // flat segment (SD < 1 mg/dL): no excursions, iglu returns NA
    }
    List<int[]> plusPairs = new ArrayList<>();
    double plusSum = excursions(ext, sd, true, plusPairs);
    List<int[]> minusPairs = new ArrayList<>();
    double minusSum = excursions(ext, sd, false, minusPairs);
    if (plusPairs.isEmpty() && minusPairs.isEmpty()) {
      return null;
    }
    boolean plusFirst =
        !plusPairs.isEmpty() && (minusPairs.isEmpty() || plusPairs.get(0)[1] <= minusPairs.get(0)[0]);
    double plus = plusPairs.isEmpty() ? Double.NaN : plusSum / plusPairs.size();
    double minus = minusPairs.isEmpty() ? Double.NaN : Math.abs(minusSum / minusPairs.size());
    return new SegmentMage(plus, minus, plusFirst, n - 1);
  }

  /**
   * Excursion elimination over the extremes: rising (nadir to later peak, {@code up}) or falling; an excursion counts
   * when it exceeds one SD and is closed by a reversal larger than one SD (or the end of the segment).
   *
   * @return the sum of the signed heights; pairs (start, end) are appended to {@code pairs}
   */
  private static double excursions(double[] ext, double sd, boolean up, List<int[]> pairs) {
    int nn = ext.length;
    double sum = 0;
    int j = 0;
    int prevJ = 0;
    while (j < nn) {
      int i = prevJ;
      double best = ext[j] - ext[prevJ];
      for (int m = prevJ + 1; m <= j; m++) {
        double v = ext[j] - ext[m];
        if (up ? v > best : v < best) {
          best = v;
          i = m;
        }
      }
      if (up ? best >= sd : best <= -sd) {
        for (int k = j; k < nn; k++) {
          if (up ? ext[k] > ext[j] : ext[k] < ext[j]) {
            j = k;
          }
          double back = ext[k] - ext[j];
          if ((up ? back < -sd : back > sd) || k == nn - 1) {
            sum += ext[j] - ext[i];
            pairs.add(new int[] {i, j});
            prevJ = up ? k : j;
            j = k;
            break;
          }
        }
      } else {
        j++;
      }
    }
    return sum;
  }

  private static double sdIgnoringNaN(double[] g) {
    int n = 0;
    double mean = 0;
    double m2 = 0;
    for (double v : g) {
      if (!Double.isNaN(v)) {
        n++;
        double delta = v - mean;
        mean += delta / n;
        m2 += delta * (v - mean);
      }
    }
    return n < 2 ? Double.NaN : Math.sqrt(m2 / (n - 1));
  }

  /** Duration-weighted combination of segment rows per direction (iglu: sum(mage * hours / sum(hours))). */
  private static MageResult aggregate(List<SegmentMage> rows) {
    if (rows.isEmpty()) {
      return MageResult.MISSING;
    }
    Weighted plus = new Weighted();
    Weighted minus = new Weighted();
    Weighted avg = new Weighted();
    Weighted service = new Weighted();
    Weighted max = new Weighted();
    for (SegmentMage r : rows) {
      plus.add(r.plus(), r.durationSteps(), true);
      minus.add(r.minus(), r.durationSteps(), true);
      avg.add(r.plus(), r.durationSteps(), false);
      avg.add(r.minus(), r.durationSteps(), false);
      service.add(r.plusFirst() ? r.plus() : r.minus(), r.durationSteps(), true);
      if (!Double.isNaN(r.plus()) && !Double.isNaN(r.minus())) {
        double m = Math.max(r.plus(), r.minus());
        if (r.plus() == m) {
          max.add(r.plus(), r.durationSteps(), false);
        }
        if (r.minus() == m) {
          max.add(r.minus(), r.durationSteps(), false);
        }
      }
    }
    return new MageResult(avg.value(), plus.value(), minus.value(), service.value(), max.value());
  }

  /** Accumulates sum(v*w)/sum(w); a NaN value either poisons the result (R sum) or is skipped. */
  private static final class Weighted {
    double sum;
    double weight;
    int count;
    boolean poisoned;

    void add(double v, double w, boolean nanPoisons) {
      if (Double.isNaN(v)) {
        poisoned |= nanPoisons;
        return;
      }
      sum += v * w;
      weight += w;
      count++;
    }

    double value() {
      return poisoned || count == 0 ? Double.NaN : sum / weight;
    }
  }
}
