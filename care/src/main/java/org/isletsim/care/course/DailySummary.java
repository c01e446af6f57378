package org.isletsim.care.course;

/**
 * One day of a course (a row of daily.csv). Glucose metrics are from the minute-by-minute observed glucose
 * (not the CGM), so they are exact; the clinician and the visits see the CGM.
 *
 * @param day day of the course (0-based)
 * @param meanGlucoseMgDl mean glucose
 * @param tirPct time 70–180 mg/dL, %
 * @param tbr54Pct time below 54 mg/dL, %
 * @param tbr70Pct time below 70 mg/dL, %
 * @param tar180Pct time above 180 mg/dL, %
 * @param lbgi low blood glucose index of the day
 * @param insulinU exogenous insulin delivered, U
 * @param carbsG carbohydrate eaten (meals and rescue), g
 * @param sheCount severe hypoglycaemic events
 * @param graftMassFrac functional graft mass fraction
 * @param doseFrac clinician's dose fraction of the pre-trial regimen (0 when insulin is stopped)
 * @param hba1cPct model HbA1c (no lab error)
 * @param egfrMlMin eGFR, mL/min/1.73 m²
 * @param isAdequacy immunosuppression adequacy (0 none .. 1 on target)
 * @param sensitivityFactor the day's insulin-sensitivity factor (day-to-day part)
 */
public record DailySummary(
    int day,
    double meanGlucoseMgDl,
    double tirPct,
    double tbr54Pct,
    double tbr70Pct,
    double tar180Pct,
    double lbgi,
    double insulinU,
    double carbsG,
    int sheCount,
    double graftMassFrac,
    double doseFrac,
    double hba1cPct,
    double egfrMlMin,
    double isAdequacy,
    double sensitivityFactor) {

  public static final String CSV_HEADER =
      "day,mean_glucose_mgdl,tir_pct,tbr54_pct,insulin_u,she_count,graft_mass_frac,"
          + "tbr70_pct,tar180_pct,lbgi,carbs_g,dose_frac,hba1c_model_pct,egfr_ml_min,is_adequacy,sensitivity_factor";

  public String csv() {
    return day + "," + f1(meanGlucoseMgDl) + "," + f2(tirPct) + "," + f2(tbr54Pct) + "," + f2(insulinU) + ","
        + sheCount + "," + f3(graftMassFrac) + "," + f2(tbr70Pct) + "," + f2(tar180Pct) + "," + f3(lbgi) + ","
        + f1(carbsG) + "," + f3(doseFrac) + "," + f2(hba1cPct) + "," + f1(egfrMlMin) + "," + f2(isAdequacy) + ","
        + f3(sensitivityFactor);
  }

  static String f1(double v) {
    return String.format(java.util.Locale.ROOT, "%.1f", v);
  }

  static String f2(double v) {
    return String.format(java.util.Locale.ROOT, "%.2f", v);
  }

  static String f3(double v) {
    return String.format(java.util.Locale.ROOT, "%.3f", v);
  }
}
