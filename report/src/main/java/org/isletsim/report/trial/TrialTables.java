package org.isletsim.report.trial;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.isletsim.report.Table;
import org.isletsim.trial.TrialOptions;
import org.isletsim.trial.TrialRunner;
import org.isletsim.trial.protocol.Arm;
import org.isletsim.trial.protocol.Protocol;
import org.isletsim.trial.protocol.Published;
import org.isletsim.trial.stats.ProportionCi;

/** The trial report's tables. Endpoint numbers come from summary.json's text, printed with 3 decimals. */
final class TrialTables {
  static final List<String> ENDPOINT_COLUMNS = List.of("Arm", "Endpoint", "n", "Count", "Estimate", "CI low", "CI high",
      "Replicate 5%", "Replicate median", "Replicate 95%", "Published");
  /** summary.json key of each numeric endpoint column. */
  static final List<String> ENDPOINT_KEYS = List.of("", "", "n", "count", "estimate", "ci_low", "ci_high",
      "replicate_p05", "replicate_median", "replicate_p95", "");

  private TrialTables() {}

  static Table protocol(Protocol p, TrialOptions o) {
    return Table.builder("protocol-summary", "Protocol", "Item", "Value")
        .row("Name", p.name()).row("Source", p.source()).row("Seed", Long.toString(o.seed()))
        .row("Replicates", Integer.toString(o.replicates()))
        .row("Follow-up (days)", Integer.toString(p.followUpDays()))
        .row("Visits (day)", p.visitDays().toString())
        .row("Population", p.population().phenotype().id())
        .row("Endpoints", p.endpoints().toString().toLowerCase(Locale.ROOT).replace('_', '-'))
        .row("Success criterion", p.success() == null ? "none" : p.success().describe())
        .build();
  }

  static Table arms(Protocol p, TrialOptions o) {
    Table.Builder b = Table.builder("arms", "Arms", "Arm", "Participants", "Product", "Dose", "Site", "Infusions (max)",
        "Immunosuppression");
    for (Arm a : TrialRunner.arms(p, o)) {
      b.row(a.name(), Integer.toString(a.participants()), a.product().id(),
          String.format(Locale.ROOT, "%.3g %s", a.dose().value(), a.dose().unit()), a.site().id(),
          Integer.toString(a.infusions().max()),
          a.immunosuppression().regimen() + " (level " + a.immunosuppression().level() + ")");
    }
    return b.build();
  }

  static Table flow(TrialTally t) {
    Table.Builder b = Table.builder("flow-table", "Cohort flow", "Arm", "Screened", "Eligible", "Dosed", "Completed", "Died",
        "Screened per trial", "Dosed per trial", "Completed per trial");
    for (var e : t.arms.entrySet()) {
      TrialTally.Arm a = e.getValue();
      double r = Math.max(1, t.replicates);
      b.row(e.getKey(), Long.toString(a.screened), Long.toString(a.enrolled), Long.toString(a.dosed),
          Long.toString(a.completed), Long.toString(a.died), TrialReport.f1(a.screened / r), TrialReport.f1(a.dosed / r),
          TrialReport.f1(a.completed / r));
    }
    return b.build();
  }

  static JsonNode find(JsonNode root, String arm, String endpoint) {
    for (JsonNode e : root.path("endpoints")) {
      if (e.path("arm").asText().equals(arm) && e.path("endpoint").asText().equals(endpoint)) return e;
    }
    return null;
  }

  /** summary.json's endpoints ({@code only} == null: all of them), one row keyed {@code arm/endpoint}. */
  static Table endpoints(String id, String caption, JsonNode root, Set<String> only, Published pub) {
    Table.Builder b = Table.builder(id, caption, ENDPOINT_COLUMNS.toArray(String[]::new));
    for (JsonNode e : root.path("endpoints")) {
      String arm = e.path("arm").asText(), ep = e.path("endpoint").asText();
      if (only != null && !only.contains(ep)) continue;
      List<String> cells = new ArrayList<>(List.of(arm, ep));
      for (int i = 2; i < ENDPOINT_KEYS.size() - 1; i++) {
        JsonNode v = e.get(ENDPOINT_KEYS.get(i));
        cells.add(v == null ? "" : format(v));
      }
      cells.add(published(pub, arm, ep));
      b.row(arm + "/" + ep, cells);
    }
    return b.build();
  }

