package org.isletsim.trial.sim;

/**
 * What is measured at one visit.
 *
 * @param day visit day (0 = first infusion)
 * @param hba1cPercent HbA1c, %
 * @param tirPercent CGM time 70–180 mg/dL over the visit's CGM window, %
 * @param tbr70Percent time &lt; 70 mg/dL, %
 * @param tbr54Percent time &lt; 54 mg/dL, %
 * @param tar180Percent time &gt; 180 mg/dL, %
 * @param tar250Percent time &gt; 250 mg/dL, % (level 2 hyperglycaemia)
 * @param cvPercent glucose coefficient of variation, %
 * @param gmiPercent glucose management indicator, %
 * @param meanGlucoseMgDl mean CGM glucose, mg/dL
 * @param fastingCpeptidePmolL MMTT fasting C-peptide, pmol/L
 * @param peakCpeptidePmolL MMTT peak (stimulated) C-peptide, pmol/L
 * @param aucCpeptidePmolLMin MMTT C-peptide AUC 0–120 min, pmol/L·min
 * @param fastingGlucoseMgDl MMTT fasting plasma glucose, mg/dL
 * @param insulinUPerKgDay exogenous insulin, U/kg/day
 * @param insulinIndependent no exogenous insulin on the 14 days before the visit (days V−14 … V−1) and HbA1c &lt; 7%
 * @param betaFraction graft functional beta-cell fraction of native mass on the visit day
 */
public record Visit(
    int day,
    double hba1cPercent,
    double tirPercent,
    double tbr70Percent,
    double tbr54Percent,
    double tar180Percent,
    double tar250Percent,
    double cvPercent,
    double gmiPercent,
    double meanGlucoseMgDl,
    double fastingCpeptidePmolL,
    double peakCpeptidePmolL,
    double aucCpeptidePmolLMin,
    double fastingGlucoseMgDl,
    double insulinUPerKgDay,
    boolean insulinIndependent,
    double betaFraction) implements java.io.Serializable {}
