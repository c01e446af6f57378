package org.isletsim.trial.sim;

import org.isletsim.cgm.CgmMetrics;
import org.isletsim.cgm.GlucoseSeries;
import org.isletsim.control.TherapyProfile;
import org.isletsim.graft.CpeptideKinetics;
import org.isletsim.graft.Demographics;
import org.isletsim.graft.EndocrineModel;
import org.isletsim.graft.EndocrinePatient;
import org.isletsim.graft.EndocrineState;
import org.isletsim.graft.GlucagonParameters;
import org.isletsim.graft.GraftSite;
import org.isletsim.graft.Mmtt;
import org.isletsim.graft.MmttResult;
import org.isletsim.graft.NativeSteadyState;
import org.isletsim.graft.SecretionParameters;
import org.isletsim.physiology.PatientParameters;
import org.isletsim.physiology.StateIndex;
import org.isletsim.trial.cohort.VirtualPerson;

/**
 * The minute-scale physiology of one visit [PROVISIONAL]: the person's S2008 physiology with the graft's
 * functional fractions of that day (built as {@code VirtualSubjects.recipient} does, but from the person's own
 * parameters), one run-in day and {@value #CGM_DAYS} measured day(s) of ordinary life (meals 45/70/80 g at
 * 07:00/12:00/18:00, the catalogue subject's carbohydrate ratio, basal and boluses scaled by the insulin
 * fraction), sensor glucose every 5 min analysed by {@link CgmMetrics} (the CGM module's code), then an MMTT
 * ({@link Mmtt}) the next morning on the residual basal insulin. The carbohydrate ratio is scaled by
 * {@link #sensitivityFactor}; CGM readings are clipped to 40–400 mg/dL.
 *
 * <p>Provisional: the issue asks for CGM metrics over the 14 days before each visit. Without the care layer's
 * day-to-day variability (meals, insulin-sensitivity, carbohydrate-counting error) 14 identical days add cost but
 * no information, so one measured day is simulated; replace by the care layer's course.
 */
public final class VisitPhysiology {
  /** Measured CGM days per visit. */
  public static final int CGM_DAYS = 1;
  private static final double[] MEALS_G = {45, 70, 80};
  private static final int[] MEAL_MIN = {420, 720, 1080};

  /**
   * @param cgm CGM metrics of the measured day(s)
   * @param mmtt the MMTT
   * @param usualInsulinUPerDay the person's usual total daily insulin without graft, U/day
   */
  public record Result(CgmMetrics cgm, MmttResult mmtt, double usualInsulinUPerDay) {}

  private VisitPhysiology() {}

  public static Result run(VirtualPerson person, GraftSite site, double betaFraction, double alphaFraction, double insulinFraction) {
    PatientParameters p = person.physiology();
    EndocrinePatient patient = recipient(person, site, betaFraction, alphaFraction);
    double cr = TherapyProfile.forPatient(person.catalogueId()).carbRatioGPerU() * sensitivityFactor(person);
    double basal = patient.usualBasalUPerMin();
    double[] g = new double[CGM_DAYS * 288];
    for (int m = 0; m < (1 + CGM_DAYS) * 1440; m++) {
      int mod = m % 1440;
      double cho = 0;
      for (int i = 0; i < MEAL_MIN.length; i++) if (mod == MEAL_MIN[i]) cho = MEALS_G[i];
      patient.step(cho, insulinFraction * (basal + cho / cr));
      if (m >= 1440 && (m - 1440) % 5 == 4) g[(m - 1440) / 5] = sensorReading(patient.sensorGlucoseMgDl());
    }
    CgmMetrics cgm = CgmMetrics.of(GlucoseSeries.regular(0, 300, g));
    MmttResult mmtt = Mmtt.run(patient, basal * insulinFraction);
    double usual = basal * 1440;
    for (double meal : MEALS_G) usual += meal / cr;
    return new Result(cgm, mmtt, usual);
  }

  /** A CGM reading: clipped to the sensor's reporting range 40–400 mg/dL (Dexcom G6/G7 limits). */
  static double sensorReading(double glucoseMgDl) {
    return Math.max(40, Math.min(400, glucoseMgDl));
  }

  /**
   * How much more insulin-sensitive the person is than their catalogue adult: √(Vmx ratio × kp3 ratio). The
   * meal-bolus carbohydrate ratio is multiplied by it [provisional: the care layer will titrate doses].
   */
  public static double sensitivityFactor(VirtualPerson person) {
    PatientParameters cat = org.isletsim.physiology.PatientCatalog.get(person.catalogueId());
    PatientParameters p = person.physiology();
    return Math.sqrt(p.vmx() / cat.vmx() * (p.kp3() / cat.kp3()));
  }

  static EndocrinePatient recipient(VirtualPerson person, GraftSite site, double beta, double alpha) {
    PatientParameters p = person.physiology();
    SecretionParameters s = SecretionParameters.NORMAL;
    NativeSteadyState.Solution ss = NativeSteadyState.solve(p, s.thresholdGlucoseMgDl(), s);
    CpeptideKinetics cp = new Demographics(person.ageYears(), person.female(), person.heightM()).cpeptideKinetics(p.bodyWeightKg());
    EndocrineModel model = new EndocrineModel(
        p, s, ss.basalSecretionPmolPerKgMin(), cp, GlucagonParameters.DEFAULT, p.ibPmolL(), site);
    model.setFunctionalFractions(beta, alpha);
    double[] x = new double[EndocrineState.COUNT];
    System.arraycopy(p.initialState(), 0, x, 0, StateIndex.COUNT);
    return new EndocrinePatient(p, model, x, p.basalUPerMin());
  }
}
