package org.isletsim.graft;

/**
 * Graft-function indices and outcome classes computed from laboratory values. All inputs in the units named;
 * use {@link LabUnits} to convert. Definitions as compiled in the shared docs/clinical.md §4 (sources there and
 * in docs/VALIDATION.md).
 */
public final class GraftFunctionIndices {
  private GraftFunctionIndices() {}

  /** Igls 2018 / Igls 2.0 classes. */
  public enum IglsClass {
    OPTIMAL,
    GOOD,
    MARGINAL,
    FAILURE
  }

  /**
   * β-score (Ryan EA et al. Diabetes Care 2005;28:343-347), 0–8: fasting plasma glucose ≤5.5 / 5.6–6.9 / ≥7.0
   * mmol/L; HbA1c ≤6.1 / 6.2–6.9 / ≥7.0 %; insulin none / 0.01–0.24 U/kg/d and/or oral agents / ≥0.25 U/kg/d;
   * stimulated C-peptide ≥0.3 / 0.1–0.29 / &lt;0.1 nmol/L, each scoring 2/1/0. If fasting C-peptide ≥0.3 the
   * stimulated value is taken as ≥0.3; if stimulated C-peptide is &lt;0.1 the total is 0.
   */
  public static int betaScore(
      double fastingGlucoseMmolL,
      double hba1cPercent,
      double insulinUPerKgDay,
      boolean oralAgents,
      double fastingCpeptideNmolL,
      double stimulatedCpeptideNmolL) {
    double stim = fastingCpeptideNmolL >= 0.3 ? Math.max(stimulatedCpeptideNmolL, 0.3) : stimulatedCpeptideNmolL;
    if (stim < 0.1) return 0;
    int score = 0;
    score += fastingGlucoseMmolL < 5.55 ? 2 : fastingGlucoseMmolL < 6.95 ? 1 : 0;
    score += hba1cPercent < 6.15 ? 2 : hba1cPercent < 6.95 ? 1 : 0;
    score += insulinUPerKgDay < 0.005 && !oralAgents ? 2 : insulinUPerKgDay < 0.245 ? 1 : 0;
    score += stim >= 0.3 ? 2 : 1;
    return score;
  }

  /**
   * BETA-2 (Forbes S et al. Am J Transplant 2016;16:2704-2713): √(fasting C-peptide [nmol/L] × (1 − insulin
   * dose [U/kg/d])) / (fasting glucose [mmol/L] × HbA1c [%]) × 1000; 0 when the dose is ≥ 1 U/kg/d.
   */
  public static double beta2(
      double fastingGlucoseMmolL, double hba1cPercent, double insulinUPerKgDay, double fastingCpeptideNmolL) {
    double x = Math.max(fastingCpeptideNmolL, 0) * (1 - insulinUPerKgDay);
    if (x <= 0) return 0;
    return Math.sqrt(x) / (fastingGlucoseMmolL * hba1cPercent) * 1000;
  }

  /**
   * SUITO (Matsumoto S et al. Cell Transplant 2009; Takita M, Matsumoto S, Cell Transplant 2012): 1500 ×
   * fasting C-peptide [ng/mL] / (fasting glucose [mg/dL] − 63); ≈100 in healthy adults; NaN if glucose ≤ 63.
   */
  public static double suito(double fastingGlucoseMgDl, double fastingCpeptideNgMl) {
    if (fastingGlucoseMgDl <= 63) return Double.NaN;
    return 1500 * fastingCpeptideNgMl / (fastingGlucoseMgDl - 63);
  }

  /**
   * Igls 2.0 β-cell graft function (Landstra CP et al. J Clin Endocrinol Metab 2021;106:3049-3059, Table 2):
   * optimal = no insulin or non-insulin therapy with C-peptide above failure; good = stimulated &gt;0.5 ng/mL
   * (0.17 nmol/L) or fasting ≥0.2 ng/mL (0.07 nmol/L); marginal = stimulated 0.3–0.5 or fasting 0.1–&lt;0.2 ng/mL;
   * failure = below. The better of the fasting and stimulated classes is used.
   */
  public static IglsClass igls2GraftFunction(
      double fastingCpeptideNgMl, double stimulatedCpeptideNgMl, boolean anyGlucoseLoweringTherapy) {
    IglsClass byStim = stimulatedCpeptideNgMl > 0.5 ? IglsClass.GOOD
        : stimulatedCpeptideNgMl >= 0.3 ? IglsClass.MARGINAL : IglsClass.FAILURE;
    IglsClass byFast = fastingCpeptideNgMl >= 0.2 ? IglsClass.GOOD
        : fastingCpeptideNgMl >= 0.1 ? IglsClass.MARGINAL : IglsClass.FAILURE;
    IglsClass c = byStim.ordinal() < byFast.ordinal() ? byStim : byFast;
    if (c != IglsClass.FAILURE && !anyGlucoseLoweringTherapy) return IglsClass.OPTIMAL;
    return c;
  }

  /**
   * Igls 2018 outcome (Rickels MR et al. Transpl Int 2018;31:343-352, Table 3). C-peptide must exceed baseline
   * and 0.5 ng/mL (fasting or stimulated, whichever is higher) for any class but failure. Optimal: HbA1c ≤6.5%,
   * no severe hypoglycaemia, no insulin. Good: HbA1c &lt;7.0%, no severe hypoglycaemia, insulin &lt;50% of baseline
   * and &lt;0.5 U/kg/d. Marginal: otherwise, with fewer severe events than baseline (the table's marginal row: HbA1c
   * "baseline", severe hypoglycaemia "&lt; baseline"); for someone without severe events at baseline, whose indication
   * was glycaemic control (footnote f), HbA1c below baseline instead. Failure: otherwise.
   */
  public static IglsClass igls2018(
      double hba1cPercent,
      double baselineHba1cPercent,
      double severeHyposPerYear,
      double baselineSevereHyposPerYear,
      double insulinUPerKgDay,
      double baselineInsulinUPerKgDay,
      double cpeptideNgMl,
      double baselineCpeptideNgMl) {
    boolean cpeptide = cpeptideNgMl > baselineCpeptideNgMl && cpeptideNgMl > 0.5;
    if (!cpeptide) return IglsClass.FAILURE;
    boolean noShe = severeHyposPerYear == 0;
    if (hba1cPercent <= 6.5 && noShe && insulinUPerKgDay == 0) return IglsClass.OPTIMAL;
    if (hba1cPercent < 7.0 && noShe && insulinUPerKgDay < 0.5 * baselineInsulinUPerKgDay && insulinUPerKgDay < 0.5) {
      return IglsClass.GOOD;
    }
    boolean benefit = baselineSevereHyposPerYear > 0
        ? severeHyposPerYear < baselineSevereHyposPerYear
        : hba1cPercent < baselineHba1cPercent;
    return benefit ? IglsClass.MARGINAL : IglsClass.FAILURE;
  }
}
