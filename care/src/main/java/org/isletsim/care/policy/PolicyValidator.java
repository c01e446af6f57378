package org.isletsim.care.policy;

import java.util.List;
import java.util.Map;
import org.isletsim.InvalidInputException;

/** Range, unit and choice checks of every policy field, with messages naming file, line, field and expectation. */
final class PolicyValidator {
  /** CourseRunner.RUN_IN_DAYS (this package does not depend on the course package; a test keeps them equal). */
  static final int RUN_IN_DAYS = 56;
  private final String file;
  private final Map<String, Integer> lines;

  PolicyValidator(String file, Map<String, Integer> lines) {
    this.file = file;
    this.lines = lines;
  }

  void validate(CarePolicy p) {
    CarePolicy.Regimen r = p.regimen();
    choice("regimen.kind", r.kind(), List.of("pump", "mdi", "hcl"));
    fraction("regimen.missed_bolus_prob", r.missedBolusProb());
    range("regimen.carb_estimate_bias_frac", r.carbEstimateBiasFrac(), -0.9, 0.9, "a relative error (fraction, -0.9..0.9)");
    range("regimen.carb_estimate_sd_frac", r.carbEstimateSdFrac(), 0, 1, "a relative SD (fraction, 0..1)");
    mgdl("regimen.correction_threshold_mgdl", r.correctionThresholdMgdl(), 70, 300);
    mgdl("regimen.target_mgdl", r.targetMgdl(), 70, 200);
    range("regimen.pen_increment_u", r.penIncrementU(), 0, 2, "insulin units (0..2 U)");
    mgdl("regimen.hcl.target_mgdl", r.hcl().targetMgdl(), 80, 180);
    range("regimen.hcl.gain_frac_per_100_mgdl", r.hcl().gainFracPer100Mgdl(), 0, 5, "a basal multiplier change per 100 mg/dL (0..5)");
    range("regimen.hcl.derivative_min", r.hcl().derivativeMin(), 0, 240, "minutes (0..240)");
    range("regimen.hcl.max_basal_multiple", r.hcl().maxBasalMultiple(), 1, 10, "a multiple of the basal rate (1..10)");

    CarePolicy.Titration t = p.titration();
    range("titration.review_every_days", t.reviewEveryDays(), 1, 90, "days (1..90)");
    pct("titration.reduce_if_tbr70_pct_above", t.reduceIfTbr70PctAbove());
    pct("titration.reduce_if_tbr54_pct_above", t.reduceIfTbr54PctAbove());
    range("titration.reduce_step_frac", t.reduceStepFrac(), 0, 1, "a fraction of the dose (0..1)");
    pct("titration.increase_if_tir_pct_below", t.increaseIfTirPctBelow());
    pct("titration.increase_if_tbr70_pct_below", t.increaseIfTbr70PctBelow());
    range("titration.increase_step_frac", t.increaseStepFrac(), 0, 1, "a fraction of the dose (0..1)");
    range("titration.max_dose_frac", t.maxDoseFrac(), 0.1, 3, "a multiple of the pre-trial dose (0.1..3)");
    range("titration.stop_if_dose_u_per_kg_day_below", t.stopIfDoseUPerKgDayBelow(), 0, 1, "U/kg/day (0..1)");
    pct("titration.stop_if_tir_pct_at_least", t.stopIfTirPctAtLeast());
    pct("titration.restart_if_tir70to180_pct_below", t.restartIfTir70to180PctBelow());
    pct("titration.restart_if_tir70to140_pct_below", t.restartIfTir70to140PctBelow());
    mgdl("titration.urgent_restart_if_day_mean_mgdl_above", t.urgentRestartIfDayMeanMgdlAbove(), 140, 600);
    pct("titration.wean_if_tir_pct_at_least", t.weanIfTirPctAtLeast());
    range("titration.wean_step_frac", t.weanStepFrac(), 0, 1, "a fraction of the dose (0..1)");
    range("titration.wean_if_fasting_cpeptide_nmoll_at_least", t.weanIfFastingCpeptideNmolLAtLeast(), 0, 5, "nmol/L (0..5)");
    range("titration.restart_dose_frac", t.restartDoseFrac(), 0.05, 2, "a fraction of the pre-trial dose (0.05..2)");

    CarePolicy.Hypoglycaemia h = p.hypoglycaemia();
    choice("hypoglycaemia.awareness", h.awareness(), List.of("impaired", "normal"));
    mgdl("hypoglycaemia.symptom_threshold_aware_mgdl", h.symptomThresholdAwareMgdl(), 40, 100);
    mgdl("hypoglycaemia.symptom_threshold_impaired_mgdl", h.symptomThresholdImpairedMgdl(), 30, 100);
    fraction("hypoglycaemia.notice_prob_aware", h.noticeProbAware());
    fraction("hypoglycaemia.notice_prob_impaired", h.noticeProbImpaired());
    fraction("hypoglycaemia.night_notice_factor", h.nightNoticeFactor());
    range("hypoglycaemia.rescue_carbs_g", h.rescueCarbsG(), 0, 60, "grams of carbohydrate (0..60)");
    range("hypoglycaemia.recheck_min", h.recheckMin(), 5, 120, "minutes (5..120)");
    range("hypoglycaemia.rate_multiplier_aware", h.rateMultiplierAware(), 0, 20, "a rate multiplier (0..20)");
    range("hypoglycaemia.rate_multiplier_impaired", h.rateMultiplierImpaired(), 0, 20, "a rate multiplier (0..20)");

    CarePolicy.Life l = p.life();
    choice("life.meals", l.meals(), List.of("reference"));
    range("life.sensitivity_day_cv", l.sensitivityDayCv(), 0, 1, "a coefficient of variation (fraction, 0..1)");
    range("life.sensitivity_day_autocorr", l.sensitivityDayAutocorr(), 0, 0.99, "an autocorrelation (0..0.99)");
    fraction("life.dawn_probability", l.dawnProbability());
    range("life.dawn_sensitivity_drop", l.dawnSensitivityDrop(), 0, 0.9, "a fraction (0..0.9)");
    range("life.exercise_days_per_week", l.exerciseDaysPerWeek(), 0, 7, "days per week (0..7)");
    range("life.exercise_uptake_mg_per_kg_min", l.exerciseUptakeMgPerKgMin(), 0, 10, "mg/kg/min (0..10)");
    range("life.exercise_duration_min", l.exerciseDurationMin(), 0, 300, "minutes (0..300)");
    range("life.illness_episodes_per_year", l.illnessEpisodesPerYear(), 0, 52, "episodes per year (0..52)");
    range("life.illness_duration_days", l.illnessDurationDays(), 1, 60, "days (1..60)");
    range("life.illness_sensitivity_drop", l.illnessSensitivityDrop(), 0, 0.9, "a fraction (0..0.9)");
    choice("life.cgm", l.cgm(), List.of("Dexcom", "GuardianRT", "Navigator"));

    CarePolicy.Immunosuppression i = p.immunosuppression();
    choice("immunosuppression.enabled", i.enabled(), List.of("auto", "yes", "no"));
    choice("immunosuppression.induction", i.induction(), List.of("atg", "basiliximab", "none"));
    choice("immunosuppression.maintenance", i.maintenance(), List.of("tacrolimus+mmf", "tacrolimus+sirolimus", "tacrolimus"));
    range("immunosuppression.stop_day", i.stopDay(), -1, 36500, "a day of the course, or -1 for never");
    rate("immunosuppression.subtherapeutic_episodes_per_year", i.subtherapeuticEpisodesPerYear());
    range("immunosuppression.subtherapeutic_duration_days", i.subtherapeuticDurationDays(), 1, 365, "days (1..365)");
    fraction("immunosuppression.subtherapeutic_adequacy", i.subtherapeuticAdequacy());
    rate("immunosuppression.serious_infection_per_year", i.seriousInfectionPerYear());
    rate("immunosuppression.neutropenia_per_year_first_year", i.neutropeniaPerYearFirstYear());
    rate("immunosuppression.neutropenia_per_year_later", i.neutropeniaPerYearLater());
    rate("immunosuppression.malignancy_per_year", i.malignancyPerYear());
    rate("immunosuppression.death_per_year", i.deathPerYear());
    range("immunosuppression.egfr_baseline_ml_min", i.egfrBaselineMlMin(), 15, 150, "mL/min/1.73 m² (15..150)");
    range("immunosuppression.egfr_decline_year1_ml_min", i.egfrDeclineYear1MlMin(), -20, 60, "mL/min/1.73 m² lost in year 1 (-20..60)");
    range("immunosuppression.egfr_decline_per_year_years1to5", i.egfrDeclinePerYearYears1to5(), -10, 20, "mL/min/1.73 m² per year (-10..20)");
    range("immunosuppression.egfr_decline_per_year_later", i.egfrDeclinePerYearLater(), -10, 20, "mL/min/1.73 m² per year (-10..20)");

    CarePolicy.Visits v = p.visits();
    range("visits.every_days", v.everyDays(), 7, 365, "days (7..365)");
    range("visits.cgm_window_days", v.cgmWindowDays(), 1, 90, "days (1..90)");
    range("visits.hba1c_lab_cv", v.hba1cLabCv(), 0, 0.2, "a coefficient of variation (fraction, 0..0.2; 2% is 0.02)");
    if (v.cgmWindowDays() > v.everyDays()) fail("visits.cgm_window_days", v.cgmWindowDays(), "at most visits.every_days (" + v.everyDays() + ")");
    crossChecks(p);
  }

