package org.isletsim.graft;

/**
 * Beta-cell secretion of the UVA/Padova meal model for a healthy subject (Dalla Man C, Rizza RA, Cobelli C.
 * "Meal simulation model of the glucose-insulin system." IEEE Trans Biomed Eng 2007;54(10):1740-1749):
 *
 * <pre>
 *   S    = γ·Ipo                                   (secretion leaving the islets, pmol/kg/min)
 *   dIpo = −γ·Ipo + Spo
 *   Spo  = Y + K·max(dG/dt, 0) + Sb                (dynamic, rate-of-change component K)
 *   dY   = −α·(Y − β·(G − h))      if β·(G − h) ≥ −Sb      (static component, delay 1/α)
 *   dY   = −α·Y − α·Sb             otherwise
 *   EGP  = … − kp4·Ipo                            (portal insulin suppresses EGP directly)
 *   HE   = min(HEb, m6 − m5·S)                     (hepatic extraction falls when secretion is high)
 * </pre>
 *
 * G is plasma glucose (mg/dL) and h the glucose at which secretion equals its basal value Sb. Values: γ, α, β,
 * K for normal subjects as given in the paper's table (see docs/VALIDATION.md "Sources checked"). Sb is not a
 * free parameter here: it is the secretion that holds the subject at h with a full native beta-cell mass (see
 * {@link NativeSteadyState}).
 *
 * @param gammaPerMin γ, transfer rate portal → liver, 1/min
 * @param alphaPerMin α, delay of the static secretion, 1/min
 * @param betaPmolPerKgMinPerMgDl β, static responsivity, pmol/kg/min per mg/dL
 * @param kPmolPerKgPerMgDl K, dynamic responsivity, pmol/kg per mg/dL
 * @param thresholdGlucoseMgDl h, glucose set point of secretion, mg/dL
 * @param kp4MgKgMinPerPmolKg kp4, suppression of EGP by portal insulin, mg/kg/min per pmol/kg (portal site only)
 * @param m5PerPmolKgMin m5, fall of hepatic extraction per unit secretion, per pmol/kg/min
 * @param m6 m6, hepatic extraction extrapolated to zero secretion
 */
public record SecretionParameters(
    double gammaPerMin,
    double alphaPerMin,
    double betaPmolPerKgMinPerMgDl,
    double kPmolPerKgPerMgDl,
    double thresholdGlucoseMgDl,
    double kp4MgKgMinPerPmolKg,
    double m5PerPmolKgMin,
    double m6) {

  /**
   * Dalla Man 2007, normal subjects: γ 0.5, α 0.050, β 0.11, K 2.30, kp4 0.0618, m5 0.0304, m6 0.6471; h = 90
   * mg/dL (set point).
   */
  public static final SecretionParameters NORMAL =
      new SecretionParameters(0.5, 0.050, 0.11, 2.30, 90.0, 0.0618, 0.0304, 0.6471);

  public SecretionParameters {
    if (!(gammaPerMin > 0)) throw new IllegalArgumentException("gammaPerMin must be > 0");
    if (!(alphaPerMin > 0)) throw new IllegalArgumentException("alphaPerMin must be > 0");
    if (!(betaPmolPerKgMinPerMgDl >= 0)) throw new IllegalArgumentException("beta must be >= 0");
    if (!(kPmolPerKgPerMgDl >= 0)) throw new IllegalArgumentException("K must be >= 0");
    if (!(thresholdGlucoseMgDl > 40 && thresholdGlucoseMgDl < 200)) {
      throw new IllegalArgumentException("thresholdGlucoseMgDl must be in (40, 200)");
    }
    if (!(kp4MgKgMinPerPmolKg >= 0)) throw new IllegalArgumentException("kp4 must be >= 0");
    if (!(m5PerPmolKgMin >= 0) || !(m6 > 0 && m6 < 1)) throw new IllegalArgumentException("m5 >= 0, 0 < m6 < 1 required");
  }

  /** A copy with another set point h. */
  public SecretionParameters withThreshold(double hMgDl) {
    return new SecretionParameters(
        gammaPerMin, alphaPerMin, betaPmolPerKgMinPerMgDl, kPmolPerKgPerMgDl, hMgDl, kp4MgKgMinPerPmolKg,
        m5PerPmolKgMin, m6);
  }

  /** A copy with another portal-insulin action kp4. */
  public SecretionParameters withKp4(double kp4) {
    return new SecretionParameters(
        gammaPerMin, alphaPerMin, betaPmolPerKgMinPerMgDl, kPmolPerKgPerMgDl, thresholdGlucoseMgDl, kp4, m5PerPmolKgMin, m6);
  }
}
