package org.isletsim.candidacy.analysis;

import java.util.List;
import java.util.Map;
import org.isletsim.candidacy.analysis.Weighted.Estimate;

/**
 * Outcomes of one strategy over the twins (weighted).
 *
 * @param id strategy id
 * @param label strategy name
 * @param source where the strategy's graft comes from
 * @param qaly discounted QALYs over the horizon
 * @param qalyComponents mean QALY components (TwinOutcome.COMPONENTS)
 * @param severeEventsPerYear mean expected severe events per year over the horizon
 * @param severeEventsByYear expected severe events in each year
 * @param trajectoryYears time points of the trajectories, years
 * @param hba1cPct HbA1c at the time points
 * @param tirPct TIR (28 days before each time point)
 * @param insulinIndependence share insulin independent at the end of each year (graft strategies; empty otherwise)
 * @param adverseEvents immunosuppression and procedure adverse events (expected counts over the horizon)
 * @param egfrEndMlMin eGFR at the horizon
 * @param graftBetaEnd graft functional beta fraction at the horizon (null without graft)
 */
public record StrategySummary(
    String id,
    String label,
    String source,
    Estimate qaly,
    Map<String, Double> qalyComponents,
    Estimate severeEventsPerYear,
    List<Estimate> severeEventsByYear,
    double[] trajectoryYears,
    List<Estimate> hba1cPct,
    List<Estimate> tirPct,
    List<Proportion> insulinIndependence,
    AdverseEvents adverseEvents,
    Estimate egfrEndMlMin,
    Estimate graftBetaEnd) {

  /**
   * A weighted share with its Monte-Carlo error and a 95% interval (mean ± 1.96 SE, clipped to [0, 1]).
   *
   * @param year end of year
   */
  public record Proportion(int year, double p, double mcSe, double low, double high) {
    static Proportion of(int year, double p, double se) {
      return new Proportion(year, p, se, Math.max(0, p - 1.96 * se), Math.min(1, p + 1.96 * se));
    }
  }

  /**
   * Expected numbers per person over the horizon, and the probability of at least one (Poisson, averaged over twins).
   */
  public record AdverseEvents(
      double seriousInfections, double probAnySeriousInfection, double neutropenias, double probAnyNeutropenia,
      double malignancies, double probAnyMalignancy, double procedureComplications, double deathProbability,
      double immunosuppressionYears, double probEgfrBelow60, double probEgfrBelow30) {}
}
