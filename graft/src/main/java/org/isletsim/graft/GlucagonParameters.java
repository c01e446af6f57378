package org.isletsim.graft;

/**
 * Alpha-cell counter-regulation after the UVA/Padova S2013 glucagon model (Dalla Man C, Micheletto F, Lv D,
 * Breton M, Kovatchev B, Cobelli C. "The UVA/PADOVA Type 1 Diabetes Simulator: New Features." J Diabetes Sci
 * Technol 2014;8(1):26-34): one-compartment glucagon kinetics, static secretion driven by glucose below a
 * threshold and damped by insulin, dynamic secretion driven by the rate of fall of glucose, and a delayed
 * action of glucagon on endogenous glucose production.
 *
 * <p>Here H is glucagon <em>above basal</em> (ng/L): the engine's S2008 EGP already contains the effect of
 * basal glucagon, so only the counter-regulatory excess is added, and a subject without alpha-cell function
 * (a T1D recipient without graft) is exactly the S2008 model.
 *
 * <pre>
 *   dSRs = −ρ·(SRs − φα·σ·max(Gth − G, 0) / (1 + max(I − Ith, 0)/Isupp))
 *   SRd  = φα·δ·max(−dG/dt, 0)
 *   dH   = −n·H + SRs + SRd
 *   dXH  = −kH·XH + kH·max(H, 0)
 *   EGP  = EGP_S2008 + ζ·XH
 * </pre>
 *
 * @param nPerMin glucagon clearance n, 1/min
 * @param sigmaNgLMinPerMgDl static secretion responsivity σ, ng/L/min per mg/dL
 * @param deltaNgLPerMgDl dynamic secretion responsivity δ, ng/L per mg/dL
 * @param rhoPerMin delay of static secretion ρ, 1/min
 * @param kHPerMin delay of glucagon action kH, 1/min
 * @param zetaMgKgMinPerNgL glucagon action on EGP ζ, mg/kg/min per ng/L
 * @param thresholdGlucoseMgDl Gth, glucose below which static secretion rises, mg/dL
 * @param insulinSuppressionPmolL Isupp, plasma insulin above threshold that halves static secretion, pmol/L
 */
public record GlucagonParameters(
    double nPerMin,
    double sigmaNgLMinPerMgDl,
    double deltaNgLPerMgDl,
    double rhoPerMin,
    double kHPerMin,
    double zetaMgKgMinPerNgL,
    double thresholdGlucoseMgDl,
    double insulinSuppressionPmolL) {

  /** Values used by default; see docs/VALIDATION.md for where each comes from and what is unverified. */
  public static final GlucagonParameters DEFAULT =
      new GlucagonParameters(0.15, 1.093, 0.682, 0.57, 0.16, 0.009, 70.0, 100.0);

  public GlucagonParameters {
    if (!(nPerMin > 0) || !(rhoPerMin > 0) || !(kHPerMin > 0)) {
      throw new IllegalArgumentException("glucagon rate constants must be > 0");
    }
    if (!(sigmaNgLMinPerMgDl >= 0) || !(deltaNgLPerMgDl >= 0) || !(zetaMgKgMinPerNgL >= 0)) {
      throw new IllegalArgumentException("glucagon gains must be >= 0");
    }
    if (!(insulinSuppressionPmolL > 0)) throw new IllegalArgumentException("insulinSuppressionPmolL must be > 0");
  }
}
