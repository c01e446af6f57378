package org.isletsim.cgm;

import java.util.Arrays;

/**
 * A series linearly interpolated onto a regular day-by-day grid, following iglu's {@code CGMS2DayByDay}
 * (R/utils.R): grid step {@code dt0} minutes, days from 00:00 of the first reading's calendar day, grid point k
 * (k = 1..nDays*1440/dt0) at {@code dayStart + k*dt0}, so column j of a day is time-of-day j*dt0 and the last column
 * is 24:00. Values are {@code NaN} outside the observed span and strictly inside gaps longer than {@code interGapMin}.
 *
 * @param dt0Min grid step in minutes
 * @param nDays number of grid rows (calendar days)
 * @param dayStartEpochSec 00:00 of the first day
 * @param glucoseMgDl flattened row-major grid, length nDays * 1440/dt0 (NaN = missing)
 */
public record GlucoseGrid(int dt0Min, int nDays, long dayStartEpochSec, double[] glucoseMgDl) {

  /** iglu's default maximum gap (minutes) bridged by interpolation. */
  public static final int DEFAULT_INTER_GAP_MIN = 45;

  public int pointsPerDay() {
    return 1440 / dt0Min;
  }

  /** The grid step iglu would choose: rounded median reading interval, adjusted to divide 1440 minutes. */
  public static int estimateDt0(GlucoseSeries s) {
    int n = s.size();
    if (n < 2) {
      return 5;
    }
    double[] d = new double[n - 1];
    for (int i = 1; i < n; i++) {
      d[i - 1] = (s.epochSec()[i] - s.epochSec()[i - 1]) / 60.0;
    }
    Arrays.sort(d);
    double med = (d.length % 2 == 1) ? d[d.length / 2] : 0.5 * (d[d.length / 2 - 1] + d[d.length / 2]);
    return (int) Math.max(1, Stats.roundHalfEven(med));
  }

  private static int adjustDt0(int dt0) {
    if (1440 % dt0 == 0) {
      return dt0;
    }
    if (dt0 > 20) {
      return 20;
    }
    int rem = dt0 % 5;
    return rem > 2 ? dt0 + 5 - rem : Math.max(5, dt0 - rem);
  }

  /**
   * Builds the grid with the automatically chosen step (or {@code dt0Min} if positive).
   *
   * @return the grid, or {@code null} when the series is empty or the step exceeds {@code interGapMin} (iglu stops
   *     with an error there; we report the grid-based metrics as missing instead)
   */
  public static GlucoseGrid of(GlucoseSeries s, int dt0Min, int interGapMin) {
    if (s.isEmpty()) {
      return null;
    }
    int dt0 = dt0Min > 0 ? dt0Min : estimateDt0(s);
    if (dt0Min <= 0 && dt0 > interGapMin) {
      return null;
    }
    dt0 = adjustDt0(dt0);
    long[] t = s.epochSec();
    double[] g = s.glucoseMgDl();
    int n = t.length;
    long first = t[0];
    long last = t[n - 1];
    long days = (long) Math.ceil((last - first) / 86400.0 + 1);
    long dayStart = Math.floorDiv(first, GlucoseSeries.SECONDS_PER_DAY) * GlucoseSeries.SECONDS_PER_DAY;
    int perDay = 1440 / dt0;
    if (days * perDay > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("readings span " + days + " days: too long for a " + dt0 + "-minute grid");
    }
    int nDays = (int) days;
    int total = nDays * perDay;
    double[] out = new double[total];
    long stepSec = dt0 * 60L;
    long gapSec = interGapMin * 60L;
    int i = 0; // t[i] <= tk < t[i+1]
    for (int k = 0; k < total; k++) {
      long tk = dayStart + (k + 1) * stepSec;
      if (tk < first || tk > last) {
        out[k] = Double.NaN;
        continue;
      }
      while (i + 1 < n && t[i + 1] <= tk) {
        i++;
      }
      if (t[i] == tk) {
        out[k] = g[i];
      } else if (t[i + 1] - t[i] > gapSec) {
        out[k] = Double.NaN;
      } else {
        double w = (double) (tk - t[i]) / (t[i + 1] - t[i]);
        out[k] = g[i] + w * (g[i + 1] - g[i]);
      }
    }
    return new GlucoseGrid(dt0, nDays, dayStart, out);
  }

  /** Grid with the automatic step and iglu's default 45-minute interpolation limit. */
  public static GlucoseGrid of(GlucoseSeries s) {
    return of(s, 0, DEFAULT_INTER_GAP_MIN);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GlucoseGrid g
        && g.dt0Min == dt0Min
        && g.nDays == nDays
        && g.dayStartEpochSec == dayStartEpochSec
        && Arrays.equals(g.glucoseMgDl, glucoseMgDl);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(glucoseMgDl) * 31 + dt0Min;
  }

  @Override
  public String toString() {
    return "GlucoseGrid[dt0=" + dt0Min + " min, days=" + nDays + "]";
  }
}
