package org.isletsim.candidacy.outcome;

/**
 * One twin's outcomes under one strategy over the horizon (expected values over the adverse-event processes).
 *
 * @param qaly discounted quality-adjusted life years (survival-weighted)
 * @param components additive QALY components, in {@link #COMPONENTS} order, summing to {@code qaly}
 * @param severeEventsPerYear expected severe hypoglycaemic events in each year of the horizon
 * @param tirPctPerYear mean TIR in each year
 * @param insulinFreeAtYearEnd no exogenous insulin on the last 7 days of each year (graft strategies)
 * @param trajectoryHba1cPct HbA1c at {@link Trajectory#times}
 * @param trajectoryTirPct TIR over the 28 days before each of {@link Trajectory#times} (the first 28 days at 0)
 * @param seriousInfections expected serious infections over the horizon
 * @param neutropenias expected serious neutropenias
 * @param malignancies expected malignancies
 * @param procedureComplications expected procedure complications
 * @param deathProbability probability of death on immunosuppression by the horizon
 * @param egfrEndMlMin eGFR at the horizon
 * @param graftBetaEnd graft functional beta fraction at the horizon (NaN without graft)
 * @param immunosuppressionYears expected years on immunosuppression
 */
public record TwinOutcome(
    double qaly,
    double[] components,
    double[] severeEventsPerYear,
    double[] tirPctPerYear,
    boolean[] insulinFreeAtYearEnd,
    double[] trajectoryHba1cPct,
    double[] trajectoryTirPct,
    double seriousInfections,
    double neutropenias,
    double malignancies,
    double procedureComplications,
    double deathProbability,
    double egfrEndMlMin,
    double graftBetaEnd,
    double immunosuppressionYears) {

  /** QALY components: state utilities, severe hypoglycaemia, immunosuppression AEs, procedure, kidney, mortality. */
  public static final java.util.List<String> COMPONENTS = java.util.List.of(
      "quality_of_life", "severe_hypoglycaemia", "immunosuppression_adverse_events", "procedure", "kidney", "mortality");

  public double severeEventsTotal() {
    double s = 0;
    for (double v : severeEventsPerYear) s += v;
    return s;
  }
}
