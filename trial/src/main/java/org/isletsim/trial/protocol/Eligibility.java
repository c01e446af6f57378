package org.isletsim.trial.protocol;

import java.util.Set;

/**
 * Eligibility criteria; each is a range that the candidate's value must fall in (unset = any).
 *
 * @param ageYears age at screening, years
 * @param diabetesTypes accepted diabetes types (1, 2)
 * @param diabetesDurationYears time since diagnosis, years
 * @param cpeptidePmolL fasting (random) C-peptide, pmol/L (FORWARD-101: undetectable, &lt; 13)
 * @param awarenessScore Clarke hypoglycaemia-awareness score 0–7 (≥ 4 = impaired awareness)
 * @param severeEventsPriorYear severe (level 3) hypoglycaemic events in the year before screening
 * @param hba1cPercent HbA1c, %
 * @param bmiKgM2 body-mass index, kg/m²
 * @param weightKg body weight, kg
 */
public record Eligibility(
    Range ageYears,
    Set<Integer> diabetesTypes,
    Range diabetesDurationYears,
    Range cpeptidePmolL,
    Range awarenessScore,
    Range severeEventsPriorYear,
    Range hba1cPercent,
    Range bmiKgM2,
    Range weightKg) {
  /** Criterion names, as in the YAML and in the screening-failure counts. */
  public static final java.util.List<String> CRITERIA = java.util.List.of(
      "ageYears", "diabetesTypes", "diabetesDurationYears", "cpeptidePmolL", "awarenessScore",
      "severeEventsPriorYear", "hba1cPercent", "bmiKgM2", "weightKg");

  public Eligibility {
    diabetesTypes = Set.copyOf(diabetesTypes);
  }

  public static Eligibility any() {
    return new Eligibility(Range.ANY, Set.of(1, 2), Range.ANY, Range.ANY, Range.ANY, Range.ANY, Range.ANY, Range.ANY, Range.ANY);
  }

  /** The range of a numeric criterion by name (not {@code diabetesTypes}). */
  public Range range(String criterion) {
    return switch (criterion) {
      case "ageYears" -> ageYears;
      case "diabetesDurationYears" -> diabetesDurationYears;
      case "cpeptidePmolL" -> cpeptidePmolL;
      case "awarenessScore" -> awarenessScore;
      case "severeEventsPriorYear" -> severeEventsPriorYear;
      case "hba1cPercent" -> hba1cPercent;
      case "bmiKgM2" -> bmiKgM2;
      case "weightKg" -> weightKg;
      default -> throw new IllegalArgumentException("not a numeric criterion: " + criterion);
    };
  }
}
