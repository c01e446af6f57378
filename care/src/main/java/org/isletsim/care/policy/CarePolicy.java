package org.isletsim.care.policy;

/**
 * Everything a course needs beyond the patient and the graft, as read from a care YAML file (see
 * docs/care.md for the schema and {@code default-care.yaml} for the defaults and their sources). Values are
 * validated by {@link CarePolicyLoader}; the records only hold them. Units are in the names.
 */
public record CarePolicy(
    Regimen regimen, Titration titration, Hypoglycaemia hypoglycaemia, Life life, Immunosuppression immunosuppression,
    Visits visits) {

  /** A copy with hypoglycaemia awareness {@code normal} or {@code impaired}. */
  public CarePolicy withAwareness(String awareness) {
    Hypoglycaemia h = hypoglycaemia;
    return new CarePolicy(regimen, titration, new Hypoglycaemia(awareness, h.symptomThresholdAwareMgdl(),
        h.symptomThresholdImpairedMgdl(), h.noticeProbAware(), h.noticeProbImpaired(), h.nightNoticeFactor(),
        h.rescueCarbsG(), h.recheckMin(), h.rateMultiplierAware(), h.rateMultiplierImpaired(),
        h.awarenessRestoredByGraft(), h.severeRiskScaledByInsulinWithGraft()), life, immunosuppression, visits);
  }

  /** A copy with immunosuppression {@code enabled} = {@code yes}, {@code no} or {@code auto}. */
  public CarePolicy withImmunosuppressionEnabled(String enabled) {
    return withImmunosuppression(enabled, immunosuppression.induction(), immunosuppression.maintenance());
  }

  /** A copy with immunosuppression {@code enabled} and the named induction and maintenance drugs. */
  public CarePolicy withImmunosuppression(String enabled, String induction, String maintenance) {
    Immunosuppression i = immunosuppression;
    return new CarePolicy(regimen, titration, hypoglycaemia, life, new Immunosuppression(enabled, induction,
        maintenance, i.stopDay(), i.subtherapeuticEpisodesPerYear(), i.subtherapeuticDurationDays(),
        i.subtherapeuticAdequacy(), i.seriousInfectionPerYear(), i.neutropeniaPerYearFirstYear(),
        i.neutropeniaPerYearLater(), i.malignancyPerYear(), i.deathPerYear(), i.egfrBaselineMlMin(),
        i.egfrDeclineYear1MlMin(), i.egfrDeclinePerYearYears1to5(), i.egfrDeclinePerYearLater()), visits);
  }

  /** Insulin regimen and how the person follows it. */
  public record Regimen(
      String kind,
      double missedBolusProb,
      double carbEstimateBiasFrac,
      double carbEstimateSdFrac,
      double correctionThresholdMgdl,
      double targetMgdl,
      double penIncrementU,
      Hcl hcl) {}

  /** Hybrid closed loop settings (PD control on the CGM, no integral or insulin-feedback term; docs/care.md). */
  public record Hcl(
      double targetMgdl,
      @com.fasterxml.jackson.annotation.JsonProperty("gain_frac_per_100_mgdl") double gainFracPer100Mgdl,
      double derivativeMin, double maxBasalMultiple) {}

  /** The clinician's periodic review: titration, stop and restart. */
  public record Titration(
      int reviewEveryDays,
      double reduceIfTbr70PctAbove,
      double reduceIfTbr54PctAbove,
      double reduceStepFrac,
      double increaseIfTirPctBelow,
      double increaseIfTbr70PctBelow,
      double increaseStepFrac,
      double maxDoseFrac,
      @com.fasterxml.jackson.annotation.JsonProperty("stop_if_dose_u_per_kg_day_below") double stopIfDoseUPerKgDayBelow,
      double stopIfTirPctAtLeast,
      double restartIfTir70to180PctBelow,
      double restartIfTir70to140PctBelow,
      double restartDoseFrac,
      double urgentRestartIfDayMeanMgdlAbove,
      double weanIfTirPctAtLeast,
      double weanStepFrac,
      @com.fasterxml.jackson.annotation.JsonProperty("wean_if_fasting_cpeptide_nmoll_at_least") double weanIfFastingCpeptideNmolLAtLeast) {}

  /** Awareness, self-treatment of lows and the severe-event link. */
  public record Hypoglycaemia(
      String awareness,
      double symptomThresholdAwareMgdl,
      double symptomThresholdImpairedMgdl,
      double noticeProbAware,
      double noticeProbImpaired,
      double nightNoticeFactor,
      double rescueCarbsG,
      double recheckMin,
      double rateMultiplierAware,
      double rateMultiplierImpaired,
      boolean awarenessRestoredByGraft,
      boolean severeRiskScaledByInsulinWithGraft) {}

  /** Day-to-day life: meals, sensitivity, exercise, illness, CGM. */
  public record Life(
      String meals,
      double sensitivityDayCv,
      double sensitivityDayAutocorr,
      double dawnProbability,
      double dawnSensitivityDrop,
      double exerciseDaysPerWeek,
      double exerciseUptakeMgPerKgMin,
      double exerciseDurationMin,
      double illnessEpisodesPerYear,
      double illnessDurationDays,
      double illnessSensitivityDrop,
      String cgm) {}

  /** Immunosuppression regimen and adverse-event processes. */
  public record Immunosuppression(
      String enabled,
      String induction,
      String maintenance,
      int stopDay,
      double subtherapeuticEpisodesPerYear,
      double subtherapeuticDurationDays,
      double subtherapeuticAdequacy,
      double seriousInfectionPerYear,
      double neutropeniaPerYearFirstYear,
      double neutropeniaPerYearLater,
      double malignancyPerYear,
      double deathPerYear,
      double egfrBaselineMlMin,
      double egfrDeclineYear1MlMin,
      double egfrDeclinePerYearYears1to5,
      double egfrDeclinePerYearLater) {}

  /** Study visits: days with an HbA1c draw and a CGM window. */
  public record Visits(int everyDays, int cgmWindowDays, double hba1cLabCv) {}
}
