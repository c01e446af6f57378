package org.isletsim.report.trial;

import org.isletsim.cgm.AgpProfile;
import org.isletsim.cgm.GlucoseSeries;
import org.isletsim.report.cgm.CgmCharts;
import org.isletsim.trial.protocol.Arm;
import org.isletsim.trial.sim.CareCourseSimulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.isletsim.report.Block;
import org.isletsim.report.Html;
import org.isletsim.report.HtmlReport;
import org.isletsim.report.Table;
import org.isletsim.trial.TrialOptions;
import org.isletsim.trial.TrialRunner;
import org.isletsim.trial.endpoint.ParticipantOutcome;
import org.isletsim.trial.output.Summary;
import org.isletsim.trial.output.TrialOutput;
import org.isletsim.trial.protocol.Protocol;
import org.isletsim.trial.protocol.Published;
import org.isletsim.trial.sim.Visit;
import org.isletsim.trial.stats.ProportionCi;

/**
 * DIR/report.html of {@code isletsim trial}: written by {@link TrialOutput} into its temporary directory and moved
 * with the other outputs. The endpoint tables are rendered from summary.json's own text ({@link Summary#write}),
 * so they show exactly its numbers (to 3 decimals). Lives in the report module (report → trial): the trial module
 * stays free of presentation code, and the report module already owns every chart.
 */
public final class TrialReport implements TrialOutput.Extra {
  public static final String FILE = "report.html";
  /**
   * Endpoints of the headline table (the full table lists all of summary.json), plus the success criterion's and
   * those with published counts ({@link #keyEndpoints}).
   */
  static final List<String> KEY_ENDPOINTS = List.of("primary_endpoint", "insulin_independent_d365", "insulin_independent_ever",
      "she_free_d90_365", "graft_function_d365", "igls2018_success_d365", "igls2_success_d365", "hba1c_pct_d365",
      "tir_pct_d365", "cpeptide_peak_pmol_l_d365", "insulin_dose_change_pct_d365", "any_sae", "died");
  static final List<String> SECTIONS = List.of("protocol", "flow", "endpoints", "trajectories", "insulin", "igls", "swimmer",
      "hypoglycaemia", "adverse-events", "agp", "all-endpoints");

  private final TrialTally tally;
  private long nanos;

  /** A report of {@code protocol}'s run; it is fed every replicate by {@link TrialOutput}. */
  public TrialReport(Protocol protocol) {
    tally = new TrialTally(protocol);
  }

  @Override
  public String fileName() {
    return FILE;
  }

  @Override
  public void accept(TrialRunner.Replicate r) {
    long t0 = System.nanoTime();
    tally.accept(r);
    nanos += System.nanoTime() - t0;
  }

  /** Time spent on the report so far (collecting replicates and writing), seconds: its cost in the run. */
  public double seconds() {
    return nanos / 1e9;
  }

  @Override
  public void write(Path file, Summary summary, Protocol protocol, TrialOptions options) throws IOException {
    long t0 = System.nanoTime();
    build(summary, protocol, options).write(file);
    nanos += System.nanoTime() - t0;
  }

