package org.isletsim.graft;

/**
 * Graft-biology constants shared by all products (defaults in {@code graft-defaults.yaml}).
 *
 * @param nativeIeq islet equivalents of a native adult pancreas (functional fraction 1)
 * @param cellsPerIeq cells per islet equivalent (dose conversion)
 * @param immunosuppressionAlloEfficacy fraction of the alloimmune hazard removed by full immunosuppression
 * @param immunosuppressionAutoEfficacy fraction of the autoimmune hazard removed by full immunosuppression
 * @param glucotoxicityThresholdMgDl mean glucose above which glucotoxic loss starts, mg/dL
 * @param insulinIndependenceBetaFraction functional beta fraction at which basal insulin is no longer needed
 *     (residual basal = usual basal × max(0, 1 − φβ / this))
 * @param earlyLossSd between-recipient SD of the early loss on the logit scale
 * @param maturationCv between-recipient CV of the maturation time
 * @param potencyCv between-recipient CV of potency
 * @param hazardCv between-recipient CV of each attrition hazard
 * @param portalInsulinActionFactor multiplier of Dalla Man's kp4 (direct suppression of endogenous glucose
 *     production by portal insulin) in graft recipients: the S2008 T1D subjects' hepatic parameters were
 *     identified under peripheral (subcutaneous) insulin, so graft insulin delivered into the portal vein acts on
 *     their liver only through the normal-subject kp4; calibrated jointly with potency (VALIDATION.md "Graft")
 * @param earlyRejectionHazardPerYear loss hazard of every graft pool once a recipient's early rejection episode
 *     has begun ({@link ProductParameters#earlyRejectionProbability}), 1/year
 */
public record BiologyGlobals(
    double nativeIeq,
    double cellsPerIeq,
    double immunosuppressionAlloEfficacy,
    double immunosuppressionAutoEfficacy,
    double glucotoxicityThresholdMgDl,
    double insulinIndependenceBetaFraction,
    double earlyLossSd,
    double maturationCv,
    double potencyCv,
    double hazardCv,
    double portalInsulinActionFactor,
    double earlyRejectionHazardPerYear) {

  public BiologyGlobals {
    ProductParameters.positive(nativeIeq, "nativeIeq");
    ProductParameters.positive(cellsPerIeq, "cellsPerIeq");
    ProductParameters.fraction(immunosuppressionAlloEfficacy, "immunosuppressionAlloEfficacy");
    ProductParameters.fraction(immunosuppressionAutoEfficacy, "immunosuppressionAutoEfficacy");
    ProductParameters.positive(glucotoxicityThresholdMgDl, "glucotoxicityThresholdMgDl");
    ProductParameters.positive(insulinIndependenceBetaFraction, "insulinIndependenceBetaFraction");
    ProductParameters.nonNegative(earlyLossSd, "earlyLossSd");
    ProductParameters.nonNegative(maturationCv, "maturationCv");
    ProductParameters.nonNegative(potencyCv, "potencyCv");
    ProductParameters.nonNegative(hazardCv, "hazardCv");
    ProductParameters.nonNegative(portalInsulinActionFactor, "portalInsulinActionFactor");
    ProductParameters.nonNegative(earlyRejectionHazardPerYear, "earlyRejectionHazardPerYear");
  }
}
