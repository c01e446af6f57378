package org.isletsim.candidacy.outcome;

import java.util.Arrays;
import org.isletsim.candidacy.sim.SimulatedCourse;

/**
 * What a twin's simulated graft year says about glycaemia at a given graft function, for the years the physiology
 * does not simulate: the {@value #K} simulated days whose functional beta fraction φβ is nearest (k nearest
 * neighbours, from day {@link #LATE_FROM_DAY} on where possible), separately for insulin-free days and days on
 * insulin. Insulin status in later years: an insulin-free twin restarts when φβ falls below {@link #RESTART_FRACTION}
 * of the level at which it first went without insulin ({@link #stopBeta}); a twin on insulin stops when φβ reaches
 * that level. The graft counts as functioning while φβ is at or above the level at which its C-peptide first
 * reached 0.1 nmol/L ({@link #functionBeta}).
 */
final class GraftResponse {
  /** Neighbours per lookup. */
  static final int K = 30;
  /**
   * Neighbours come from day {@value} on when there are enough: by then the clinician has weaned the dose to the
   * graft, which resembles the years after better than the first months on the full dose (checked against full
   * five-year physiology, docs/VALIDATION.md "Candidacy").
   */
  static final int LATE_FROM_DAY = 150;
  private final SimulatedCourse c;
  private final double[] freeBeta, insulinBeta;
  private final int[] freeDays, insulinDays;
  final double stopBeta, restartBeta, functionBeta;
  /**
   * Insulin comes back when φβ falls below this fraction of the level at which it was stopped: in full five-year
   * physiology runs (10 recipients, docs/VALIDATION.md "Candidacy") the ratio of the restart level to the stop level
   * was 0.61–0.93 (median 0.85), because the stop comes only after weeks of weaning.
   */
  static final double RESTART_FRACTION = 0.8;

  GraftResponse(SimulatedCourse c, double fallbackStopBeta) {
    this.c = c;
    Integer[] free = days(c, true, LATE_FROM_DAY);
    Integer[] ins = days(c, false, LATE_FROM_DAY);
    java.util.Comparator<Integer> byBeta = java.util.Comparator.comparingDouble(d -> c.graftBeta()[d]);
    Arrays.sort(free, byBeta);
    Arrays.sort(ins, byBeta);
    freeDays = Arrays.stream(free).mapToInt(Integer::intValue).toArray();
    insulinDays = Arrays.stream(ins).mapToInt(Integer::intValue).toArray();
    freeBeta = Arrays.stream(freeDays).mapToDouble(d -> c.graftBeta()[d]).toArray();
    insulinBeta = Arrays.stream(insulinDays).mapToDouble(d -> c.graftBeta()[d]).toArray();
    int first = c.firstInsulinFreeDay();
    stopBeta = first >= 0 ? c.graftBeta()[first] : fallbackStopBeta;
    functionBeta = c.functionBeta();
    restartBeta = RESTART_FRACTION * stopBeta;
  }

  /** Days of one kind from day {@code from} on, or from day 0 if fewer than K. */
  private static Integer[] days(SimulatedCourse c, boolean free, int from) {
    Integer[] late = java.util.stream.IntStream.range(from, c.days()).filter(d -> (c.insulinU()[d] == 0) == free).boxed().toArray(Integer[]::new);
    if (late.length >= K || from == 0) return late;
    return java.util.stream.IntStream.range(0, c.days()).filter(d -> (c.insulinU()[d] == 0) == free).boxed().toArray(Integer[]::new);
  }

  /** The level at which this twin first went without insulin (NaN if never). */
  static double ownStopBeta(SimulatedCourse c) {
    int first = c.firstInsulinFreeDay();
    return first >= 0 ? c.graftBeta()[first] : Double.NaN;
  }

  /** Insulin status of the next day, with hysteresis. */
  boolean insulinFree(boolean freeBefore, double beta) {
    return freeBefore ? beta >= restartBeta : beta >= stopBeta;
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
