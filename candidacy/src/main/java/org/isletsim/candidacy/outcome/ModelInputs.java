package org.isletsim.candidacy.outcome;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isletsim.care.policy.CarePolicy;

/**
 * The inputs of the cheap outcome layer: utility weights, adverse-event rates and the few structural switches,
 * each with its source and the low/high values of the one-way sensitivity analysis. Immunosuppression rates
 * default to the care module's policy (so a change there flows through); the utilities are from the literature
 * (docs/candidacy.md "Utilities"). Immutable: {@link #with(String, double)} returns a copy. Any input can be
 * overridden by a YAML file of {@code name: value} pairs ({@code --inputs}, {@link InputsReader}).
 */
public final class ModelInputs {
  /**
   * One input.
   *
   * @param name key in YAML, candidacy.json and the tornado
   * @param label human-readable name
   * @param min lowest accepted value
   * @param max highest accepted value
   * @param low tornado low value (NaN: not varied)
   * @param high tornado high value
   * @param source citation or [ours]
   */
  public record Input(String name, String label, double min, double max, double low, double high, String source) {
    public boolean varied() {
      return !Double.isNaN(low);
    }
  }

  private static final String WALLNER = "Wallner K, Shapiro AMJ, Senior PA, McCabe C. BMC Endocr Disord 2016;16:17, Table 2";

  /** The inputs in their documented order (defaults from {@link #defaults(CarePolicy)}). */
  public static final List<Input> INPUTS = List.of(
      new Input("utilityOnInsulin", "Utility, on insulin (T1D without complications)", 0, 1, 0.75, 0.87,
          WALLNER + ": T1DM no complications 0.81"),
      new Input("utilityInsulinFreeGraft", "Utility, insulin-free with a functioning graft", 0, 1, 0.76, 0.88,
          WALLNER + ": full graft function 0.82 (no-injection bonus minus immunosuppression disutility)"),
      new Input("utilityPartialGraft", "Utility, graft function but on insulin", 0, 1, 0.75, 0.87,
          WALLNER + ": partial graft function 0.81"),
      new Input("impairedAwarenessDecrement", "Utility decrement while awareness is impaired", 0, 1, 0, 0.10,
          WALLNER + ": hypoglycaemia unawareness 0.71 vs 0.81 (includes the events' burden, so 0 by default: "
              + "the events are counted one by one)"),
      new Input("severeHypoDisutilityPerEvent", "QALY loss per severe hypoglycaemic event", 0, 1, 0.03, 0.09,
          "Evans M et al. Health Qual Life Outcomes 2013;11:90: severe daytime 0.057, nocturnal 0.062 (TTO, "
              + "includes fear of future events)"),
      new Input("procedureComplicationDisutility", "QALY loss per procedure complication", 0, 1, 0.025, 0.10,
          WALLNER + ": initial immunosuppressive or other complications 0.05 per occurrence"),
      new Input("minorComplicationDisutility", "QALY loss per serious neutropenia", 0, 1, 0.025, 0.10,
          WALLNER + ": initial immunosuppressive or other complications 0.05 per occurrence"),
      new Input("majorComplicationDisutility", "QALY loss per serious infection or malignancy", 0, 1, 0.05, 0.20,
          WALLNER + ": subsequent major immunosuppressive complications 0.10 per occurrence"),
      new Input("advancedKidneyDiseaseDecrement", "Utility decrement with eGFR < 30", 0, 1, 0.20, 0.50,
          WALLNER + ": nephropathy 0.47 (decrement 0.35)"),
      new Input("seriousInfectionPerYear", "Serious infections on immunosuppression /y", 0, 5, 0.05, 0.30,
          "care policy (share of 0.31 SAE/patient-year, Rickels 2022) [ours]"),
      new Input("neutropeniaPerYearFirstYear", "Serious neutropenia, year 1 /y", 0, 5, 0.10, 0.40,
          "care policy: 3/14 in year 1 (Reichman 2025)"),
      new Input("neutropeniaPerYearLater", "Serious neutropenia, later /y", 0, 5, 0.02, 0.10, "care policy [ours]"),
      new Input("malignancyPerYear", "Malignancy on immunosuppression /y", 0, 1, 0.005, 0.03,
          "care policy [ours; kidney-transplant rates are upper bounds]"),
      new Input("deathPerYearOnImmunosuppression", "Death on immunosuppression /y", 0, 1, 0.001, 0.02,
          "care policy [ours]; FORWARD-101: 2 deaths in 14 (unrelated to the product)"),
      new Input("egfrDeclineYear1MlMin", "eGFR fall in year 1 on immunosuppression", 0, 100, 10, 40,
          "care policy: -28 mL/min/1.73 m2 (Alberta cohort, conference abstract)"),
      new Input("procedureComplicationProbPortal", "Complication probability per portal infusion", 0, 1, 0.08, 0.25,
          "Ryan EA et al. Diabetes 2005: bleeding 15/128, branch portal-vein thrombosis 5/128"),
      new Input("procedureComplicationProbOther", "Complication probability per other implant", 0, 1, 0.02, 0.15,
          "[ours] (PEC-01 device: surgical AEs frequent but mostly minor, Shapiro 2021)"),
      new Input("graftAttritionFactor", "Graft attrition after year 1 (x default hazards)", 0, 10, 0.5, 2.0,
          "graft module defaults (graft-defaults.yaml); durability beyond 1-2 y unknown (clinical.md §6)"),
      new Input("severeHypoRateFactor", "Person's severe-event propensity (x twin estimate)", 0, 10, 0.5, 2.0,
          "conditioning on one year of counts (docs/candidacy.md)"),
      new Input("graftRestoresAwareness", "Graft function restores awareness (0 no, 1 yes)", 0, 1, 0, 1,
          "care policy awareness_restored_by_graft [ours; islet literature]"),
      new Input("stopImmunosuppressionAfterGraftFailure", "Stop immunosuppression after graft failure (0/1)", 0, 1,
          Double.NaN, Double.NaN, "transplant practice [ours]"),
      new Input("discountRatePerYear", "Discount rate per year", 0, 0.2, 0.0, 0.05,
          "NICE reference case 3.5% (health effects)"),
      new Input("minimumImportantDifferenceQaly", "Smallest net benefit that counts (QALY)", 0, 5, Double.NaN,
          Double.NaN, "[ours] (verdict rule)"),
      new Input("benefitProbabilityThreshold", "Probability of benefit (or harm) for a 'likely' verdict", 0.5, 1,
          Double.NaN, Double.NaN, "[ours] (verdict rule)"));

