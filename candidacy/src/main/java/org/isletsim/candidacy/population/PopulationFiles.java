package org.isletsim.candidacy.population;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.isletsim.InvalidInputException;
import org.isletsim.candidacy.analysis.CandidacyAnalysis;
import org.isletsim.candidacy.analysis.Verdict;
import org.isletsim.candidacy.output.CandidacyReport;
import org.isletsim.io.AtomicFile;
import org.isletsim.report.Block;
import org.isletsim.report.HtmlReport;
import org.isletsim.report.Section;
import org.isletsim.report.Table;
import org.isletsim.report.chart.IntervalBarChart;
import org.isletsim.report.chart.Palette;
import org.isletsim.report.chart.StackedBarChart;

/** population.json, people.csv and report.html of a population run (each written atomically). */
public final class PopulationFiles {
  public static final String JSON = "population.json", CSV = "people.csv";

  private PopulationFiles() {}

  public static void write(PopulationResult r, Path dir) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) throw new InvalidInputException("--out: " + dir + " exists and is not a directory");
    AtomicFile.write(dir.resolve(CSV), temp -> {
      try (BufferedWriter w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        w.write("person,age_years,sex,diabetes_duration_years,hba1c_pct,severe_events_past_year,awareness_clarke,therapy,"
            + "cpeptide_pmol_l,egfr_ml_min,eligible,failed_criteria,verdict,verdict_vs_best_standard_care,net_benefit_qaly,"
            + "probability_of_benefit,severe_events_per_year\n");
        for (PopulationResult.Person p : r.people()) {
          var x = p.profile();
          w.write(String.format(Locale.ROOT, "%s,%.1f,%s,%.1f,%.1f,%d,%d,%s,%.0f,%.0f,%d,%s,%s,%s,%.6f,%.6f,%.6f%n", x.name(),
              x.ageYears(), x.female() ? "female" : "male", x.diabetesDurationYears(), x.hba1cPercent(),
              x.severeEventsPastYear(), x.awareness().score(), x.therapy().id(), x.cpeptidePmolL(), x.egfrMlMin(),
              p.eligible() ? 1 : 0, String.join(";", p.failedCriteria()), p.verdict().id(), p.verdictVsBest().id(),
              p.netBenefitQaly(), p.probabilityOfBenefit(), p.severeEventsPerYear()));
        }
      }
    });
    report(r).write(dir.resolve(CandidacyReport.FILE));
    AtomicFile.write(dir.resolve(JSON), temp -> {
      try (BufferedWriter w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(w, json(r));
      }
    });
  }

  static ObjectNode json(PopulationResult r) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode o = f.objectNode();
    PopulationSpec s = r.spec();
    ObjectNode spec = o.putObject("population");
    spec.put("name", s.name());
    spec.put("seed", s.seed());
    spec.put("people", s.people());
    spec.put("twins_per_person", s.twinsPerPerson());
    spec.put("horizon_years", s.horizonYears());
    spec.put("severe_phenotype_share", s.severePhenotypeShare());
    spec.put("trial", CandidacyAnalysis.TRIAL_PRESET);
    o.set("meet_trial_eligibility", share(r.eligible()));
    o.set("likely_benefit", share(r.likelyBenefit()));
    o.set("likely_benefit_among_eligible", share(r.likelyBenefitAmongEligible()));
    o.set("likely_benefit_among_ineligible", share(r.likelyBenefitAmongIneligible()));
    o.set("likely_net_harm", share(r.likelyNetHarm()));
    ObjectNode cross = o.putObject("eligibility_by_verdict");
    for (boolean e : new boolean[] {true, false}) {
      ObjectNode row = cross.putObject(e ? "eligible" : "not_eligible");
      for (Verdict v : Verdict.values()) {
        row.put(v.id(), r.people().stream().filter(p -> p.eligible() == e && p.verdict() == v).count());
      }
    }
    ArrayNode people = o.putArray("people");
    for (PopulationResult.Person p : r.people()) {
      ObjectNode x = people.addObject();
      x.put("person", p.profile().name());
      x.put("eligible", p.eligible());
      x.put("verdict", p.verdict().id());
      x.put("net_benefit_qaly", round(p.netBenefitQaly()));
    }
    return o;
  }

  private static ObjectNode share(PopulationResult.Share s) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("count", s.count());
    o.put("n", s.n());
    if (s.n() == 0) {
      o.putNull("share");
      return o;
    }
    o.put("share", round(s.p()));
    o.put("ci_low", round(s.low()));
    o.put("ci_high", round(s.high()));
    return o;
  }

  private static BigDecimal round(double v) {
    return v == 0 ? BigDecimal.ZERO : new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros();
  }

  static HtmlReport report(PopulationResult r) {
    List<IntervalBarChart.Row> rows = new ArrayList<>();
    int i = 0;
    for (var e : List.of(java.util.Map.entry("Meet the trial's eligibility", r.eligible()),
        java.util.Map.entry("Likely benefit (all)", r.likelyBenefit()),
        java.util.Map.entry("Likely benefit, eligible", r.likelyBenefitAmongEligible()),
        java.util.Map.entry("Likely benefit, not eligible", r.likelyBenefitAmongIneligible()),
        java.util.Map.entry("Likely net harm (all)", r.likelyNetHarm()))) {
      var s = e.getValue();
      if (s.n() == 0) continue;
      rows.add(new IntervalBarChart.Row(e.getKey(), 100 * s.p(), 100 * s.low(), 100 * s.high(), Palette.color(i++),
          String.format(Locale.ROOT, "%.1f%% (%d/%d)", 100 * s.p(), s.count(), s.n())));
    }
    List<String> cats = List.of("eligible", "not eligible");
    List<StackedBarChart.Layer> layers = new ArrayList<>();
    String[] colors = {Palette.IN_RANGE, Palette.HIGH, Palette.LOW};
    for (Verdict v : Verdict.values()) {
      double[] vals = new double[2];
      for (var p : r.people()) if (p.verdict() == v) vals[p.eligible() ? 0 : 1]++;
      layers.add(new StackedBarChart.Layer(v.id(), colors[v.ordinal()], vals));
    }
    Table.Builder t = Table.builder("people", "People (first 200)", "Person", "Age", "HbA1c %", "Severe events", "Clarke",
        "Therapy", "Eligible", "Verdict", "Net benefit (QALY)");
    for (var p : r.people().subList(0, Math.min(200, r.people().size()))) {
      var x = p.profile();
      t.row(x.name(), List.of(x.name(), String.format(Locale.ROOT, "%.0f", x.ageYears()), String.format(Locale.ROOT, "%.1f", x.hba1cPercent()),
          Integer.toString(x.severeEventsPastYear()), Integer.toString(x.awareness().score()), x.therapy().id(),
          p.eligible() ? "yes" : "no", p.verdict().id(), String.format(Locale.ROOT, "%+.3f", p.netBenefitQaly())));
    }
    return HtmlReport.builder("Candidacy across a population: " + r.spec().name())
        .subtitle(String.format(Locale.ROOT, "%d people, %d twins each, %d-year horizon, seed %d", r.people().size(),
            r.spec().twinsPerPerson(), r.spec().horizonYears(), r.spec().seed()))
        .section(Section.of("shares", "Who meets the trial's criteria, who is likely to benefit",
            Block.grid("cols-2", List.of(IntervalBarChart.of("Shares (exact 95% CI)", "% of people", rows),
                StackedBarChart.of("Verdict by trial eligibility", "people", cats, layers, false))),
            Block.note("Eligibility: the zimislecel phase 1/2 (FORWARD-101) criteria of the trial preset. Verdict: islets with "
                + "immunosuppression vs the person's current care (docs/candidacy.md).")))
        .section(Section.of("people", "People", t.build()))
        .build();
  }
}
