package org.isletsim.graft;

import static org.isletsim.graft.EndocrineState.*;
import static org.isletsim.physiology.StateIndex.*;

import org.isletsim.ode.OdeSystem;
import org.isletsim.physiology.PatientParameters;
import org.isletsim.physiology.UvaPadovaModel;

/**
 * The S2008 patient coupled to endogenous islet function: beta-cell insulin secretion (Dalla Man 2007, see
 * {@link SecretionParameters}) with equimolar C-peptide (Van Cauter 1992, {@link CpeptideKinetics}), and
 * alpha-cell glucagon counter-regulation acting on endogenous glucose production (S2013 form, see
 * {@link GlucagonParameters}). Secretion is scaled by the functional beta-cell fraction φβ and glucagon by the
 * alpha-cell fraction φα (1 = a native pancreas); both are set by the slow graft process between integrations.
 *
 * <p>The 13 S2008 equations are not restated: the engine's {@link UvaPadovaModel} computes them, and this model
 * adds (i) the secreted insulin γ·Ipo to the liver insulin Il (portal delivery, so it undergoes hepatic
 * first-pass extraction m30, and portal insulin suppresses EGP by kp4·Ipo) or to plasma insulin Ip
 * (extra-hepatic sites, no kp4 term); (ii) the glucagon term ζ·XH inside the clipped EGP. With φβ = φα = 0
 * (and the appended states at zero) the first 13 derivatives equal the engine's exactly.
 *
 * <p>Not thread-safe; no allocation in {@link #computeDerivatives}.
 */
public final class EndocrineModel implements OdeSystem {
  private final UvaPadovaModel base;
  private final double vg, vi, bw;
  private final double gamma, alpha, beta, kDyn, h, sb, kp4;
  private final double m1, m30, heb;
  private final SecretionParameters secretionParams;
  private final double k01, k21, k12, cpVolumeL;
  private final double nH, sigma, delta, rho, kH, zeta, gth, ith, isupp;
  private final boolean portal;
  private double betaFraction;
  private double alphaFraction;

  /**
   * @param p the subject's S2008 parameters
   * @param secretion secretion parameters (set point h)
   * @param basalSecretionPmolPerKgMin Sb of a full native beta-cell mass at glucose h
   * @param cpeptide C-peptide kinetics
   * @param glucagon glucagon parameters
   * @param insulinThresholdPmolL Ith: plasma insulin above which glucagon secretion is damped
   * @param site graft site (portal or systemic delivery)
   */
  public EndocrineModel(
      PatientParameters p,
      SecretionParameters secretion,
      double basalSecretionPmolPerKgMin,
      CpeptideKinetics cpeptide,
      GlucagonParameters glucagon,
      double insulinThresholdPmolL,
      GraftSite site) {
    base = new UvaPadovaModel(p);
    vg = p.vgDlPerKg();
    vi = p.viLPerKg();
    bw = p.bodyWeightKg();
    gamma = secretion.gammaPerMin();
    alpha = secretion.alphaPerMin();
    beta = secretion.betaPmolPerKgMinPerMgDl();
    kDyn = secretion.kPmolPerKgPerMgDl();
    h = secretion.thresholdGlucoseMgDl();
    sb = basalSecretionPmolPerKgMin;
    kp4 = site.portalDelivery() ? secretion.kp4MgKgMinPerPmolKg() : 0;
    m1 = p.m1PerMin();
    m30 = p.m30PerMin();
    heb = m30 / (m1 + m30);
    secretionParams = secretion;
    k01 = cpeptide.k01PerMin();
    k21 = cpeptide.k21PerMin();
    k12 = cpeptide.k12PerMin();
    cpVolumeL = cpeptide.volumeL();
    nH = glucagon.nPerMin();
    sigma = glucagon.sigmaNgLMinPerMgDl();
    delta = glucagon.deltaNgLPerMgDl();
    rho = glucagon.rhoPerMin();
    kH = glucagon.kHPerMin();
    zeta = glucagon.zetaMgKgMinPerNgL();
    gth = glucagon.thresholdGlucoseMgDl();
    ith = insulinThresholdPmolL;
    isupp = glucagon.insulinSuppressionPmolL();
    portal = site.portalDelivery();
  }

  @Override
  public int dimension() {
    return EndocrineState.COUNT;
  }

