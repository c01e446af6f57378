package org.isletsim.graft;

import org.isletsim.physiology.PatientParameters;
import org.isletsim.physiology.StateIndex;

/**
 * S2008-shaped parameters of a healthy (normal) subject: the average normal-subject values of Dalla Man C,
 * Rizza RA, Cobelli C. "Meal simulation model of the glucose-insulin system." IEEE Trans Biomed Eng
 * 2007;54(10):1740-1749 (Table I, "normal" column). Hepatic insulin extraction is held at its basal value
 * HEb = 0.6, i.e. m30 = HEb·m1/(1 − HEb) (the paper's time-varying HE = −m5·S + m6 and the kp4 portal-insulin
 * term is added by {@link EndocrineModel} for portal secretion; the time-varying extraction HE = −m5·S + m6 is
 * applied there too). Meal absorption uses the paper's kabs, kmax, kmin, b and f, but d (the paper's c) is the
 * mean of the engine's ten adults (0.17) instead of 0.010: simglucose's gastric-emptying reference dose D̄ grows
 * while eating, and with c = 0.010 emptying stays near kmin for two hours. Subcutaneous insulin and
 * glucose-sensor constants (unused without exogenous insulin) come from catalogue adult {@code absorptionFrom}.
 * Sources checked: docs/VALIDATION.md.
 */
public final class HealthyParameters {
  /** Basal hepatic insulin extraction of normal subjects. */
  public static final double HE_BASAL = 0.6;

  private HealthyParameters() {}

  /**
   * @param name subject id
   * @param absorptionFrom catalogue subject whose subcutaneous-insulin and sensor constants are used
   * @param bodyWeightKg body weight
   * @param vmxFactor multiplier of insulin sensitivity Vmx (1 = average)
   * @param kp3Factor multiplier of hepatic insulin action kp3 (1 = average)
   */
  public static PatientParameters normal(
      String name, PatientParameters absorptionFrom, double bodyWeightKg, double vmxFactor, double kp3Factor) {
    PatientParameters ref = absorptionFrom;
    double m1 = 0.190;
    double m30 = HE_BASAL * m1 / (1 - HE_BASAL);
    double[] x0 = new double[StateIndex.COUNT]; // replaced by the steady state of the caller
    return new PatientParameters(
        name,
        bodyWeightKg,
        x0,
        25.49, // Ib, pmol/L
        0.057, // kabs
        0.0558, // kmax
        0.0080, // kmin
        0.82, // b
        0.17, // d: mean of the catalogue adults (see class doc)
        1.88, // Vg, dL/kg
        0.05, // Vi, L/kg
        0.047 * vmxFactor, // Vmx
        225.59, // Km0
        0.079, // k2
        0.065, // k1
        0.0331, // p2U
        m1,
        0.484, // m2
        0.194, // m4
        m30,
        0.0079, // ki
        2.70, // kp1
        0.0021, // kp2
        0.009 * kp3Factor, // kp3
        0.90, // f
        0.0005, // ke1
        339, // ke2
        1.0, // Fsnc
        2.50, // Vm0
        ref.kdPerMin(),
        ref.kscPerMin(),
        ref.ka1PerMin(),
        ref.ka2PerMin(),
        0.0);
  }
}