  private final Map<String, Double> values;

  private ModelInputs(Map<String, Double> values) {
    this.values = Map.copyOf(values);
  }

  /** The defaults: literature utilities and the care policy's immunosuppression rates. */
  public static ModelInputs defaults(CarePolicy policy) {
    CarePolicy.Immunosuppression is = policy.immunosuppression();
    Map<String, Double> v = new LinkedHashMap<>();
    v.put("utilityOnInsulin", 0.81);
    v.put("utilityInsulinFreeGraft", 0.82);
    v.put("utilityPartialGraft", 0.81);
    v.put("impairedAwarenessDecrement", 0.0);
    v.put("severeHypoDisutilityPerEvent", 0.06);
    v.put("procedureComplicationDisutility", 0.05);
    v.put("minorComplicationDisutility", 0.05);
    v.put("majorComplicationDisutility", 0.10);
    v.put("advancedKidneyDiseaseDecrement", 0.35);
    v.put("seriousInfectionPerYear", is.seriousInfectionPerYear());
    v.put("neutropeniaPerYearFirstYear", is.neutropeniaPerYearFirstYear());
    v.put("neutropeniaPerYearLater", is.neutropeniaPerYearLater());
    v.put("malignancyPerYear", is.malignancyPerYear());
    v.put("deathPerYearOnImmunosuppression", is.deathPerYear());
    v.put("egfrDeclineYear1MlMin", is.egfrDeclineYear1MlMin());
    v.put("procedureComplicationProbPortal", 20.0 / 128);
    v.put("procedureComplicationProbOther", 0.05);
    v.put("graftAttritionFactor", 1.0);
    v.put("severeHypoRateFactor", 1.0);
    v.put("graftRestoresAwareness", policy.hypoglycaemia().awarenessRestoredByGraft() ? 1.0 : 0.0);
    v.put("stopImmunosuppressionAfterGraftFailure", 1.0);
    v.put("discountRatePerYear", 0.035);
    v.put("minimumImportantDifferenceQaly", 0.05);
    v.put("benefitProbabilityThreshold", 0.75);
    for (Input in : INPUTS) {
      if (!v.containsKey(in.name())) throw new IllegalStateException("no default for " + in.name());
    }
    return new ModelInputs(v);
  }

  public double get(String name) {
    Double v = values.get(name);
    if (v == null) throw new IllegalArgumentException("unknown input " + name);
    return v;
  }

  public ModelInputs with(String name, double value) {
    input(name);
    Map<String, Double> v = new LinkedHashMap<>(values);
    v.put(name, value);
    return new ModelInputs(v);
  }

  /** The descriptor of {@code name}. */
  public static Input input(String name) {
    for (Input in : INPUTS) if (in.name().equals(name)) return in;
    throw new IllegalArgumentException("unknown input " + name);
  }

  /** All values in documented order. */
  public Map<String, Double> asMap() {
    Map<String, Double> m = new LinkedHashMap<>();
    for (Input in : INPUTS) m.put(in.name(), values.get(in.name()));
    return m;
  }

  /** The inputs that are yes/no switches (0 or 1). */
  public static final java.util.Set<String> SWITCHES =
      java.util.Set.of("graftRestoresAwareness", "stopImmunosuppressionAfterGraftFailure");

  public boolean flag(String name) {
    return get(name) >= 0.5;
  }
}
