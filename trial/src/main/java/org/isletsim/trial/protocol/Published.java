package org.isletsim.trial.protocol;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Published results of a protocol's source (the {@code published} block, docs/trial.md), drawn beside the simulated
 * ones in the trial report. Numbers only as the source states them: per-visit means (or one-sided bounds such as
 * "TIR &gt; 98%") of the per-visit measures, and count / n of binary endpoints of one arm.
 *
 * @param source citation of the numbers
 * @param arm the arm they are compared with
 * @param note free text shown with them (e.g. why a design has no published numbers), or ""
 * @param measures per-visit measure ({@code hba1c_pct}, {@code tir_pct}, ...) → published values by visit day
 * @param counts binary endpoint ({@code primary_endpoint}, ...) → published count / n
 */
public record Published(String source, String arm, String note, Map<String, List<Value>> measures,
    Map<String, Count> counts) {
  /** A published value of a measure at a visit: a mean, or a lower bound ({@code atLeast}, e.g. "&gt; 98%"). */
  public record Value(int day, double value, boolean atLeast) {}

  /** A binary endpoint's published count of n participants. */
  public record Count(int count, int n) {}

  public Published {
    Map<String, List<Value>> m = new LinkedHashMap<>();
    measures.forEach((k, v) -> m.put(k, List.copyOf(v)));
    measures = Collections.unmodifiableMap(m);
    counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
  }

  /** The published values of {@code measure}, in day order (empty if none). */
  public List<Value> measure(String measure) {
    return measures.getOrDefault(measure, List.of());
  }
}
