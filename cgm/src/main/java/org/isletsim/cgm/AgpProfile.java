package org.isletsim.cgm;

import java.util.Arrays;

/**
 * Ambulatory glucose profile (Battelino et al. 2019; iglu {@code plot_agp}): the 5/25/50/75/95th percentiles (R
 * quantile type 7, missing values ignored) of the interpolated grid per time of day. Column j is time-of-day
 * {@code (j+1)*dt0} minutes, so the last column is 24:00 as in iglu.
 *
 * @param dt0Min grid step in minutes
 * @param minuteOfDay time of day of each column (dt0 .. 1440)
 * @param percentilesMgDl [column][5] values for {@link #PROBABILITIES}; NaN where a column has no data
 */
public record AgpProfile(int dt0Min, int[] minuteOfDay, double[][] percentilesMgDl) {
  public static final double[] PROBABILITIES = {0.05, 0.25, 0.50, 0.75, 0.95};

  public static AgpProfile of(GlucoseGrid grid) {
    if (grid == null) {
      return new AgpProfile(5, new int[0], new double[0][]);
    }
    int perDay = grid.pointsPerDay();
    int[] minutes = new int[perDay];
    double[][] q = new double[perDay][];
    double[] col = new double[grid.nDays()];
    double[] x = grid.glucoseMgDl();
    for (int j = 0; j < perDay; j++) {
      minutes[j] = (j + 1) * grid.dt0Min();
      int n = 0;
      for (int d = 0; d < grid.nDays(); d++) {
        double v = x[d * perDay + j];
        if (!Double.isNaN(v)) {
          col[n++] = v;
        }
      }
      Arrays.sort(col, 0, n);
      q[j] = new double[PROBABILITIES.length];
      for (int p = 0; p < PROBABILITIES.length; p++) {
        q[j][p] = Stats.quantileSorted(col, n, PROBABILITIES[p]);
      }
    }
    return new AgpProfile(grid.dt0Min(), minutes, q);
  }

  public static AgpProfile of(GlucoseSeries s) {
    return of(GlucoseGrid.of(s));
  }

  /**
   * Why this profile cannot be drawn, or null when it can: the one rule that {@code cgm agp} (an error) and the AGP
   * report (a note in place of the chart) both follow. A profile can be drawn when some time of day has data; there
   * is none without a grid (readings too sparse: median interval above the interpolation limit) or when no grid
   * point falls within the readings (e.g. a single reading between two grid times).
   */
  public String unavailableReason() {
    if (minuteOfDay.length == 0) {
      return "the readings are too sparse for a glucose grid (median interval above the "
          + GlucoseGrid.DEFAULT_INTER_GAP_MIN + "-minute interpolation limit); expected CGM data every 1-15 minutes";
    }
    for (double[] q : percentilesMgDl) {
      if (!Double.isNaN(q[2])) {
        return null;
      }
    }
    return "no time of day has a glucose value on the grid (too few readings); expected CGM data every 1-15 minutes";
  }

  /** "HH:MM" label of a column (24:00 for the last). */
  public static String label(int minuteOfDay) {
    return String.format("%02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AgpProfile a
        && a.dt0Min == dt0Min
        && Arrays.equals(a.minuteOfDay, minuteOfDay)
        && Arrays.deepEquals(a.percentilesMgDl, percentilesMgDl);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(minuteOfDay) * 31 + Arrays.deepHashCode(percentilesMgDl);
  }

  @Override
  public String toString() {
    return "AgpProfile[dt0=" + dt0Min + ", columns=" + minuteOfDay.length + "]";
  }
}
