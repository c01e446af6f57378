package org.isletsim.graft;

/**
 * A virtual subject as a laboratory sees it: advanced minute by minute with announced carbohydrate and
 * subcutaneous insulin, sampled for plasma glucose, C-peptide and insulin.
 */
public interface LabSubject {
  /** Advances one minute (announced carbohydrate in g, eaten at 5 g/min; insulin in U/min). */
  void step(double announcedChoG, double insulinUPerMin);

  /** Plasma glucose Gp/Vg, mg/dL (what a laboratory measures). */
  double plasmaGlucoseMgDl();

  /** Interstitial (CGM-observed, noise-free) glucose Gs/Vg, mg/dL. */
  double sensorGlucoseMgDl();

  /** Plasma C-peptide, pmol/L (0 without endogenous secretion). */
  double cpeptidePmolL();

  /** Plasma insulin Ip/Vi, pmol/L. */
  double plasmaInsulinPmolL();

  /** Body weight, kg. */
  double bodyWeightKg();

  /** Basal subcutaneous insulin of the subject's usual therapy, U/min (0 for a healthy control). */
  double usualBasalUPerMin();
}
