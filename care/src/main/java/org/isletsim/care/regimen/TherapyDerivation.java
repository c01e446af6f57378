package org.isletsim.care.regimen;

import org.isletsim.InvalidInputException;
import org.isletsim.control.TherapyProfile;
import org.isletsim.physiology.PatientParameters;

/**
 * Therapy settings for a virtual person: the Quest.csv row for the 30 catalogue patients, otherwise derived
 * from the parameter set with the usual clinical rules of thumb (Walsh J, Roberts R, "Pumping Insulin"): total
 * daily insulin TDI = basal / basal share (basal u2ss·BW/6000 per minute × 1440, basal share 0.5); carbohydrate
 * ratio CR = 500/TDI g/U. For the correction factor the '1800 rule' (CF = 1800/TDI) is about three times
 * larger than the Quest values of the catalogue, so CF = K/TDI with K the geometric mean of CF·TDI over the 30
 * Quest rows ({@link #CF_RULE_K}), which keeps generated people consistent with the reference ones.
 * {@code TherapyDerivationTest} compares the derivation with the catalogue.
 */
public final class TherapyDerivation {
  /** Basal share of the total daily dose assumed by the rules. */
  public static final double BASAL_SHARE = 0.5;

  /** CF·TDI, geometric mean over Quest.csv (mg/dL·U/U). */
  public static final double CF_RULE_K = questCfRule();

  private TherapyDerivation() {}

  private static double questCfRule() {
    double s = 0;
    int n = 0;
    for (PatientParameters p : org.isletsim.physiology.PatientCatalog.all()) {
      TherapyProfile q = TherapyProfile.forPatient(p.name());
      s += Math.log(q.correctionFactorMgDlPerU() * q.totalDailyInsulinU());
      n++;
    }
    return Math.exp(s / n);
  }

  /** Quest settings if the patient has a row, else {@link #derive}. */
  public static TherapyProfile forPatient(PatientParameters p) {
    try {
      return TherapyProfile.forPatient(p.name());
    } catch (InvalidInputException notInQuest) {
      return derive(p);
    }
  }

  /** Settings from the 500 rule and the catalogue's CF rule on a TDI estimated from the steady-state basal. */
  public static TherapyProfile derive(PatientParameters p) {
    double tdi = p.basalUPerMin() * 1440 / BASAL_SHARE;
    return new TherapyProfile(p.name(), 500 / tdi, CF_RULE_K / tdi, Double.NaN, tdi);
  }
}
