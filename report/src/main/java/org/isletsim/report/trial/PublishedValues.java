package org.isletsim.report.trial;

import java.util.List;
import java.util.Map;

/**
 * Published numbers of a preset's source, drawn beside the simulated ones. They are the numbers listed in the
 * preset's comment block (trial/src/main/resources/org/isletsim/trial/presets/); only presets with such numbers
 * appear here. Means are published without their dispersion, so they are drawn as markers; counts carry their
 * exact 95% CI.
 */
record PublishedValues(String arm, String source, Map<String, List<double[]>> byMeasure, Map<String, int[]> counts) {
  /** Mean of {@code measure} at {@code day}: {day, value}. */
  static final Map<String, PublishedValues> PRESETS = Map.of(
      "zimislecel-phase12",
      new PublishedValues("full-dose", "Reichman et al. N Engl J Med 2025;393:858-868 (FORWARD-101 phase 1/2), full dose",
          Map.of(
              "hba1c_pct", List.of(new double[] {0, 7.8}, new double[] {180, 6.2}),
              "tir_pct", List.of(new double[] {0, 49.5}, new double[] {90, 76.1}, new double[] {365, 93.3}),
              "cpeptide_peak_pmol_l", List.of(new double[] {90, 424}, new double[] {180, 1036}, new double[] {365, 1274}),
              "insulin_dose_change_pct", List.of(new double[] {365, -92})),
          Map.of("primary_endpoint", new int[] {12, 12}, "insulin_independent_d365", new int[] {10, 12})));

  static PublishedValues of(String protocolName) {
    return PRESETS.get(protocolName);
  }

  List<double[]> measure(String name) {
    return byMeasure.getOrDefault(name, List.of());
  }
}