  /** Fields that are each in range but contradict one another. */
  private void crossChecks(CarePolicy p) {
    CarePolicy.Regimen r = p.regimen();
    CarePolicy.Titration t = p.titration();
    CarePolicy.Hypoglycaemia h = p.hypoglycaemia();
    if (r.targetMgdl() > r.correctionThresholdMgdl()) {
      failPair("regimen.target_mgdl", r.targetMgdl(), "regimen.correction_threshold_mgdl", "at most regimen.correction_threshold_mgdl ("
          + fmt(r.correctionThresholdMgdl()) + "): corrections aim at the target from above the threshold");
    }
    if (t.reduceStepFrac() >= 1) fail("titration.reduce_step_frac", t.reduceStepFrac(), "less than 1 (a step of 1 leaves no insulin while insulin is on; stopping is titration.stop_if_*)");
    if (t.weanStepFrac() >= 1) fail("titration.wean_step_frac", t.weanStepFrac(), "less than 1 (a step of 1 leaves no insulin while insulin is on; stopping is titration.stop_if_*)");
    if (t.restartDoseFrac() > t.maxDoseFrac()) {
      failPair("titration.restart_dose_frac", t.restartDoseFrac(), "titration.max_dose_frac",
          "at most titration.max_dose_frac (" + fmt(t.maxDoseFrac()) + ")");
    }
    if (h.symptomThresholdImpairedMgdl() > h.symptomThresholdAwareMgdl()) {
      failPair("hypoglycaemia.symptom_threshold_impaired_mgdl", h.symptomThresholdImpairedMgdl(), "hypoglycaemia.symptom_threshold_aware_mgdl",
          "at most hypoglycaemia.symptom_threshold_aware_mgdl (" + fmt(h.symptomThresholdAwareMgdl()) + "): impaired awareness notices lows later");
    }
    if (p.visits().cgmWindowDays() > RUN_IN_DAYS) {
      fail("visits.cgm_window_days", p.visits().cgmWindowDays(), "at most the run-in's " + RUN_IN_DAYS
          + " days (the day-0 visit's window lies in the run-in)");
    }
  }

