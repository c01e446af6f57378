package org.isletsim.care.patient;

/**
 * The minute-scale physiology a care course drives: one step per minute with the carbohydrate announced that
 * minute (eaten at the engine's meal rate) and the exogenous insulin, plus the day's insulin-sensitivity and
 * exercise modulation. {@link EnginePhysiology} is the engine's T1D patient (no endogenous insulin);
 * {@link RecipientPhysiology} is the graft module's endocrine patient (portal graft secretion with hepatic
 * extraction, C-peptide, glucagon from graft alpha cells). Not thread-safe; one course owns one instance.
 */
public interface Physiology {
  /** Advances one minute. */
  void step(double announcedChoG, double insulinUPerMin);

  /** Observed (subcutaneous) glucose, mg/dL: what the CGM measures. */
  double glucoseMgDl();

  /** Plasma glucose, mg/dL. */
  double plasmaGlucoseMgDl();

  /** Carbohydrate eaten during the last minute, g/min. */
  double lastEatenGPerMin();

  /** Insulin-sensitivity factor and extra (exercise) uptake, from the next step on. */
  void setModulation(double insulinSensitivityFactor, double extraUptakeMgPerKgMin);

  /** Functional beta- and alpha-cell fractions of the graft, from the next step on (ignored without a graft). */
  default void setFunctionalFractions(double betaFraction, double alphaFraction) {}

  /** Plasma C-peptide, pmol/L; NaN when the model has none (no graft). */
  default double cpeptidePmolL() {
    return Double.NaN;
  }
}