  static String format(JsonNode v) {
    if (v.isNull()) return "NA";
    if (v.isIntegralNumber()) return Long.toString(v.asLong());
    return String.format(Locale.ROOT, "%.3f", v.asDouble());
  }

  /** The published value of {@code arm}/{@code ep}: "count/n (estimate, CI)", a mean, or "≥ bound"; "" if none. */
  static String published(Published pub, String arm, String ep) {
    if (pub == null || !pub.arm().equals(arm)) return "";
    Published.Count c = pub.counts().get(ep);
    if (c != null) {
      ProportionCi ci = ProportionCi.clopperPearson(c.count(), c.n());
      return String.format(Locale.ROOT, "%d/%d (%.3f, %.3f-%.3f)", c.count(), c.n(), ci.estimate(), ci.low(), ci.high());
    }
    int cut = ep.lastIndexOf("_d");
    if (cut < 0) return "";
    for (Published.Value v : pub.measure(ep.substring(0, cut))) {
      if (ep.substring(cut + 2).equals(Integer.toString(v.day()))) return (v.atLeast() ? "\u2265 " : "") + TrialReport.f1(v.value());
    }
    return "";
  }

  static Table operating(JsonNode oc) {
    return Table.builder("operating-characteristics", "Operating characteristic of the success criterion", "Criterion",
        "Replicates", "Successes", "Probability", "Monte-Carlo SE", "CI low", "CI high")
        .row(oc.path("criterion").asText(), format(oc.path("replicates")), format(oc.path("successes")),
            format(oc.path("probability")), format(oc.path("monte_carlo_se")), format(oc.path("ci_low")),
            format(oc.path("ci_high")))
        .build();
  }

  static Table severeHypoglycaemia(TrialTally t) {
    Table.Builder b = Table.builder("she-rates", "Severe hypoglycaemic events per participant-year", "Arm",
        "Events before", "Rate before", "Events after (day 1-)", "Rate after (day 1-)", "Events after (day 90-)",
        "Rate after (day 90-)");
    for (var e : t.arms.entrySet()) {
      TrialTally.Arm a = e.getValue();
      b.row(e.getKey(), Long.toString(a.sheBefore), rate(a.sheBefore, a.yearsBefore), Long.toString(a.sheAfter),
          rate(a.sheAfter, a.yearsAfter), Long.toString(a.sheAfter90), rate(a.sheAfter90, a.yearsAfter90));
    }
    return b.build();
  }

  private static String rate(long events, double years) {
    return years > 0 ? String.format(Locale.ROOT, "%.3f", events / years) : "NA";
  }

  static Table adverseEvents(TrialTally t) {
    Table.Builder b = Table.builder("adverse-events-table", "Adverse events (all replicates; infusions not counted)", "Arm",
        "Category", "Participants", "% of participants", "Events", "Serious events");
    for (var e : t.arms.entrySet()) {
      TrialTally.Arm a = e.getValue();
      if (a.adverse.isEmpty()) b.row(e.getKey() + "/none", List.of(e.getKey(), "none", "0", "0.0", "0", "0"));
      for (var ae : a.adverse.entrySet()) {
        long[] v = ae.getValue();
        b.row(e.getKey() + "/" + ae.getKey(), List.of(e.getKey(), ae.getKey(), Long.toString(v[0]),
            TrialReport.f1(a.enrolled == 0 ? Double.NaN : 100.0 * v[0] / a.enrolled), Long.toString(v[1]), Long.toString(v[2])));
      }
    }
    return b.build();
  }
}
