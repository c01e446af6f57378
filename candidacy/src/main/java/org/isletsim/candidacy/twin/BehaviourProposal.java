package org.isletsim.candidacy.twin;

import org.isletsim.candidacy.profile.Therapy;
import org.isletsim.trial.stats.SpecialFunctions;

/**
 * Where to look for a twin's glycaemic-control behaviour (the probability of missing a meal bolus, prior uniform
 * on [0, {@value #MAX}]) so that its simulated HbA1c is near the person's: a truncated normal centred where the care
 * module's course gives the observed HbA1c for the regimen and awareness, from a calibration run of the 10 adult
 * parameter sets for one year (docs/VALIDATION.md "Candidacy"): HbA1c at missed-bolus probability 0.2 and its slope
 * per unit of probability. The importance weight carries prior/proposal, so a stale table makes the twins less
 * efficient (lower effective sample size), never biased.
 */
public final class BehaviourProposal {
  /** Upper end of the prior of the missed-bolus probability. */
  public static final double MAX = 0.6;
  /** Bounds of the proposal SD. */
  static final double MIN_SD = 0.12, MAX_SD = 0.35;

  private BehaviourProposal() {}

  /** HbA1c (%) at missed-bolus probability 0.2 and slope (% per unit probability), by regimen and awareness. */
  static double[] calibration(Therapy t, boolean impaired) {
    return switch (t) {
      case PUMP -> impaired ? new double[] {7.81, 1.94} : new double[] {7.41, 2.14};
      case MDI -> impaired ? new double[] {7.79, 1.97} : new double[] {7.44, 1.91};
      case HCL -> impaired ? new double[] {7.48, 0.51} : new double[] {7.17, 1.06};
    };
  }

  /** Proposal centre for an observed HbA1c (%), clamped to the prior's support. */
  public static double centre(Therapy t, boolean impaired, double hba1cPct) {
    double[] c = calibration(t, impaired);
    return Math.max(0, Math.min(MAX, 0.2 + (hba1cPct - c[0]) / c[1]));
  }

  /**
   * Proposal SD: the spread in behaviour that the HbA1c likelihood leaves ({@link Conditioning#HBA1C_SD} / slope),
   * so the proposal is about as wide as the posterior and the weights stay even; bounded to [0.12, 0.35].
   */
  public static double sd(Therapy t, boolean impaired) {
    return Math.max(MIN_SD, Math.min(MAX_SD, Conditioning.HBA1C_SD / calibration(t, impaired)[1]));
  }

  /** log(prior density / proposal density) at {@code x}. */
  public static double logRatio(double x, double centre, double sd) {
    double z = (x - centre) / sd;
    double mass = SpecialFunctions.normalCdf((MAX - centre) / sd) - SpecialFunctions.normalCdf(-centre / sd);
    double logProposal = -0.5 * z * z - Math.log(sd * Math.sqrt(2 * Math.PI)) - Math.log(mass);
    return -Math.log(MAX) - logProposal;
  }
}
