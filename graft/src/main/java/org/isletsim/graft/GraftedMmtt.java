package org.isletsim.graft;

/** MMTT of a graft recipient on a given day of the graft course. */
public final class GraftedMmtt {
  private GraftedMmtt() {}

  /** Result plus the graft state on the test day. */
  public record Outcome(MmttResult mmtt, GraftState graft, double basalUPerMin) {}

  /**
   * Residual basal insulin as a fraction of usual basal for a functional beta fraction:
   * max(0, 1 − φβ / {@link BiologyGlobals#insulinIndependenceBetaFraction()}).
   */
  public static double residualBasalFraction(GraftState graft, BiologyGlobals globals) {
    return Math.max(0, 1 - graft.betaFraction() / globals.insulinIndependenceBetaFraction());
  }

  /**
   * @param catalogueId S2008 subject
   * @param recipientKey recipient id for the random streams (graft biology, demographics)
   * @param seed run seed
   * @param plan graft plan
   * @param day day of the course (0 = day of first infusion)
   */
  public static Outcome run(String catalogueId, String recipientKey, long seed, GraftPlan plan, int day) {
    if (day < 0) throw new IllegalArgumentException("day must be >= 0");
    GraftState state = new GraftCourse(plan, seed, recipientKey).advanceTo(day);
    EndocrinePatient patient = VirtualSubjects.recipient(catalogueId, recipientKey, seed, plan, state);
    double basal = patient.usualBasalUPerMin() * residualBasalFraction(state, plan.globals());
    return new Outcome(Mmtt.run(patient, basal), state, basal);
  }
}
