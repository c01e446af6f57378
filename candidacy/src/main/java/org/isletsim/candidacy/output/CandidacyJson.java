package org.isletsim.candidacy.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.isletsim.candidacy.analysis.CandidacyAnalysis;
import org.isletsim.candidacy.analysis.CandidacyResult;
import org.isletsim.candidacy.analysis.Comparison;
import org.isletsim.candidacy.analysis.ConditioningSummary;
import org.isletsim.candidacy.analysis.StrategySummary;
import org.isletsim.candidacy.analysis.TornadoBar;
import org.isletsim.candidacy.analysis.Weighted.Estimate;
import org.isletsim.candidacy.profile.Comorbidity;
import org.isletsim.candidacy.profile.Profile;

/** candidacy.json: the verdict first, then reasons, profile, strategies, net benefit, sensitivity and inputs. */
public final class CandidacyJson {
  public static final String FILE = "candidacy.json";

  private CandidacyJson() {}

  public static void write(CandidacyResult r, Writer w) throws IOException {
    Json.MAPPER.writeValue(w, tree(r));
  }

  public static ObjectNode tree(CandidacyResult r) {
    ObjectNode o = Json.F.objectNode();
    o.put("verdict", r.verdict().id());
    o.put("verdict_vs_best_standard_care", r.verdictVsBestStandardCare().id());
    ArrayNode reasons = o.putArray("reasons");
    r.reasons().forEach(reasons::add);
    o.set("profile", profile(r.profile()));
    ObjectNode a = o.putObject("analysis");
    a.put("seed", r.options().seed());
    a.put("twins", r.options().twins());
    a.put("horizon_years", r.options().horizonYears());
    ArrayNode extras = a.putArray("extra_strategies");
    r.options().extraStrategies().forEach(extras::add);
    a.put("verdict_rule", "likely_benefit: mean net benefit >= minimumImportantDifferenceQaly, share of twins with benefit "
        + ">= benefitProbabilityThreshold and Monte-Carlo 95% interval above 0; likely_net_harm: the mirror image; else uncertain");
    a.put("intervals", "p05/p95: 5th-95th percentiles over the weighted twins (uncertainty about the person); "
        + "mc_se: Monte-Carlo standard error of the mean (importance-weighted)");
    ObjectNode el = o.putObject("trial_eligibility");
    el.put("trial", CandidacyAnalysis.TRIAL_PRESET);
    el.put("eligible", r.eligibleForTrial());
    ArrayNode failed = el.putArray("failed_criteria");
    r.failedCriteria().forEach(failed::add);
    o.set("conditioning", conditioning(r.conditioning()));
    ArrayNode ss = o.putArray("strategies");
    for (StrategySummary s : r.strategies()) ss.add(strategy(s));
    ArrayNode nb = o.putArray("net_benefit");
    for (Comparison c : r.comparisons()) nb.add(comparison(c));
    ArrayNode sens = o.putArray("sensitivity");
    for (TornadoBar b : r.sensitivity()) sens.add(bar(b));
    ObjectNode in = o.putObject("inputs");
    for (Map.Entry<String, Double> e : r.inputs().asMap().entrySet()) Json.put(in, e.getKey(), e.getValue());
    return o;
  }

  static ObjectNode profile(Profile p) {
    ObjectNode o = Json.F.objectNode();
    o.put("name", p.name());
    o.put("source", p.source());
    Json.put(o, "age_years", p.ageYears());
    o.put("sex", p.female() ? "female" : "male");
    Json.put(o, "weight_kg", p.weightKg());
    Json.put(o, "height_m", p.heightM());
    o.put("diabetes_type", p.diabetesType());
    Json.put(o, "diabetes_duration_years", p.diabetesDurationYears());
    Json.put(o, "hba1c_pct", p.hba1cPercent());
    Json.put(o, "tir_pct", p.tirPct());
    o.put("severe_events_past_year", p.severeEventsPastYear());
    o.put("awareness_scale", p.awareness().scale());
    o.put("awareness_score", p.awareness().score());
    o.put("awareness_impaired", p.awareness().impaired());
    o.put("therapy", p.therapy().id());
    Json.put(o, "total_daily_insulin_u", p.totalDailyInsulinU());
    Json.put(o, "cpeptide_pmol_l", p.cpeptidePmolL());
    Json.put(o, "egfr_ml_min", p.egfrMlMin());
    ArrayNode c = o.putArray("comorbidities");
    for (Comorbidity x : p.comorbidities()) c.add(x.id());
    if (p.cgm() != null) {
      ObjectNode g = o.putObject("cgm");
      g.put("source", p.cgm().source());
      g.put("format", p.cgm().format());
      g.put("readings", p.cgm().readings());
      Json.put(g, "days", p.cgm().days());
      Json.put(g, "mean_mgdl", p.cgm().meanMgDl());
      Json.put(g, "tir_pct", p.cgm().tirPct());
      Json.put(g, "tbr54_pct", p.cgm().tbr54Pct());
      Json.put(g, "gmi_pct", p.cgm().gmiPct());
    }
    return o;
  }

