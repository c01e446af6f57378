package org.isletsim.graft;

import static org.isletsim.graft.EndocrineState.*;

import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.isletsim.InvalidInputException;
import org.isletsim.physiology.PatientCatalog;
import org.isletsim.physiology.PatientParameters;
import org.isletsim.physiology.StateIndex;
import org.isletsim.physiology.VirtualPatient;
import org.isletsim.random.RandomStreams;

/**
 * Builds the virtual subjects of the graft work: healthy controls (native pancreas), T1D recipients with a
 * graft on a given day of its course, and T1D subjects without graft (the engine's patient, untouched).
 */
public final class VirtualSubjects {
  /** Prefix of healthy-control ids: {@code healthy} (= healthy#001) or {@code healthy#N}. */
  public static final String HEALTHY = "healthy";

  private VirtualSubjects() {}

  /** True if {@code id} names a healthy control. */
  public static boolean isHealthy(String id) {
    return id.toLowerCase(Locale.ROOT).startsWith(HEALTHY);
  }

  /**
   * Healthy control number {@code index} (1-based): the S2008 equations of the engine with the average
   * normal-subject parameters of Dalla Man C, Rizza RA, Cobelli C, IEEE Trans Biomed Eng 2007;54:1740-1749
   * ({@link HealthyParameters}), a native portal pancreas (φβ = φα = 1), seeded between-subject variability
   * ({@code stream(seed, "healthy#N", "healthy-control")}: body weight, insulin sensitivity Vmx, hepatic insulin
   * action kp3, set point h, secretion α, β, K), Van Cauter C-peptide kinetics, started at the fasting steady
   * state at h.
   */
  public static EndocrinePatient healthy(int index, long seed) {
    if (index < 1) throw new InvalidInputException("healthy control index must be >= 1 (got " + index + ")");
    String id = String.format(Locale.ROOT, "healthy#%03d", index);
    UniformRandomProvider rng = RandomStreams.stream(seed, id, "healthy-control");
    ContinuousSampler z = RandomStreams.standardNormal(rng);
    double bw = Math.min(110, Math.max(50, 75 + 10 * z.sample()));
    double vmxFactor = GraftCourse.logNormal(z.sample(), 0.15);
    double kp3Factor = GraftCourse.logNormal(z.sample(), 0.15);
    PatientParameters absorption =
        PatientCatalog.get(String.format(Locale.ROOT, "adult#%03d", (index - 1) % 10 + 1));
    PatientParameters p = HealthyParameters.normal(id, absorption, bw, vmxFactor, kp3Factor);
    SecretionParameters n = SecretionParameters.NORMAL;
    double h = Math.min(98, Math.max(76, 86 + 4 * z.sample()));
    SecretionParameters s = new SecretionParameters(
        n.gammaPerMin(),
        n.alphaPerMin() * GraftCourse.logNormal(z.sample(), 0.2),
        n.betaPmolPerKgMinPerMgDl() * GraftCourse.logNormal(z.sample(), 0.2),
        n.kPmolPerKgPerMgDl() * GraftCourse.logNormal(z.sample(), 0.25),
        h,
        n.kp4MgKgMinPerPmolKg(),
        n.m5PerPmolKgMin(),
        n.m6());
    Demographics d = Demographics.sample(seed, id);
    CpeptideKinetics cp = d.cpeptideKinetics(p.bodyWeightKg());
    NativeSteadyState.Solution ss = NativeSteadyState.solve(p, h, s);
    EndocrineModel model = new EndocrineModel(
        p, s, ss.basalSecretionPmolPerKgMin(), cp, GlucagonParameters.DEFAULT, ss.insulinPmolL(), GraftSite.PORTAL_VEIN);
    model.setFunctionalFractions(1, 1);
    double[] x = new double[EndocrineState.COUNT];
    System.arraycopy(NativeSteadyState.s2008State(p, h, ss), 0, x, 0, StateIndex.COUNT);
    double sb = ss.basalSecretionPmolPerKgMin();
    x[IPO] = sb / s.gammaPerMin();
    x[CP1] = cp.steadyStatePmolL(sb * p.bodyWeightKg());
    x[CP2] = cp.k21PerMin() / cp.k12PerMin() * x[CP1];
    return new EndocrinePatient(p, model, x, 0);
  }

