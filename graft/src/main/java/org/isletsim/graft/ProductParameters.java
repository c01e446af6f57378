package org.isletsim.graft;

/**
 * Graft-biology rates of one islet product (defaults in {@code graft-defaults.yaml}; every field can be
 * overridden in a graft file). Hazards are per year; a recipient's own values are these times seeded
 * log-normal factors (see {@link BiologyGlobals}).
 *
 * @param maturationStages number of immature stages n (maturation time is Erlang-n distributed)
 * @param maturationDaysPerStage mean residence in each immature stage, days (mean maturation time n× this)
 * @param immatureFunctionFraction secretory function of an immature cell relative to a mature one
 * @param potency functional native-islet equivalents per surviving mature IEQ
 * @param alphaFunction alpha-cell (glucagon) function per unit of functional beta mass, relative to native
 *     islets (0 for a beta-cell-only product)
 * @param baselineAttritionPerYear non-immune loss hazard (exhaustion, senescence), 1/year
 * @param alloRejectionPerYear alloimmune rejection hazard without immunosuppression, 1/year (0 if autologous)
 * @param autoimmunityPerYear recurrent-autoimmunity hazard without immunosuppression, 1/year
 * @param immuneBarrier fraction of immune hazards blocked by encapsulation (0 = none, 1 = complete)
 * @param glucotoxicityPerYearPer100MgDl extra hazard per 100 mg/dL of mean glucose above the threshold, 1/year
 * @param earlyRejectionProbability probability that a recipient has an early rejection episode (acute allo- or
 *     recurrent autoimmune destruction of the graft despite the immunosuppression) — a discrete, per-recipient
 *     event on top of the hazards above; scaled by {@code (1 − immuneBarrier)}; 0 = no such process
 * @param earlyRejectionMeanOnsetDays mean of the exponentially distributed time from the first infusion to the
 *     onset of that episode, days; from the onset every pool (and every later infusion) is lost at the global
 *     {@code earlyRejectionHazardPerYear}
 */
public record ProductParameters(
    int maturationStages,
    double maturationDaysPerStage,
    double immatureFunctionFraction,
    double potency,
    double alphaFunction,
    double baselineAttritionPerYear,
    double alloRejectionPerYear,
    double autoimmunityPerYear,
    double immuneBarrier,
    double glucotoxicityPerYearPer100MgDl,
    double earlyRejectionProbability,
    double earlyRejectionMeanOnsetDays) {

  public ProductParameters {
    if (maturationStages < 1 || maturationStages > 10) {
      throw new IllegalArgumentException("maturationStages must be in 1..10 (got " + maturationStages + ")");
    }
    positive(maturationDaysPerStage, "maturationDaysPerStage");
    fraction(immatureFunctionFraction, "immatureFunctionFraction");
    nonNegative(potency, "potency");
    nonNegative(alphaFunction, "alphaFunction");
    nonNegative(baselineAttritionPerYear, "baselineAttritionPerYear");
    nonNegative(alloRejectionPerYear, "alloRejectionPerYear");
    nonNegative(autoimmunityPerYear, "autoimmunityPerYear");
    fraction(immuneBarrier, "immuneBarrier");
    nonNegative(glucotoxicityPerYearPer100MgDl, "glucotoxicityPerYearPer100MgDl");
    fraction(earlyRejectionProbability, "earlyRejectionProbability");
    positive(earlyRejectionMeanOnsetDays, "earlyRejectionMeanOnsetDays");
  }

  /** These parameters with the four attrition hazards multiplied by {@code factor} (the early-rejection event unchanged). */
  public ProductParameters withAttritionScaled(double factor) {
    return new ProductParameters(maturationStages, maturationDaysPerStage, immatureFunctionFraction, potency,
        alphaFunction, baselineAttritionPerYear * factor, alloRejectionPerYear * factor, autoimmunityPerYear * factor,
        immuneBarrier, glucotoxicityPerYearPer100MgDl * factor, earlyRejectionProbability, earlyRejectionMeanOnsetDays);
  }

  static void positive(double v, String name) {
    if (!(v > 0) || Double.isInfinite(v)) throw new IllegalArgumentException(name + " must be > 0 (got " + v + ")");
  }

  static void nonNegative(double v, String name) {
    if (!(v >= 0) || Double.isInfinite(v)) throw new IllegalArgumentException(name + " must be >= 0 (got " + v + ")");
  }

  static void fraction(double v, String name) {
    if (!(v >= 0 && v <= 1)) throw new IllegalArgumentException(name + " must be in [0, 1] (got " + v + ")");
  }
}
