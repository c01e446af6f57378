package org.isletsim.candidacy.outcome;

import java.util.Arrays;
import org.isletsim.candidacy.sim.SimulatedCourse;

/**
 * What a twin's simulated graft year says about glycaemia at a given graft function, for the years the physiology
 * does not simulate: the {@value #K} simulated days whose functional beta fraction φβ is nearest (k nearest
 * neighbours), separately for insulin-free days and days on insulin. Insulin is stopped in later years while
 * φβ stays at or above the level at which this twin first went without insulin in year 1 ({@link #stopBeta}); the
 * graft counts as functioning while φβ is at or above the level at which its C-peptide first showed function
 * (awareness restored, {@link #functionBeta}).
 */
final class GraftResponse {
  static final int K = 15;
  private final SimulatedCourse c;
  private final double[] freeBeta, insulinBeta;
  private final int[] freeDays, insulinDays;
  final double stopBeta, functionBeta;

  GraftResponse(SimulatedCourse c, double fallbackStopBeta) {
    this.c = c;
    int n = c.days();
    Integer[] free = java.util.stream.IntStream.range(0, n).filter(d -> c.insulinU()[d] == 0).boxed().toArray(Integer[]::new);
    Integer[] ins = java.util.stream.IntStream.range(0, n).filter(d -> c.insulinU()[d] > 0).boxed().toArray(Integer[]::new);
    java.util.Comparator<Integer> byBeta = java.util.Comparator.comparingDouble(d -> c.graftBeta()[d]);
    Arrays.sort(free, byBeta);
    Arrays.sort(ins, byBeta);
    freeDays = Arrays.stream(free).mapToInt(Integer::intValue).toArray();
    insulinDays = Arrays.stream(ins).mapToInt(Integer::intValue).toArray();
    freeBeta = Arrays.stream(freeDays).mapToDouble(d -> c.graftBeta()[d]).toArray();
    insulinBeta = Arrays.stream(insulinDays).mapToDouble(d -> c.graftBeta()[d]).toArray();
    int first = c.firstInsulinFreeDay();
    stopBeta = first >= 0 ? c.graftBeta()[first] : fallbackStopBeta;
    functionBeta = c.awarenessRestoredDay() >= 0 ? c.graftBeta()[c.awarenessRestoredDay()] : Double.POSITIVE_INFINITY;
  }

  /** The level at which this twin first went without insulin (NaN if never). */
  static double ownStopBeta(SimulatedCourse c) {
    int first = c.firstInsulinFreeDay();
    return first >= 0 ? c.graftBeta()[first] : Double.NaN;
  }

  boolean insulinFree(double beta) {
    return beta >= stopBeta;
  }

  /**
   * Mean glucose, TIR and base severe hazard (into {@code out[0..2]}) of the k simulated days nearest to
   * {@code beta} among insulin-free days ({@code free}) or days on insulin; falls back to the other kind of day
   * when there is none of the requested kind.
   */
  void lookup(boolean free, double beta, double[] out) {
    double[] b = free && freeBeta.length > 0 || insulinBeta.length == 0 ? freeBeta : insulinBeta;
    int[] days = b == freeBeta ? freeDays : insulinDays;
    int hi = Arrays.binarySearch(b, beta);
    if (hi < 0) hi = -hi - 1;
    int lo = hi - 1;
    double g = 0, t = 0, h = 0;
    int k = Math.min(K, b.length);
    for (int j = 0; j < k; j++) {
      int d;
      if (lo < 0) d = days[hi++];
      else if (hi >= b.length) d = days[lo--];
      else if (beta - b[lo] <= b[hi] - beta) d = days[lo--];
      else d = days[hi++];
      g += c.meanGlucoseMgDl()[d];
      t += c.tirPct()[d];
      h += c.severeHazardBase()[d];
    }
    out[0] = g / k;
    out[1] = t / k;
    out[2] = h / k;
  }
}