  /** Parses {@code healthy} / {@code healthy#N} and builds that control. */
  public static EndocrinePatient healthy(String id, long seed) {
    String rest = id.substring(HEALTHY.length());
    if (rest.isEmpty()) return healthy(1, seed);
    if (!rest.startsWith("#")) throw new InvalidInputException("--patient: expected 'healthy' or 'healthy#N', got '" + id + "'");
    try {
      return healthy(Integer.parseInt(rest.substring(1)), seed);
    } catch (NumberFormatException e) {
      throw new InvalidInputException("--patient: expected 'healthy' or 'healthy#N', got '" + id + "'");
    }
  }

  /** A catalogue T1D subject without graft: the engine's own patient. */
  public static T1dLabSubject t1d(String catalogueId) {
    return new T1dLabSubject(new VirtualPatient(catalogueParameters(catalogueId)));
  }

  /**
   * A catalogue T1D subject carrying the graft of {@code course} in the state of {@code graft} (the course's
   * current day). Full native mass is defined by the subject's own kinetics: the portal secretion that holds
   * fasting plasma glucose at h = {@link SecretionParameters#NORMAL}'s set point without exogenous insulin.
   * The S2008 state starts from the catalogue (basal-insulin) state; callers run a fasting run-in.
   *
   * @param catalogueId S2008 subject, e.g. {@code adult#001}
   * @param recipientKey id used for the recipient's random streams (e.g. {@code adult#001/r07})
   */
  public static EndocrinePatient recipient(
      String catalogueId, String recipientKey, long seed, GraftPlan plan, GraftState graft) {
    return recipient(catalogueParameters(catalogueId), recipientKey, seed, plan, graft);
  }

  /**
   * As above, for any S2008 parameter set (e.g. a care population member) whose age, sex and height are not known:
   * they are drawn ({@link Demographics#sample}) for the C-peptide kinetics.
   */
  public static EndocrinePatient recipient(
      PatientParameters p, String recipientKey, long seed, GraftPlan plan, GraftState graft) {
    return recipient(p, Demographics.sample(seed, recipientKey), plan, graft);
  }

  /**
   * As above, for a subject whose age, sex and height are known (a trial participant, a candidacy twin): they set
   * the Van Cauter C-peptide kinetics with the parameter set's body weight.
   */
  public static EndocrinePatient recipient(PatientParameters p, Demographics who, GraftPlan plan, GraftState graft) {
    SecretionParameters s = SecretionParameters.NORMAL;
    NativeSteadyState.Solution ss = NativeSteadyState.solve(p, s.thresholdGlucoseMgDl(), s);
    CpeptideKinetics cp = who.cpeptideKinetics(p.bodyWeightKg());
    // native mass is defined with the normal-subject kp4; the recipient's liver responds to portal graft insulin
    // with kp4 × portalInsulinActionFactor (BiologyGlobals)
    SecretionParameters recipientSecretion = s.withKp4(s.kp4MgKgMinPerPmolKg() * plan.globals().portalInsulinActionFactor());
    EndocrineModel model = new EndocrineModel(
        p, recipientSecretion, ss.basalSecretionPmolPerKgMin(), cp, GlucagonParameters.DEFAULT, p.ibPmolL(), plan.site());
    model.setFunctionalFractions(graft.betaFraction(), graft.alphaFraction());
    double[] x = new double[EndocrineState.COUNT];
    System.arraycopy(p.initialState(), 0, x, 0, StateIndex.COUNT);
    return new EndocrinePatient(p, model, x, p.basalUPerMin());
  }

  static PatientParameters catalogueParameters(String id) {
    try {
      return PatientCatalog.get(id, ", " + HEALTHY + " or " + HEALTHY + "#N (a healthy control)");
    } catch (RuntimeException e) {
      if (e instanceof InvalidInputException iie) throw iie;
      throw new InvalidInputException("--patient: unknown patient '" + id + "'", e);
    }
  }
}
