package org.isletsim.graft;

/**
 * Fasting, exercise-free insulin-overdose scenario: after an overnight fast on the residual basal insulin, a
 * subcutaneous bolus of {@code overdoseUPerKg} is given at t = 0 and the subject stays fasting for
 * {@value #DURATION_MIN} min. Reports the time with plasma glucose below 54 mg/dL (level-2 hypoglycaemia,
 * IHSG 2017) and the nadir. Used to show the counter-regulation supplied by the graft's alpha cells.
 */
public final class HypoglycaemiaChallenge {
  /** Observation window after the overdose, min. */
  public static final int DURATION_MIN = 360;

  private HypoglycaemiaChallenge() {}

  /**
   * @param minutesBelow54 minutes with plasma glucose &lt; 54 mg/dL
   * @param minutesBelow70 minutes with plasma glucose &lt; 70 mg/dL
   * @param nadirMgDl lowest plasma glucose
   * @param peakGlucagonExcessNgL highest glucagon above basal
   */
  public record Result(int minutesBelow54, int minutesBelow70, double nadirMgDl, double peakGlucagonExcessNgL) {}

  /** Runs the challenge on {@code subject} (advanced by the run-in and the window). */
  public static Result run(LabSubject subject, double basalUPerMin, double overdoseUPerKg) {
    for (int m = 0; m < Mmtt.RUN_IN_MIN; m++) subject.step(0, basalUPerMin);
    double bolusUPerMin = overdoseUPerKg * subject.bodyWeightKg(); // whole bolus in the first minute
    int below54 = 0, below70 = 0;
    double nadir = Double.MAX_VALUE, peakH = 0;
    for (int t = 0; t < DURATION_MIN; t++) {
      subject.step(0, basalUPerMin + (t == 0 ? bolusUPerMin : 0));
      double g = subject.plasmaGlucoseMgDl();
      if (g < 54) below54++;
      if (g < 70) below70++;
      nadir = Math.min(nadir, g);
      if (subject instanceof EndocrinePatient e) peakH = Math.max(peakH, e.glucagonExcessNgL());
    }
    return new Result(below54, below70, nadir, peakH);
  }

  /** The challenge on a graft recipient on day {@code day} of its course. */
  public static Result runRecipient(
      String catalogueId, String recipientKey, long seed, GraftPlan plan, int day, double overdoseUPerKg) {
    GraftState state = new GraftCourse(plan, seed, recipientKey).advanceTo(day);
    EndocrinePatient p = VirtualSubjects.recipient(catalogueId, recipientKey, seed, plan, state);
    double basal = p.usualBasalUPerMin() * GraftedMmtt.residualBasalFraction(state, plan.globals());
    return run(p, basal, overdoseUPerKg);
  }
}