  /** The report of the replicates seen so far. */
  public HtmlReport build(Summary summary, Protocol protocol, TrialOptions options) throws IOException {
    StringWriter json = new StringWriter();
    summary.write(json, protocol, options);
    JsonNode root = new ObjectMapper().readTree(json.toString());
    TrialTally t = tally;
    Published pub = protocol.published();
    HtmlReport.Builder b = HtmlReport.builder("Trial: " + protocol.name())
        .subtitle("seed " + options.seed() + ", " + t.replicates + " replicate trial(s), " + protocol.source()
            + "; simulator: " + root.path("simulator").asText());
    b.section("protocol", "Protocol", TrialTables.protocol(protocol, options), TrialTables.arms(protocol, options));
    b.section("flow", "Cohort flow", TrialTables.flow(t),
        Block.note("Totals over all replicates; per trial = total / replicates. Completed = alive at the end of follow-up; Died = died during follow-up (also after the last visit)."));
    List<Block> endpoints = new ArrayList<>();
    endpoints.add(TrialTables.endpoints("endpoints-key", "Key endpoints (pooled over replicates, as summary.json)", root,
        keyEndpoints(protocol), pub));
    if (root.has("operating_characteristics")) endpoints.add(TrialTables.operating(root.get("operating_characteristics")));
    if (pub != null && !pub.counts().isEmpty()) endpoints.add(publishedBinary(root, pub));
    if (pub != null) {
      endpoints.add(Block.note("Published (arm " + pub.arm() + "): " + pub.source() + "." + (pub.note().isEmpty() ? ""
          : " " + pub.note())));
    }
    endpoints.add(Block.note("Binary endpoints: pooled count / n with the exact (Clopper-Pearson) 95% CI. Continuous and "
        + "Kaplan-Meier endpoints: mean of the replicate estimates. Replicate 5%/50%/95%: distribution of the estimate "
        + "over replicate trials of this size. All endpoints are in the last section."));
    b.section(new org.isletsim.report.Section("endpoints", "Endpoints", endpoints));
    String band = t.replicates > 1 ? "band: 5th-95th percentile of the replicate means" : "band: 95% CI of the mean";
    b.section("trajectories", "Per-visit trajectories (mean per arm; " + band + ")", Block.grid("cols-2", List.of(
        TrialCharts.trajectory(t, summary, "hba1c_pct", "HbA1c", "HbA1c (%)", pub),
        TrialCharts.trajectory(t, summary, "tir_pct", "Time in range 70-180 mg/dL", "TIR (%)", pub),
        TrialCharts.trajectory(t, summary, "cpeptide_peak_pmol_l", "MMTT peak C-peptide", "C-peptide (pmol/L)", pub))),
        pubNote(pub));
    b.section("insulin", "Insulin taper and insulin independence", Block.grid("cols-2", List.of(
        TrialCharts.trajectory(t, summary, "insulin_u_kg_day", "Exogenous insulin dose", "U/kg/day", pub),
        TrialCharts.trajectory(t, summary, "insulin_dose_change_pct", "Insulin dose change from baseline", "%", pub),
        TrialCharts.km(t, false, "Duration of insulin independence (replicate 1, Kaplan-Meier, 95% CI)"),
        TrialCharts.km(t, true, "Graft survival (replicate 1, Kaplan-Meier, 95% CI)"))),
        Block.note("Kaplan-Meier curves of one trial (replicate 1) with Greenwood log-transformed 95% CIs; numbers at risk "
            + "under the axis at the visit days. Insulin independence is counted from the first insulin-free day, among "
            + "those who achieved it."));
    if (t.visits.size() > 1) {
      b.section("igls", "Igls 2018 class per visit", TrialCharts.igls(t),
          Block.note("All participants of all replicates; Igls 2018 classes (Rickels 2018) at each visit after day 0."));
    } else {
      b.section("igls", "Igls 2018 class per visit",
          Block.note("The protocol has no visit after day 0, so there are no Igls 2018 classes to show."));
    }
    b.section("swimmer", "Participants (replicate 1)", TrialCharts.swimmer(t));
    b.section("hypoglycaemia", "Severe hypoglycaemia before and after", TrialTables.severeHypoglycaemia(t),
        Block.note("Before: events in the year before screening (1 participant-year each). After: events from day 1 "
            + "(and from day 90) to the end of follow-up or death, per participant-year."));
    b.section("adverse-events", "Adverse events", TrialTables.adverseEvents(t));
    b.section(agp(t, protocol, options));
    b.section("all-endpoints", "All endpoints (summary.json)",
        details("Show all " + root.path("endpoints").size() + " rows",
            TrialTables.endpoints("endpoints-all", "All endpoints", root, null, pub)));
    return b.build();
  }

  static Set<String> keyEndpoints(Protocol protocol) {
    Set<String> keys = new java.util.HashSet<>(KEY_ENDPOINTS);
    if (protocol.success() != null) keys.add(protocol.success().endpoint());
    if (protocol.published() != null) keys.addAll(protocol.published().counts().keySet());
    return keys;
  }

  private static Block pubNote(Published pub) {
    if (pub == null) return Block.note("The protocol lists no published values to compare with (docs/trial.md, published).");
    if (pub.measures().isEmpty()) return Block.note("The source publishes no per-visit values (" + pub.source() + ").");
    boolean bounds = pub.measures().values().stream().flatMap(List::stream).anyMatch(Published.Value::atLeast);
    return Block.note("Black markers: published means, " + pub.source() + " (no dispersion published)"
        + (bounds ? "; a black marker with a bar up to the top of the chart is a published lower bound." : "."));
  }

