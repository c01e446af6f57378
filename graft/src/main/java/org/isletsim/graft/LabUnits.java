package org.isletsim.graft;

/**
 * Every laboratory unit conversion of the graft code, in one place.
 *
 * <p>C-peptide: molar mass 3020.3 g/mol, so 1 ng/mL = 0.3311 nmol/L = 331.1 pmol/L (the pairs 0.5 ng/mL ↔
 * 0.17 nmol/L and 0.3 ng/mL ↔ 0.10 nmol/L of the Igls tables follow). Glucose: 1 mmol/L = 18.016 mg/dL
 * (molar mass 180.16 g/mol).
 */
public final class LabUnits {
  /** Molar mass of human C-peptide, g/mol (31 amino acids). */
  public static final double CPEPTIDE_G_PER_MOL = 3020.3;
  /** mg/dL per mmol/L of glucose. */
  public static final double GLUCOSE_MGDL_PER_MMOLL = 18.016;

  private LabUnits() {}

  /** C-peptide ng/mL → nmol/L. */
  public static double cpeptideNgMlToNmolL(double ngPerMl) {
    return ngPerMl * 1000.0 / CPEPTIDE_G_PER_MOL;
  }

  /** C-peptide nmol/L → ng/mL. */
  public static double cpeptideNmolLToNgMl(double nmolPerL) {
    return nmolPerL * CPEPTIDE_G_PER_MOL / 1000.0;
  }

  /** C-peptide pmol/L → nmol/L. */
  public static double pmolLToNmolL(double pmolPerL) {
    return pmolPerL / 1000.0;
  }

  /** C-peptide nmol/L → pmol/L. */
  public static double nmolLToPmolL(double nmolPerL) {
    return nmolPerL * 1000.0;
  }

  /** C-peptide pmol/L → ng/mL. */
  public static double cpeptidePmolLToNgMl(double pmolPerL) {
    return cpeptideNmolLToNgMl(pmolLToNmolL(pmolPerL));
  }

  /** Glucose mg/dL → mmol/L. */
  public static double glucoseMgDlToMmolL(double mgPerDl) {
    return mgPerDl / GLUCOSE_MGDL_PER_MMOLL;
  }

  /** Glucose mmol/L → mg/dL. */
  public static double glucoseMmolLToMgDl(double mmolPerL) {
    return mmolPerL * GLUCOSE_MGDL_PER_MMOLL;
  }

  /**
   * A C-peptide value in the named unit, converted to pmol/L. Accepted unit names: {@code pmol/L},
   * {@code nmol/L}, {@code ng/mL} (case-insensitive).
   *
   * @throws IllegalArgumentException for any other unit
   */
  public static double cpeptideToPmolL(double value, String unit) {
    return switch (unit.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "pmol/l" -> value;
      case "nmol/l" -> nmolLToPmolL(value);
      case "ng/ml" -> nmolLToPmolL(cpeptideNgMlToNmolL(value));
      default -> throw new IllegalArgumentException("unknown C-peptide unit '" + unit + "' (pmol/L, nmol/L, ng/mL)");
    };
  }
}