  /** As {@link #fail}, at the line of {@code path} or, when only the other field was written, of {@code otherPath}. */
  private void failPair(String path, Object v, String otherPath, String expected) {
    String shown = v instanceof Double d ? fmt(d) : String.valueOf(v);
    throw new InvalidInputException(CarePolicyLoader.at(file, lines, lines.containsKey(path) ? path : otherPath)
        + path + " = " + shown + ": expected " + expected);
  }

  private void choice(String path, String v, List<String> options) {
    if (v == null || !options.contains(v)) fail(path, v, "one of " + options);
  }

  private void fraction(String path, double v) {
    range(path, v, 0, 1, "a probability (0..1)");
  }

  private void pct(String path, double v) {
    range(path, v, 0, 100, "a percentage (0..100; 70% is 70, not 0.7)");
  }

  private void rate(String path, double v) {
    range(path, v, 0, 10, "events per person-year (0..10)");
  }

  private void mgdl(String path, double v, double lo, double hi) {
    if (v > 0 && v < 30) {
      fail(path, v, "mg/dL in [" + fmt(lo) + ", " + fmt(hi) + "] — this looks like mmol/L (multiply by 18)");
    }
    range(path, v, lo, hi, "mg/dL (" + fmt(lo) + ".." + fmt(hi) + ")");
  }

  private void range(String path, double v, double lo, double hi, String expected) {
    if (!(v >= lo && v <= hi)) fail(path, v, expected);
  }

  private void fail(String path, Object v, String expected) {
    failPair(path, v, path, expected);
  }

  private static String fmt(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e9 ? String.valueOf((long) d) : String.valueOf(d);
  }
}
