package org.isletsim.physiology;

/**
 * The minute-scale physiology that loops drive: one step per minute with the carbohydrate announced that minute
 * (eaten at {@value MealIntake#EAT_RATE_G_PER_MIN} g/min, {@link MealIntake}) and the exogenous insulin, plus the
 * day's insulin-sensitivity and exercise modulation. {@link VirtualPatient} is the engine's T1D patient (no
 * endogenous insulin); the graft module's endocrine patient adds islet function (secretion, C-peptide, glucagon).
 * Not thread-safe; one run owns one instance.
 */
public interface PatientModel {
  /** Advances one minute. */
  void step(double announcedChoG, double insulinUPerMin);

  /** Observed (subcutaneous) glucose, mg/dL: what a CGM measures. */
  double glucoseMgDl();

  /** Plasma glucose, mg/dL. */
  double plasmaGlucoseMgDl();

  /** Carbohydrate eaten during the last minute, g/min. */
  double lastEatenGPerMin();

  /** Insulin-sensitivity factor and extra (exercise) uptake, from the next step on. */
  void setModulation(double insulinSensitivityFactor, double extraUptakeMgPerKgMin);

  /** Whether glucose that has fallen below zero may rise again ({@link UvaPadovaModel#setGlucoseFloorRecovery}). */
  void setGlucoseFloorRecovery(boolean recovers);

  /** Functional beta- and alpha-cell fractions of islet tissue, from the next step on (none in the T1D model). */
  default void setFunctionalFractions(double betaFraction, double alphaFraction) {}

  /** Plasma C-peptide, pmol/L; NaN when the model has none (T1D without islet tissue). */
  default double cpeptidePmolL() {
    return Double.NaN;
  }
}