  private static ObjectNode conditioning(ConditioningSummary c) {
    ObjectNode o = Json.F.objectNode();
    o.put("twins", c.twins());
    Json.put(o, "effective_sample_size", c.effectiveSampleSize());
    o.put("glycaemia_from", c.glycaemiaFrom());
    Json.put(o, "observed_hba1c_pct", c.observedHba1cPct());
    o.set("simulated_hba1c_pct", Json.estimate(c.simulatedHba1cPct()));
    Json.put(o, "observed_tir_pct", c.observedTirPct());
    o.set("simulated_tir_pct", Json.estimate(c.simulatedTirPct()));
    o.put("observed_severe_events_past_year", c.observedSevereEvents());
    o.set("severe_event_rate_per_year", Json.estimate(c.severeRatePerYear()));
    return o;
  }

  private static ObjectNode strategy(StrategySummary s) {
    ObjectNode o = Json.F.objectNode();
    o.put("id", s.id());
    o.put("label", s.label());
    o.put("source", s.source());
    o.set("qaly", Json.estimate(s.qaly()));
    ObjectNode comps = o.putObject("qaly_components");
    s.qalyComponents().forEach((k, v) -> Json.put(comps, k, v));
    o.set("severe_events_per_year", Json.estimate(s.severeEventsPerYear()));
    ArrayNode by = o.putArray("severe_events_by_year");
    for (Estimate e : s.severeEventsByYear()) by.add(Json.estimate(e));
    ObjectNode t = o.putObject("trajectory");
    ArrayNode years = t.putArray("years");
    for (double y : s.trajectoryYears()) Json.add(years, y);
    ArrayNode hb = t.putArray("hba1c_pct");
    for (Estimate e : s.hba1cPct()) hb.add(Json.estimate(e));
    ArrayNode tir = t.putArray("tir_pct");
    for (Estimate e : s.tirPct()) tir.add(Json.estimate(e));
    ArrayNode ii = o.putArray("insulin_independence");
    for (StrategySummary.Proportion p : s.insulinIndependence()) {
      ObjectNode x = ii.addObject();
      x.put("year", p.year());
      Json.put(x, "p", p.p());
      Json.put(x, "mc_se", p.mcSe());
      Json.put(x, "ci_low", p.low());
      Json.put(x, "ci_high", p.high());
    }
    StrategySummary.AdverseEvents ae = s.adverseEvents();
    ObjectNode a = o.putObject("adverse_events");
    Json.put(a, "serious_infections", ae.seriousInfections());
    Json.put(a, "prob_any_serious_infection", ae.probAnySeriousInfection());
    Json.put(a, "neutropenias", ae.neutropenias());
    Json.put(a, "prob_any_neutropenia", ae.probAnyNeutropenia());
    Json.put(a, "malignancies", ae.malignancies());
    Json.put(a, "prob_any_malignancy", ae.probAnyMalignancy());
    Json.put(a, "procedure_complications", ae.procedureComplications());
    Json.put(a, "death_probability", ae.deathProbability());
    Json.put(a, "immunosuppression_years", ae.immunosuppressionYears());
    Json.put(a, "prob_egfr_below_60_at_horizon", ae.probEgfrBelow60());
    Json.put(a, "prob_egfr_below_30_at_horizon", ae.probEgfrBelow30());
    o.set("egfr_end_ml_min", Json.estimate(s.egfrEndMlMin()));
    if (s.graftBetaEnd() != null) o.set("graft_beta_fraction_end", Json.estimate(s.graftBetaEnd()));
    return o;
  }

  private static ObjectNode comparison(Comparison c) {
    ObjectNode o = Json.F.objectNode();
    o.put("treatment", c.treatment());
    o.put("comparator", c.comparator());
    o.set("qaly", Json.estimate(c.netBenefitQaly()));
    Json.put(o, "probability_of_benefit", c.probabilityOfBenefit());
    Json.put(o, "probability_of_harm", c.probabilityOfHarm());
    ObjectNode comps = o.putObject("components");
    c.componentDeltas().forEach((k, v) -> Json.put(comps, k, v));
    Json.put(o, "severe_events_avoided", c.severeEventsAvoided());
    o.put("verdict", c.verdict().id());
    return o;
  }

  private static ObjectNode bar(TornadoBar b) {
    ObjectNode o = Json.F.objectNode();
    o.put("input", b.input());
    o.put("label", b.label());
    Json.put(o, "base", b.base());
    Json.put(o, "low", b.low());
    Json.put(o, "high", b.high());
    Json.put(o, "net_benefit_low", b.netBenefitLow());
    Json.put(o, "net_benefit_high", b.netBenefitHigh());
    o.put("verdict_low", b.verdictLow().id());
    o.put("verdict_high", b.verdictHigh().id());
    o.put("flips", b.flips());
    return o;
  }
}
