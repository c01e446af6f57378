package org.isletsim.candidacy.sim;

import org.isletsim.graft.GraftPlan;

/**
 * The physiology part of one twin under one strategy: the care module's course, day by day, kept compactly so
 * that the cheap outcome layer (and every sensitivity run) can reuse it without simulating again. Day 0 is the
 * first recorded day (the infusion day for graft strategies).
 *
 * @param strategyId strategy
 * @param meanGlucoseMgDl daily mean glucose
 * @param tirPct daily time 70–180 mg/dL, %
 * @param tbr54Pct daily time below 54 mg/dL, %
 * @param severeHazardBase expected severe events of the day before the awareness multiplier and the person's
 *     frailty: Kovatchev's rate at the day's LBGI per day, 0 on days that never fell below 54 mg/dL (the care
 *     module's {@code SevereHypoModel} with multiplier 1)
 * @param impaired whether awareness was impaired that day (baseline; restored by graft function)
 * @param insulinU exogenous insulin of the day, U
 * @param graftBeta functional beta-cell fraction of the graft (0 without)
 * @param hba1cPct model HbA1c at the end of the day
 * @param graftInputMeanGlucose for graft strategies, the previous-day mean glucose the graft course received on
 *     each day (null otherwise): with {@code graftInputAdequacy} it replays the graft course exactly
 * @param graftInputAdequacy the immunosuppression adequacy the graft course received on each day (null otherwise)
 * @param cpeptidePmolL for graft strategies, the recipient's C-peptide at the start of each day (null otherwise)
 * @param plan the graft plan (null without graft)
 * @param awarenessRestoredDay day awareness was restored by graft function (-1: never)
 */
public record SimulatedCourse(
    String strategyId,
    double[] meanGlucoseMgDl,
    double[] tirPct,
    double[] tbr54Pct,
    double[] severeHazardBase,
    boolean[] impaired,
    double[] insulinU,
    double[] graftBeta,
    double[] hba1cPct,
    double[] graftInputMeanGlucose,
    double[] graftInputAdequacy,
    double[] cpeptidePmolL,
    GraftPlan plan,
    int awarenessRestoredDay) {

  public int days() {
    return meanGlucoseMgDl.length;
  }

  /** First day without exogenous insulin (-1: none). */
  public int firstInsulinFreeDay() {
    for (int d = 0; d < insulinU.length; d++) if (insulinU[d] == 0) return d;
    return -1;
  }

  /** No exogenous insulin on the last 7 simulated days (the care module's day-365 criterion, TrialEndpoints). */
  public boolean insulinFreeAtEnd() {
    int n = insulinU.length;
    for (int d = Math.max(0, n - 7); d < n; d++) if (insulinU[d] > 0) return false;
    return n >= 7;
  }

  /** C-peptide that counts as graft function: 0.1 nmol/L (the β-score's lowest band; care's weaning criterion). */
  public static final double GRAFT_FUNCTION_CPEPTIDE_PMOL_L = 100;

  /** φβ on the first day the graft's C-peptide showed function (+∞: never, or no graft). */
  public double functionBeta() {
    if (cpeptidePmolL == null) return Double.POSITIVE_INFINITY;
    for (int d = 0; d < cpeptidePmolL.length; d++) if (cpeptidePmolL[d] >= GRAFT_FUNCTION_CPEPTIDE_PMOL_L) return graftBeta[d];
    return Double.POSITIVE_INFINITY;
  }

  /** Mean of {@code v} over days [from, to). */
  public static double mean(double[] v, int from, int to) {
    double s = 0;
    for (int d = from; d < to; d++) s += v[d];
    return s / Math.max(1, to - from);
  }
}
