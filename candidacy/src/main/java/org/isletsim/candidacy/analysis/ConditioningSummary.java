package org.isletsim.candidacy.analysis;

import org.isletsim.candidacy.analysis.Weighted.Estimate;

/**
 * How well the weighted twins reproduce the person (observed vs the twins' simulated current care).
 *
 * @param twins twins simulated
 * @param effectiveSampleSize Kish effective sample size of the importance weights
 * @param observedHba1cPct the person's HbA1c (or the CGM's GMI)
 * @param simulatedHba1cPct the twins' model HbA1c
 * @param observedTirPct the person's TIR (NaN if unknown)
 * @param simulatedTirPct the twins' TIR
 * @param observedSevereEvents the person's severe events in the past year
 * @param severeRatePerYear the twins' severe-event rate on current care after conditioning (frailty included)
 * @param glycaemiaFrom {@code profile} or the CGM export's file name
 */
public record ConditioningSummary(
    int twins, double effectiveSampleSize, double observedHba1cPct, Estimate simulatedHba1cPct, double observedTirPct,
    Estimate simulatedTirPct, int observedSevereEvents, Estimate severeRatePerYear, String glycaemiaFrom) {}
