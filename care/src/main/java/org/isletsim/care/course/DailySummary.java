package org.isletsim.care.course;

import java.util.List;
import org.isletsim.io.table.Column;

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
 * @param severeRiskExposure what the day's severe-hypoglycaemia hazard was multiplied by: 1, or once a graft has
 *     shown function (policy {@code severe_risk_scaled_by_insulin_with_graft}) the day's dose fraction (0 off insulin);
 *     not a daily.csv column
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
    double sensitivityFactor,
    double severeRiskExposure) {

  /** Columns of daily.csv / daily.parquet (numbers with the decimals printed in CSV). */
  public static final List<Column> COLUMNS = List.of(Column.integer("day"), Column.number("mean_glucose_mgdl", 1),
      Column.number("tir_pct", 2), Column.number("tbr54_pct", 2), Column.number("insulin_u", 2),
      Column.integer("she_count"), Column.number("graft_mass_frac", 3), Column.number("tbr70_pct", 2),
      Column.number("tar180_pct", 2), Column.number("lbgi", 3), Column.number("carbs_g", 1),
      Column.number("dose_frac", 3), Column.number("hba1c_model_pct", 2), Column.number("egfr_ml_min", 1),
      Column.number("is_adequacy", 2), Column.number("sensitivity_factor", 3));

  public static final String CSV_HEADER = String.join(",", COLUMNS.stream().map(Column::name).toList());

  /** The row of {@link #COLUMNS}. */
  public Object[] row() {
    return new Object[] {day, meanGlucoseMgDl, tirPct, tbr54Pct, insulinU, sheCount, graftMassFrac, tbr70Pct, tar180Pct,
        lbgi, carbsG, doseFrac, hba1cPct, egfrMlMin, isAdequacy, sensitivityFactor};
  }
}
