package org.isletsim.candidacy.analysis;

import java.util.List;
import org.isletsim.candidacy.outcome.ModelInputs;
import org.isletsim.candidacy.profile.Profile;

/**
 * Everything candidacy.json and the report show for one profile.
 *
 * @param profile the person
 * @param options how the analysis ran
 * @param eligibleForTrial whether the profile meets the zimislecel phase 1/2 eligibility criteria
 * @param failedCriteria the criteria it fails (trial criterion names)
 * @param conditioning how well the twins reproduce the person
 * @param strategies outcomes per strategy
 * @param comparisons net benefit of each graft strategy over current care and over best standard care
 * @param verdict islets with immunosuppression vs current care
 * @param verdictVsBestStandardCare islets vs the hybrid closed loop
 * @param reasons the main reasons, most important first
 * @param sensitivity one-way sensitivity analysis, largest swing first (empty when not run)
 * @param inputs outcome-layer inputs used
 * @param timing where the time went (not part of candidacy.json, which is deterministic)
 */
public record CandidacyResult(
    Profile profile,
    CandidacyOptions options,
    boolean eligibleForTrial,
    List<String> failedCriteria,
    ConditioningSummary conditioning,
    List<StrategySummary> strategies,
    List<Comparison> comparisons,
    Verdict verdict,
    Verdict verdictVsBestStandardCare,
    List<String> reasons,
    List<TornadoBar> sensitivity,
    ModelInputs inputs,
    Timing timing) {

  /** Wall-clock seconds of the parts of a run. */
  public record Timing(double twinsSeconds, double physiologySeconds, double outcomesSeconds, double sensitivitySeconds) {}

  public StrategySummary strategy(String id) {
    for (StrategySummary s : strategies) if (s.id().equals(id)) return s;
    throw new IllegalArgumentException("no strategy " + id);
  }

  public Comparison comparison(String treatment, String comparator) {
    for (Comparison c : comparisons) if (c.treatment().equals(treatment) && c.comparator().equals(comparator)) return c;
    throw new IllegalArgumentException("no comparison " + treatment + " vs " + comparator);
  }
}