  private static Block publishedBinary(JsonNode root, Published pub) {
    List<String> names = new ArrayList<>(new java.util.TreeSet<>(pub.counts().keySet()));
    double[][] sim = new double[3][names.size()], p = new double[3][names.size()];
    for (int i = 0; i < names.size(); i++) {
      JsonNode e = TrialTables.find(root, pub.arm(), names.get(i));
      sim[0][i] = e == null ? Double.NaN : e.path("estimate").asDouble(Double.NaN);
      sim[1][i] = e == null ? Double.NaN : e.path("ci_low").asDouble(Double.NaN);
      sim[2][i] = e == null ? Double.NaN : e.path("ci_high").asDouble(Double.NaN);
      Published.Count c = pub.counts().get(names.get(i));
      ProportionCi ci = ProportionCi.clopperPearson(c.count(), c.n());
      p[0][i] = ci.estimate();
      p[1][i] = ci.low();
      p[2][i] = ci.high();
    }
    return TrialCharts.publishedBinary(names, sim, p);
  }

  /**
   * The AGP of replicate 1's first participant of the first arm: the course is replayed by the care-course
   * simulator (deterministic, so it is that participant's course) for the 14 days before the infusion (care run-in)
   * and the 14 days before the last visit.
   */
  private static org.isletsim.report.Section agp(TrialTally t, Protocol protocol, TrialOptions options) {
    List<Block> blocks = new ArrayList<>();
    ParticipantOutcome o = null;
    for (List<ParticipantOutcome> l : t.first.values()) {
      if (!l.isEmpty()) {
        o = l.get(0);
        break;
      }
    }
    if (o == null) {
      blocks.add(Block.paragraph("No participant was enrolled."));
      return new org.isletsim.report.Section("agp", "Simulated AGP of a participant", blocks);
    }
    Arm arm = protocol.arm(o.arm());
    int last = o.course().visits().get(o.course().visits().size() - 1).day();
    int window = CareCourseSimulator.CGM_WINDOW_DAYS;
    CareCourseSimulator sim = new CareCourseSimulator();
    GlucoseSeries before = sim.cgm(o.person(), arm, -window, -1, options.seed());
    GlucoseSeries after = last >= window ? sim.cgm(o.person(), arm, last - window, last - 1, options.seed()) : null;
    List<Block> charts = new ArrayList<>();
    if (before.size() > 0) charts.add(CgmCharts.agp("Before the infusion (days -14 to -1)", AgpProfile.of(before)));
    if (after != null && after.size() > 0) {
      charts.add(CgmCharts.agp("Before the last visit (days " + (last - window) + " to " + (last - 1) + ")", AgpProfile.of(after)));
    }
    blocks.add(Block.grid("cols-2", charts));
    blocks.add(Block.note("Replicate 1, arm " + o.arm() + ", participant " + o.person().id() + " (" + o.person().catalogueId()
        + "-derived): the participant's simulated CGM, replayed from the same seed. Bands: 5-95% and 25-75% by time of "
        + "day; line: median."));
    Table.Builder tb = Table.builder("agp-metrics", "Replicate 1, " + o.arm() + ", participant " + o.person().id() + ": CGM metrics per visit",
        "Day", "TIR %", "TBR<70 %", "TBR<54 %", "TAR>180 %", "CV %", "GMI %", "Mean glucose mg/dL");
    for (Visit v : o.course().visits()) {
      tb.row(Integer.toString(v.day()), f1(v.tirPercent()), f1(v.tbr70Percent()), f1(v.tbr54Percent()),
          f1(v.tar180Percent()), f1(v.cvPercent()), f1(v.gmiPercent()), f1(v.meanGlucoseMgDl()));
    }
    blocks.add(tb.build());
    return new org.isletsim.report.Section("agp", "Simulated AGP of a participant", blocks);
  }

  static String f1(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f", v) : "NA";
  }

  private static Block details(String summaryText, Block inner) {
    return out -> {
      out.append("<details><summary>").append(Html.escape(summaryText)).append("</summary>\n");
      inner.render(out);
      out.append("</details>\n");
    };
  }

}
