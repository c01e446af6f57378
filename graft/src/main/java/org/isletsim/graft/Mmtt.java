package org.isletsim.graft;

import java.util.ArrayList;
import java.util.List;

/**
 * Mixed-meal tolerance test on a virtual subject.
 *
 * <p>Protocol: an overnight fast (run-in of {@value #RUN_IN_MIN} min from the subject's current state with
 * only basal insulin), then at t = 0 a liquid meal of 6 mL/kg (at most 360 mL) of Boost High Protein
 * containing {@value #CARB_G_PER_ML} g carbohydrate per mL (≤ 50 g), drunk at the engine's 5 g/min. Samples
 * at −10, 0, 15, 30, 60, 90, 120, 150, 180 and 240 min; the full minute-by-minute course from −30 to 240 min
 * is kept. Basal insulin continues at {@code basalUPerMin} throughout (short-acting insulin is withheld on
 * the morning of the test).
 */
public final class Mmtt {
  /** Overnight fasting run-in, min. */
  public static final int RUN_IN_MIN = 600;
  /** Start of the recorded course, min. */
  public static final int START_MIN = -30;
  /** End of the test, min. */
  public static final int END_MIN = 240;
  /** Carbohydrate content of the drink, g/mL (Boost High Protein: 33 g per 237 mL) [prior]. */
  public static final double CARB_G_PER_ML = 0.139;
  /** Standard sampling times, min. */
  static final int[] SAMPLE_MIN = {-10, 0, 15, 30, 60, 90, 120, 150, 180, 240}; // package-private: an array is mutable

  private Mmtt() {}

  /** Carbohydrate of the test drink for a body weight, g. */
  public static double carbohydrateG(double bodyWeightKg) {
    return Math.min(6 * bodyWeightKg, 360) * CARB_G_PER_ML;
  }

  /** One recorded minute. */
  public record Point(int tMin, double glucoseMgDl, double cpeptidePmolL, double insulinPmolL) {}

  /** Runs the test on {@code subject} (which is advanced by run-in + 270 minutes). */
  public static MmttResult run(LabSubject subject, double basalUPerMin) {
    if (!(basalUPerMin >= 0)) throw new IllegalArgumentException("basalUPerMin must be >= 0");
    for (int m = 0; m < RUN_IN_MIN + START_MIN; m++) subject.step(0, basalUPerMin);
    double carbs = carbohydrateG(subject.bodyWeightKg());
    List<Point> points = new ArrayList<>(END_MIN - START_MIN + 1);
    points.add(sample(START_MIN, subject));
    for (int t = START_MIN; t < END_MIN; t++) {
      subject.step(t == 0 ? carbs : 0, basalUPerMin);
      points.add(sample(t + 1, subject));
    }
    return new MmttResult(points, carbs, basalUPerMin);
  }

  private static Point sample(int t, LabSubject s) {
    return new Point(t, s.plasmaGlucoseMgDl(), s.cpeptidePmolL(), s.plasmaInsulinPmolL());
  }
}
