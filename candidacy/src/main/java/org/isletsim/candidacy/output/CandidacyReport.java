package org.isletsim.candidacy.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.isletsim.candidacy.analysis.CandidacyResult;
import org.isletsim.candidacy.analysis.Comparison;
import org.isletsim.candidacy.analysis.StrategySummary;
import org.isletsim.candidacy.analysis.TornadoBar;
import org.isletsim.candidacy.analysis.Weighted.Estimate;
import org.isletsim.candidacy.outcome.ModelInputs;
import org.isletsim.candidacy.profile.Profile;
import org.isletsim.candidacy.sim.PhysiologyRunner;
import org.isletsim.report.Block;
import org.isletsim.report.Html;
import org.isletsim.report.HtmlReport;
import org.isletsim.report.Section;
import org.isletsim.report.Table;
import org.isletsim.report.chart.Axis;
import org.isletsim.report.chart.IntervalBarChart;
import org.isletsim.report.chart.Palette;
import org.isletsim.report.chart.Series;
import org.isletsim.report.chart.TornadoChart;
import org.isletsim.report.chart.XyChart;

/** report.html of a candidacy analysis: verdict and reasons, outcome bars with intervals, trajectories, tornado. */
public final class CandidacyReport {
  public static final String FILE = "report.html";

  private CandidacyReport() {}

  public static HtmlReport build(CandidacyResult r) {
    Profile p = r.profile();
    HtmlReport.Builder b = HtmlReport.builder("Candidacy for stem-cell islets: " + p.name())
        .subtitle(String.format(Locale.ROOT, "%d virtual twins, %d-year horizon, seed %d. Verdict versus current care: %s",
            r.options().twins(), r.options().horizonYears(), r.options().seed(), r.verdict().id()));
    b.section(verdict(r));
    b.section(profile(r));
    b.section(outcomes(r));
    b.section(trajectories(r));
    b.section(adverseEvents(r));
    if (!r.sensitivity().isEmpty()) b.section(sensitivity(r));
    b.section(method(r));
    return b.build();
  }

