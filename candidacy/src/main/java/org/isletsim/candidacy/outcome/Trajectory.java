package org.isletsim.candidacy.outcome;

import java.util.ArrayList;
import java.util.List;

/** Time points of the HbA1c and TIR trajectories: quarterly in year 1, then yearly to the horizon. */
public final class Trajectory {
  private Trajectory() {}

  /** Times in years: 0, 0.25, 0.5, 0.75, 1, 2, …, horizon. */
  public static double[] times(int horizonYears) {
    List<Double> t = new ArrayList<>(List.of(0.0, 0.25, 0.5, 0.75, 1.0));
    for (int y = 2; y <= horizonYears; y++) t.add((double) y);
    return t.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** Day index of a time point (the last day before it; day 0 at time 0). */
  static int day(double years) {
    return Math.max(0, (int) Math.round(years * 365) - 1);
  }
}
