package org.isletsim.care.immuno;

import java.util.function.BiConsumer;
import org.apache.commons.rng.UniformRandomProvider;
import org.isletsim.care.policy.CarePolicy;

/**
 * Immunosuppression over a course as time-driven processes (independent of glucose): the regimen (induction,
 * glucocorticoid-free maintenance), its daily adequacy (1 on target; lower during sub-therapeutic episodes; 0
 * after it is stopped), which the graft turns into rejection hazard, and adverse events drawn day by day from
 * per-person-year rates: serious infection, serious neutropenia (higher in year 1), malignancy, death, and a
 * deterministic eGFR course (calcineurin-inhibitor nephrotoxicity).
 *
 * <p>Sources (docs/care.md): serious neutropenia 3/14 in year 1 (Reichman TW et al., N Engl J Med
 * 2025;393:858-68); SAE rate 0.31 per patient-year in islet-alone recipients (Rickels MR et al., Diabetes Care
 * 2022); eGFR −28 mL/min/1.73 m² in year 1, −2.9/yr in years 1–5, −1.2/yr later (Alberta cohort, conference
 * abstract). Infection, malignancy and death rates are our assumptions (kidney-transplant rates are upper
 * bounds); they are policy data.
 */
public final class ImmunosuppressionCourse {
  private final CarePolicy.Immunosuppression p;
  private final UniformRandomProvider rng;
  private final boolean active;
  private int subtherapeuticLeft;
  private boolean dead;

  public ImmunosuppressionCourse(CarePolicy.Immunosuppression p, boolean active, UniformRandomProvider rng) {
    this.p = p;
    this.active = active;
    this.rng = rng;
  }

  public boolean active() {
    return active;
  }

  /** Whether a death event has occurred (the course stops recording further days). */
  public boolean dead() {
    return dead;
  }

  /**
   * Advances one day; reports adverse events to {@code events} as (type, detail) and returns the day's
   * adequacy (1 = on target, 0 = none); 0 when inactive.
   */
  public double day(int day, BiConsumer<String, String> events) {
    if (!active) return 0;
    if (day == 0) events.accept("immunosuppression_started", "induction=" + p.induction() + " maintenance=" + p.maintenance() + " (glucocorticoid-free)");
    boolean stopped = p.stopDay() >= 0 && day >= p.stopDay();
    if (p.stopDay() >= 0 && day == p.stopDay()) events.accept("immunosuppression_stopped", "all agents withdrawn");
    if (stopped) return 0;
    double perDay = 1 / 365.25;
    if (subtherapeuticLeft > 0) subtherapeuticLeft--;
    else if (rng.nextDouble() < p.subtherapeuticEpisodesPerYear() * perDay) {
      subtherapeuticLeft = (int) Math.round(p.subtherapeuticDurationDays());
      events.accept("subtherapeutic_exposure", "trough below target for " + subtherapeuticLeft + " days");
    }
    double neutro = day < 365 ? p.neutropeniaPerYearFirstYear() : p.neutropeniaPerYearLater();
    if (rng.nextDouble() < neutro * perDay) events.accept("neutropenia", "serious neutropenia (" + p.maintenance() + ")");
    if (rng.nextDouble() < p.seriousInfectionPerYear() * perDay) events.accept("serious_infection", "on " + p.maintenance());
    if (rng.nextDouble() < p.malignancyPerYear() * perDay) events.accept("malignancy", "new malignancy on immunosuppression");
    if (rng.nextDouble() < p.deathPerYear() * perDay) {
      events.accept("death", "all-cause death on immunosuppression");
      dead = true;
    }
    return subtherapeuticLeft > 0 ? p.subtherapeuticAdequacy() : 1;
  }

  /** eGFR (mL/min/1.73 m²) on a day: baseline without immunosuppression, else the piecewise-linear decline. */
  public double egfr(int day) {
    double base = p.egfrBaselineMlMin();
    if (!active) return base;
    int end = p.stopDay() >= 0 ? Math.min(day, p.stopDay()) : day;
    double years = end / 365.25;
    double loss = Math.min(years, 1) * p.egfrDeclineYear1MlMin()
        + Math.max(0, Math.min(years, 5) - 1) * p.egfrDeclinePerYearYears1to5()
        + Math.max(0, years - 5) * p.egfrDeclinePerYearLater();
    return Math.max(0, base - loss);
  }
}