  private static Section verdict(CandidacyResult r) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(out -> out.append("<p class=\"verdict\" data-verdict=\"").append(r.verdict().id()).append("\"><strong>Verdict (islets with immunosuppression vs current care): ")
        .append(Html.escape(r.verdict().id().replace('_', ' '))).append("</strong>; versus best standard care: ")
        .append(Html.escape(r.verdictVsBestStandardCare().id().replace('_', ' '))).append("</p>\n"));
    blocks.add(out -> {
      out.append("<ol class=\"reasons\">\n");
      for (String s : r.reasons()) out.append("<li>").append(Html.escape(s)).append("</li>\n");
      out.append("</ol>\n");
    });
    Table.Builder t = Table.builder("net-benefit", "Net benefit (discounted QALYs over the horizon)", "Comparison",
        "Mean", "90% of twins", "MC SE", "P(benefit)", "Verdict");
    for (Comparison c : r.comparisons()) {
      Estimate e = c.netBenefitQaly();
      t.row(c.treatment() + " vs " + c.comparator(), List.of(c.treatment() + " vs " + c.comparator(), f(e.mean(), 3),
          f(e.p05(), 2) + " to " + f(e.p95(), 2), f(e.mcSe(), 3), f(c.probabilityOfBenefit(), 2), c.verdict().id()));
    }
    blocks.add(t.build());
    return new Section("verdict", "Verdict", blocks);
  }

  private static Section profile(CandidacyResult r) {
    Profile p = r.profile();
    Table.Builder t = Table.builder("profile", null, "Field", "Value");
    t.row("Age, sex", f(p.ageYears(), 0) + " y, " + (p.female() ? "female" : "male"));
    t.row("Weight", f(p.weightKg(), 0) + " kg");
    t.row("Diabetes", "type " + p.diabetesType() + ", " + f(p.diabetesDurationYears(), 0) + " years");
    t.row("HbA1c / TIR", f(p.hba1cPercent(), 1) + "% / " + (Double.isNaN(p.tirPct()) ? "not given" : f(p.tirPct(), 0) + "%"));
    if (p.cgm() != null) {
      t.row("CGM export", String.format(Locale.ROOT, "%s (%s): %.0f days, mean %.0f mg/dL, TIR %.0f%%, <54 %.1f%%, GMI %.1f%%",
          p.cgm().source(), p.cgm().format(), p.cgm().days(), p.cgm().meanMgDl(), p.cgm().tirPct(), p.cgm().tbr54Pct(), p.cgm().gmiPct()));
    }
    t.row("Severe events, past year", Integer.toString(p.severeEventsPastYear()));
    t.row("Awareness", p.awareness().toString());
    t.row("Therapy", p.therapy().id() + (Double.isNaN(p.totalDailyInsulinU()) ? "" : ", " + f(p.totalDailyInsulinU(), 0) + " U/day"));
    t.row("C-peptide", f(p.cpeptidePmolL(), 0) + " pmol/L");
    t.row("eGFR", f(p.egfrMlMin(), 0) + " mL/min/1.73 m²");
    t.row("Comorbidities", p.comorbidities().isEmpty() ? "none" : String.join(", ", p.comorbidities().stream().map(c -> c.id()).toList()));
    t.row("Trial eligibility (zimislecel phase 1/2)", r.eligibleForTrial() ? "eligible" : "not eligible: " + String.join(", ", r.failedCriteria()));
    var c = r.conditioning();
    t.row("Twins reproduce", String.format(Locale.ROOT, "HbA1c %.2f%% (observed %.1f%%), TIR %.0f%%, severe events %.2f/year (observed %d); effective sample size %.1f of %d",
        c.simulatedHba1cPct().mean(), c.observedHba1cPct(), c.simulatedTirPct().mean(), c.severeRatePerYear().mean(),
        c.observedSevereEvents(), c.effectiveSampleSize(), c.twins()));
    return Section.of("profile", "Profile and virtual twins", t.build());
  }

  private static Section outcomes(CandidacyResult r) {
    List<Block> charts = new ArrayList<>();
    List<StrategySummary> ss = r.strategies();
    charts.add(IntervalBarChart.of("QALYs over the horizon (mean, 90% of twins)", "discounted QALYs",
        rows(ss, StrategySummary::qaly, 2)));
    charts.add(IntervalBarChart.of("Severe hypoglycaemic events per year", "events per person-year",
        rows(ss, StrategySummary::severeEventsPerYear, 2)));
    List<IntervalBarChart.Row> nb = new ArrayList<>();
    int k = 0;
    for (Comparison c : r.comparisons()) {
      Estimate e = c.netBenefitQaly();
      nb.add(new IntervalBarChart.Row(c.treatment() + " vs " + c.comparator(), e.mean(), e.p05(), e.p95(),
          Palette.color(k++), f(e.mean(), 2) + " (" + f(e.p05(), 2) + " to " + f(e.p95(), 2) + ")"));
    }
    double mid = r.inputs().get("minimumImportantDifferenceQaly");
    charts.add(IntervalBarChart.of("Net benefit (mean, 90% of twins); dashed: the verdict's minimum difference",
        "incremental QALYs", nb).withGuides(List.of(-mid, mid)));
    List<IntervalBarChart.Row> ii = new ArrayList<>();
    for (StrategySummary s : ss) {
      for (StrategySummary.Proportion pr : s.insulinIndependence()) {
        if (pr.year() == 1 || pr.year() == 3 || pr.year() == 5) {
          ii.add(new IntervalBarChart.Row(s.id() + ", year " + pr.year(), 100 * pr.p(), 100 * pr.low(), 100 * pr.high(),
              Palette.color(ss.indexOf(s)), f(100 * pr.p(), 0) + "% (MC 95% " + f(100 * pr.low(), 0) + "-" + f(100 * pr.high(), 0) + ")"));
        }
      }
    }
    if (!ii.isEmpty()) charts.add(IntervalBarChart.of("Insulin independence at 1, 3 and 5 years", "% of twins", ii));
    return new Section("outcomes", "Outcomes by strategy", List.of(Block.grid("cols-2", charts)));
  }

  private static List<IntervalBarChart.Row> rows(List<StrategySummary> ss, java.util.function.Function<StrategySummary, Estimate> f, int decimals) {
    List<IntervalBarChart.Row> rows = new ArrayList<>();
    for (int i = 0; i < ss.size(); i++) {
      Estimate e = f.apply(ss.get(i));
      rows.add(new IntervalBarChart.Row(ss.get(i).label(), e.mean(), e.p05(), e.p95(), Palette.color(i),
          f(e.mean(), decimals) + " (" + f(e.p05(), decimals) + " to " + f(e.p95(), decimals) + ")"));
    }
    return rows;
  }

  private static Section trajectories(CandidacyResult r) {
    List<Block> charts = new ArrayList<>();
    charts.add(trajectory(r, "HbA1c (mean and 90% of twins)", "HbA1c %", true));
    charts.add(trajectory(r, "Time in range 70-180 mg/dL (28-day windows)", "TIR %", false));
    return new Section("trajectories", "HbA1c and time in range", List.of(Block.grid("cols-2", charts),
        Block.note("Year 1 is the simulated one-minute physiology; later years: the repeated window without a graft, the "
            + "graft course with the glycaemia of year-1 days at the same graft function with a graft (docs/candidacy.md).")));
  }

  private static XyChart trajectory(CandidacyResult r, String title, String yLabel, boolean hba1c) {
    XyChart.Builder b = XyChart.builder(title).size(560, 280).x(Axis.of("years").withDomain(0, r.options().horizonYears()))
        .y(Axis.of(yLabel));
    int i = 0;
    for (StrategySummary s : r.strategies()) {
      List<Estimate> es = hba1c ? s.hba1cPct() : s.tirPct();
      double[] y = es.stream().mapToDouble(Estimate::mean).toArray();
      double[] lo = es.stream().mapToDouble(Estimate::p05).toArray();
      double[] hi = es.stream().mapToDouble(Estimate::p95).toArray();
      b.series(Series.band(s.id(), Palette.color(i++), s.trajectoryYears(), y, lo, hi).withBandOpacity(0.12));
    }
    if (hba1c) b.guide(7, 7, "#2b9348", "7%");
    else b.guide(70, 70, "#2b9348", "70%");
    return b.build();
  }

  private static Section adverseEvents(CandidacyResult r) {
    Table.Builder t = Table.builder("adverse-events", "Expected per person over the horizon (probability of at least one)",
        "Strategy", "Serious infections", "Serious neutropenia", "Malignancy", "Procedure complications", "Death on IS",
        "eGFR at horizon", "Years on IS");
    for (StrategySummary s : r.strategies()) {
      var a = s.adverseEvents();
      t.row(s.id(), List.of(s.label(), f(a.seriousInfections(), 2) + " (" + pct(a.probAnySeriousInfection()) + ")",
          f(a.neutropenias(), 2) + " (" + pct(a.probAnyNeutropenia()) + ")", f(a.malignancies(), 3) + " (" + pct(a.probAnyMalignancy()) + ")",
          f(a.procedureComplications(), 2), pct(a.deathProbability()),
          f(s.egfrEndMlMin().mean(), 0) + " (" + f(s.egfrEndMlMin().p05(), 0) + "-" + f(s.egfrEndMlMin().p95(), 0) + ")",
          f(a.immunosuppressionYears(), 2)));
    }
    Table.Builder q = Table.builder("qaly-components", "Mean QALY components (sum = QALYs)", "Strategy", "Quality of life",
        "Severe hypoglycaemia", "IS adverse events", "Procedure", "Kidney", "Mortality", "Total");
    for (StrategySummary s : r.strategies()) {
      List<String> cells = new ArrayList<>(List.of(s.label()));
      s.qalyComponents().values().forEach(v -> cells.add(f(v, 3)));
      cells.add(f(s.qaly().mean(), 3));
      q.row(s.id(), cells);
    }
    return Section.of("adverse-events", "Adverse events and QALY components", t.build(), q.build());
  }

  private static Section sensitivity(CandidacyResult r) {
    List<TornadoChart.Bar> bars = new ArrayList<>();
    for (TornadoBar b : r.sensitivity()) {
      bars.add(new TornadoChart.Bar(b.label(), b.netBenefitLow(), b.netBenefitHigh(), num(b.low()), num(b.high()), b.flips()));
    }
    double mid = r.inputs().get("minimumImportantDifferenceQaly");
    Comparison base = r.comparison("islets", "current");
    TornadoChart chart = TornadoChart.of("Net benefit of islets vs current care when one input is at its low or high value",
        "incremental QALYs (solid line: base case; dashed: the verdict's minimum difference)", base.netBenefitQaly().mean(),
        bars, List.of(-mid, mid));
    Table.Builder t = Table.builder("sensitivity", "One-way sensitivity analysis (▶: changes the verdict)", "Input", "Base",
        "Low", "Net benefit at low", "Verdict at low", "High", "Net benefit at high", "Verdict at high");
    for (TornadoBar b : r.sensitivity()) {
      t.row(b.input(), List.of((b.flips() ? "\u25B6 " : "") + b.label(), num(b.base()), num(b.low()), f(b.netBenefitLow(), 3),
          b.verdictLow().id(), num(b.high()), f(b.netBenefitHigh(), 3), b.verdictHigh().id()));
    }
    return Section.of("sensitivity", "Which inputs flip the verdict", chart, t.build());
  }

  private static Section method(CandidacyResult r) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(Block.paragraph(String.format(Locale.ROOT,
        "Virtual twins: %d draws of the trial module's population generator with the profile's observed values, "
            + "importance-weighted on total daily insulin, HbA1c (or the CGM's mean glucose) and TIR, and the past year's "
            + "severe events (negative binomial; each twin's frailty from the conjugate posterior). Effective sample size %.1f. "
            + "Physiology: one year of the care module's one-minute course with a graft, %d days without; later years from "
            + "the graft module's daily graft course and the care module's event rates. Intervals: 5th-95th percentiles "
            + "over the weighted twins; MC SE: Monte-Carlo standard error of a mean.",
        r.options().twins(), r.conditioning().effectiveSampleSize(), PhysiologyRunner.NO_GRAFT_WINDOW_DAYS)));
    Table.Builder t = Table.builder("inputs", "Inputs (override with --inputs FILE.yaml)", "Input", "Value", "Source");
    for (ModelInputs.Input in : ModelInputs.INPUTS) t.row(in.name(), List.of(in.name(), num(r.inputs().get(in.name())), in.source()));
    blocks.add(t.build());
    return new Section("method", "Method and inputs", blocks);
  }

  static String f(double v, int decimals) {
    return Html.number(v, decimals);
  }

  static String pct(double p) {
    return Html.number(100 * p, 1) + "%";
  }

  static String num(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e9) return Long.toString((long) v);
    String s = String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "");
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }
}
