package org.isletsim.cgm;

/**
 * Variability metrics on the interpolated day-by-day grid ({@link GlucoseGrid}), as iglu computes them: pairs with
 * a missing end are dropped.
 */
public final class GridMetrics {
  private GridMetrics() {}

  /**
   * CONGA(n) (McDonnell et al. 2005) as iglu {@code conga}: SD (n-1) of {@code x[t] - x[t - n*round(60/dt0)]} over
   * the flattened grid. iglu's default n is 24 hours.
   */
  public static double conga(GlucoseGrid grid, int hours) {
    if (grid == null) {
      return Double.NaN;
    }
    int lag = hours * (int) Stats.roundHalfEven(60.0 / grid.dt0Min());
    double[] x = grid.glucoseMgDl();
    int n = 0;
    double mean = 0;
    double m2 = 0;
    for (int i = lag; i < x.length; i++) {
      double d = x[i] - x[i - lag];
      if (!Double.isNaN(d)) {
        n++;
        double delta = d - mean;
        mean += delta / n;
        m2 += delta * (d - mean);
      }
    }
    return n < 2 ? Double.NaN : Math.sqrt(m2 / (n - 1));
  }

  /** MODD (Molnar et al. 1972) as iglu {@code modd}: mean |grid[day+1, j] - grid[day, j]| over all non-missing pairs. */
  public static double modd(GlucoseGrid grid) {
    if (grid == null) {
      return Double.NaN;
    }
    int lag = grid.pointsPerDay();
    double[] x = grid.glucoseMgDl();
    double s = 0;
    int n = 0;
    for (int i = lag; i < x.length; i++) {
      double d = Math.abs(x[i] - x[i - lag]);
      if (!Double.isNaN(d)) {
        s += d;
        n++;
      }
    }
    return n == 0 ? Double.NaN : s / n;
  }

  /**
   * MAG (Hermanides et al. 2010) as iglu {@code mag} with its default n = dt0: sum of |consecutive grid differences|
   * divided by the time they span, in mg/dL per hour.
   */
  public static double mag(GlucoseGrid grid) {
    if (grid == null) {
      return Double.NaN;
    }
    double[] x = grid.glucoseMgDl();
    double s = 0;
    int n = 0;
    for (int i = 1; i < x.length; i++) {
      double d = Math.abs(x[i] - x[i - 1]);
      if (!Double.isNaN(d)) {
        s += d;
        n++;
      }
    }
    return n == 0 ? Double.NaN : s / (n * grid.dt0Min() / 60.0);
  }
}
