package org.isletsim.care.graft;

import org.isletsim.physiology.PatientModel;
import org.isletsim.graft.Demographics;
import org.isletsim.graft.GraftCourse;
import org.isletsim.graft.GraftPlan;
import org.isletsim.graft.GraftState;
import org.isletsim.graft.VirtualSubjects;
import org.isletsim.physiology.PatientParameters;

/**
 * An islet graft from a {@link GraftPlan} (graft YAML): the recipient is the graft module's endocrine patient,
 * and the graft module's slow process ({@link GraftCourse}, seeded by {@code (seed, personId)}) advances one
 * day per course day with the previous day's mean glucose and immunosuppression adequacy; its beta/alpha
 * fractions are applied to the patient each day. One instance per course ({@link #fresh()} for populations). The
 * recipient's C-peptide kinetics follow its age, sex and height when they are known, else a draw
 * ({@link Demographics#sample}).
 */
public final class IsletGraft implements RecipientGraft {
  private final GraftPlan plan;
  private final Demographics demographics; // null: drawn from (seed, personId)
  private GraftCourse course;
  private org.isletsim.graft.EndocrinePatient patient;
  private GraftState last;

  /** For a recipient whose age, sex and height are not known (drawn per person for the C-peptide kinetics). */
  public IsletGraft(GraftPlan plan) {
    this(plan, null);
  }

  /** For a recipient of known age, sex and height ({@code demographics}; null: drawn). */
  public IsletGraft(GraftPlan plan, Demographics demographics) {
    this.plan = plan;
    this.demographics = demographics;
  }

  /** A new, unused instance for the same plan and recipient. */
  public IsletGraft fresh() {
    return new IsletGraft(plan, demographics);
  }

  @Override
  public PatientModel physiology(PatientParameters params, String personId, long seed) {
    if (course != null) throw new IllegalStateException("an IsletGraft serves one course; use fresh()");
    course = new GraftCourse(plan, seed, personId);
    last = course.state();
    patient = VirtualSubjects.recipient(params, demographics != null ? demographics : Demographics.sample(seed, personId), plan, last);
    return patient;
  }

  @Override
  public double advanceDay(int day, double previousMeanGlucoseMgDl, double adequacy) {
    last = course.advanceDay(previousMeanGlucoseMgDl, Math.max(0, Math.min(1, adequacy)));
    patient.setFunctionalFractions(last.betaFraction(), last.alphaFraction());
    return last.betaFraction();
  }

  /** The graft on the last advanced day. */
  public GraftState state() {
    return last;
  }

  @Override
  public boolean secretes() {
    return true;
  }

  @Override
  public String name() {
    return plan.product() + "/" + plan.site();
  }
}