  /** Insulin-sensitivity and uptake modulation, as {@link UvaPadovaModel#setModulation}. */
  public void setModulation(double insulinSensitivityFactor, double extraUptakeMgPerKgMin) {
    base.setModulation(insulinSensitivityFactor, extraUptakeMgPerKgMin);
  }

  /** As {@link UvaPadovaModel#setGlucoseFloorRecovery}. */
  public void setGlucoseFloorRecovery(boolean recovers) {
    base.setGlucoseFloorRecovery(recovers);
  }

  /** Exogenous inputs, as {@link UvaPadovaModel#setInputs}. */
  public void setInputs(double choMgPerMin, double insulinPmolPerKgMin, double dbarMg) {
    base.setInputs(choMgPerMin, insulinPmolPerKgMin, dbarMg);
  }

  /** Functional beta-cell and alpha-cell fractions (1 = native pancreas). */
  public void setFunctionalFractions(double betaFraction, double alphaFraction) {
    if (!(betaFraction >= 0) || !(alphaFraction >= 0)) {
      throw new IllegalArgumentException("functional fractions must be >= 0");
    }
    this.betaFraction = betaFraction;
    this.alphaFraction = alphaFraction;
  }

  public double betaFraction() {
    return betaFraction;
  }

  public double alphaFraction() {
    return alphaFraction;
  }

  /** Basal secretion of a full native mass at glucose h, pmol/kg/min. */
  public double basalSecretionPmolPerKgMin() {
    return sb;
  }

  /** Insulin secretion rate leaving the islets, pmol/kg/min, for state {@code x}. */
  public double secretionPmolPerKgMin(double[] x) {
    return gamma * x[IPO];
  }

  /**
   * Hepatic insulin extraction for a portal secretion S (Dalla Man 2007: HE = −m5·S + m6), never above the
   * subject's basal extraction HEb (so that without secretion the engine's constant m30 is unchanged) and never
   * below 0.
   */
  static double hepaticExtraction(double heb, SecretionParameters s, double secretionPmolPerKgMin) {
    return Math.max(0, Math.min(heb, s.m6() - s.m5PerPmolKgMin() * secretionPmolPerKgMin));
  }

  @Override
  public void computeDerivatives(double tMin, double[] x, double[] dx) {
    base.computeDerivatives(tMin, x, dx);

    final double gp = x[GP];
    // portal insulin (Dalla Man 2007 kp4) and glucagon (S2013 ζ) inside the clipped EGP of S2008
    final double xh = x[XH];
    final double extra = zeta * xh - kp4 * x[IPO];
    if (extra != 0 && gp >= 0) {
      final double egp = base.endogenousProduction(gp, x[ID]);
      dx[GP] += Math.max(egp + extra, 0) - Math.max(egp, 0);
    }

    // insulin secretion (Dalla Man 2007)
    final double secretion = gamma * x[IPO];
    if (portal) {
      dx[IL] += secretion;
      if (x[IL] >= 0 && secretion > 0) {
        // secretion-dependent hepatic extraction replaces the engine's constant m30
        final double he = hepaticExtraction(heb, secretionParams, secretion);
        dx[IL] += (m30 - he * m1 / (1 - he)) * x[IL];
      }
    } else {
      dx[IP] += secretion;
    }
    final double g = gp / vg;
    final double dg = dx[GP] / vg;
    final double y = x[Y];
    final double spo = Math.max(y + kDyn * Math.max(dg, 0) + sb, 0);
    dx[IPO] = -gamma * x[IPO] + betaFraction * spo;
    final double target = beta * (g - h);
    dx[Y] = target >= -sb ? -alpha * (y - target) : -alpha * y - alpha * sb;

    // C-peptide, co-secreted equimolarly, never extracted by the liver
    final double cp1 = x[CP1], cp2 = x[CP2];
    dx[CP1] = -(k01 + k21) * cp1 + k12 * cp2 + secretion * bw / cpVolumeL;
    dx[CP2] = k21 * cp1 - k12 * cp2;

    // glucagon above basal (S2013 form)
    final double insulinExcess = Math.max(x[IP] / vi - ith, 0);
    final double staticTarget = alphaFraction * sigma * Math.max(gth - g, 0) / (1 + insulinExcess / isupp);
    dx[SRHS] = -rho * (x[SRHS] - staticTarget);
    final double dynamic = alphaFraction * delta * Math.max(-dg, 0);
    dx[H] = -nH * x[H] + x[SRHS] + dynamic;
    dx[XH] = -kH * xh + kH * Math.max(x[H], 0);
  }
}
