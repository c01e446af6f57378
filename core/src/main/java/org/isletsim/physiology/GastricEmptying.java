package org.isletsim.physiology;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The gastric-emptying shape of the S2008 model as a function of the fraction of the reference dose still in
 * the stomach, r = Qsto/D̄: with α = 5/(2D̄(1−b)) and β = 5/(2D̄d),
 * kgut = kmin + (kmax − kmin)/2 · [tanh(2.5(r − b)/(1 − b)) − tanh(2.5(r − d)/d) + 2].
 *
 * <p>The bracket depends only on r and the patient's (b, d), so it is tabulated once per (b, d) on [0, {@value
 * #R_MAX}] and read by cubic Hermite interpolation with exact derivatives (the two exponentials it replaces were
 * half the cost of a right-hand-side evaluation). The Hermite error of a term tanh(s·r) on cells of width h is
 * at most h^4/384 times the largest fourth derivative, about 0.0106·(s·h)^4, so the grid is sized per patient
 * for s·h ≤ {@value #SLOPE_TIMES_WIDTH} (error ≤ 3e-12) with s the steeper of the two slopes. The exact formula
 * is used outside the table and for parameters that would need more than {@value #MAX_CELLS} cells.
 */
final class GastricEmptying {
  static final double R_MAX = 1.25;
  static final double SLOPE_TIMES_WIDTH = 0.004;
  static final int MAX_CELLS = 1 << 20;
  private static final ConcurrentHashMap<Long, GastricEmptying> CACHE = new ConcurrentHashMap<>();

  private final double b, d, sb, sd;
  private final double cellsPerR; // 0: no table
  private final double[] value; // bracket at r = i / cellsPerR
  private final double[] slope; // d(bracket)/dr times the cell width

  private GastricEmptying(double b, double d) {
    this.b = b;
    this.d = d;
    this.sb = 2.5 / (1 - b);
    this.sd = 2.5 / d;
    double cellsNeeded = Math.ceil(R_MAX * Math.max(Math.abs(sb), Math.abs(sd)) / SLOPE_TIMES_WIDTH);
    if (!(cellsNeeded <= MAX_CELLS)) { // also NaN
      cellsPerR = 0;
      value = new double[0];
      slope = value;
      return;
    }
    int cells = (int) Math.max(256, cellsNeeded);
    cellsPerR = cells / R_MAX;
    value = new double[cells + 1];
    slope = new double[cells + 1];
    double width = 1 / cellsPerR;
    for (int i = 0; i <= cells; i++) {
      double r = i * width;
      double tb = Math.tanh(sb * (r - b)), td = Math.tanh(sd * (r - d));
      value[i] = tb - td;
      slope[i] = (sb * (1 - tb * tb) - sd * (1 - td * td)) * width;
    }
  }

  /** The shared table for a patient's b and d. */
  static GastricEmptying of(double b, double d) {
    if (CACHE.size() > 4096) CACHE.clear();
    long key = Double.doubleToLongBits(b) * 31 + Double.doubleToLongBits(d);
    GastricEmptying g = CACHE.get(key);
    if (g == null || g.b != b || g.d != d) {
      g = new GastricEmptying(b, d);
      CACHE.put(key, g);
    }
    return g;
  }

  /** tanh(2.5(r − b)/(1 − b)) − tanh(2.5(r − d)/d) for r = Qsto/D̄. */
  double bracket(double r) {
    if (r >= 0 && r < R_MAX && cellsPerR > 0) {
      double x = r * cellsPerR;
      int i = (int) x;
      double s = x - i, s1 = 1 - s;
      double h00 = (1 + 2 * s) * s1 * s1, h10 = s * s1 * s1, h01 = s * s * (3 - 2 * s), h11 = s * s * (s - 1);
      return h00 * value[i] + h10 * slope[i] + h01 * value[i + 1] + h11 * slope[i + 1];
    }
    return exact(r);
  }

  double exact(double r) {
    return Math.tanh(sb * (r - b)) - Math.tanh(sd * (r - d));
  }
}
