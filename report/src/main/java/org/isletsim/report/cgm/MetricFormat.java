package org.isletsim.report.cgm;

import java.util.Map;
import org.isletsim.report.Html;

/** Labels, units and displayed decimals of the cgm module's scalar metric keys (docs/cgm.md §7). */
public final class MetricFormat {
  private MetricFormat() {}

  /** Label, unit and decimals of one key. */
  public record Spec(String label, String unit, int decimals) {}

  private static final Map<String, Spec> SPECS = Map.ofEntries(
      Map.entry("n_readings_used", new Spec("Readings used", "", 0)),
      Map.entry("mean", new Spec("Mean glucose", "mg/dL", 1)),
      Map.entry("sd", new Spec("Standard deviation", "mg/dL", 1)),
      Map.entry("cv", new Spec("Coefficient of variation", "%", 1)),
      Map.entry("gmi", new Spec("Glucose management indicator", "%", 2)),
      Map.entry("ea1c", new Spec("Estimated A1c (ADAG)", "%", 2)),
      Map.entry("median", new Spec("Median glucose", "mg/dL", 1)),
      Map.entry("tir_70_180", new Spec("Time in range 70\u2013180", "%", 1)),
      Map.entry("titr_70_140", new Spec("Time in tight range 70\u2013140", "%", 1)),
      Map.entry("tbr_70", new Spec("Time below 70", "%", 1)),
      Map.entry("tbr_54", new Spec("Time below 54", "%", 1)),
      Map.entry("tar_180", new Spec("Time above 180", "%", 1)),
      Map.entry("tar_250", new Spec("Time above 250", "%", 1)),
      Map.entry("lbgi", new Spec("Low blood glucose index", "", 2)),
      Map.entry("hbgi", new Spec("High blood glucose index", "", 2)),
      Map.entry("adrr", new Spec("Average daily risk range", "", 2)),
      Map.entry("j_index", new Spec("J-index", "", 2)),
      Map.entry("grade", new Spec("GRADE", "", 2)),
      Map.entry("grade_hypo", new Spec("GRADE hypoglycaemia", "%", 1)),
      Map.entry("grade_hyper", new Spec("GRADE hyperglycaemia", "%", 1)),
      Map.entry("m_value", new Spec("M-value (ref. 90 mg/dL)", "", 2)),
      Map.entry("gri", new Spec("Glycemia risk index", "", 1)),
      Map.entry("gri_zone", new Spec("GRI zone", "", 0)),
      Map.entry("active_percent", new Spec("CGM active", "%", 1)),
      Map.entry("conga_1", new Spec("CONGA (1 h)", "mg/dL", 2)),
      Map.entry("conga_24", new Spec("CONGA (24 h)", "mg/dL", 2)),
      Map.entry("modd", new Spec("MODD", "mg/dL", 2)),
      Map.entry("mag", new Spec("MAG", "mg/dL/h", 2)),
      Map.entry("mage_naive", new Spec("MAGE (naive)", "mg/dL", 2)),
      Map.entry("mage_ma_avg", new Spec("MAGE (moving averages)", "mg/dL", 2)),
      Map.entry("mage_ma_plus", new Spec("MAGE+ (moving averages)", "mg/dL", 2)),
      Map.entry("mage_ma_minus", new Spec("MAGE\u2212 (moving averages)", "mg/dL", 2)),
      Map.entry("mage_ma_service", new Spec("MAGE (Service, moving averages)", "mg/dL", 2)),
      Map.entry("mage_ma_max", new Spec("MAGE max (moving averages)", "mg/dL", 2)));

  /** The spec of a key; unknown keys are shown as themselves with 2 decimals. */
  public static Spec spec(String key) {
    return SPECS.getOrDefault(key, new Spec(key, "", 2));
  }

  /** The displayed text of a metric value: numbers with the key's decimals, NaN/null as an en dash. */
  public static String format(String key, Object value) {
    if (value == null) {
      return "\u2013";
    }
    if (value instanceof Number num) {
      return Html.number(num.doubleValue(), spec(key).decimals());
    }
    return value.toString();
  }
}
