package org.isletsim.report.trial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isletsim.trial.TrialOptions;
import org.isletsim.trial.TrialRunner;
import org.isletsim.trial.Trials;
import org.isletsim.trial.output.Summary;
import org.isletsim.trial.output.TrialOutput;
import org.isletsim.trial.protocol.Protocol;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trial report of a small run of the zimislecel-phase12 preset (2 replicates of 3 participants per arm). */
class TrialReportTest {
  @TempDir static Path tmp;
  static Path dir;
  static String html;
  static JsonNode summary;

  /** Runs the small trial once with the report as an extra output. */
  static Path runSmallTrial(Path out) {
    Protocol p = Trials.load("zimislecel-phase12");
    Trials.run(p, new TrialOptions(p.seed(), 2, 2, 3), out, r -> { }, List.of(new TrialReport(p)));
    return out;
  }

  @BeforeAll
  static void run() throws IOException {
    dir = runSmallTrial(tmp.resolve("out"));
    html = Files.readString(dir.resolve("report.html"));
    summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
  }

  @Test
  void everySectionIsPresentWithItsContent() {
    for (String id : TrialReport.SECTIONS) assertThat(html).as(id).contains("<section id=\"" + id + "\">");
    assertThat(html).doesNotContain("<script").contains("Content-Security-Policy");
    // charts: 5 trajectories, 2 KM, Igls bars, swimmer, published-vs-simulated, 2 AGPs of one participant
    assertThat(Pattern.compile("<svg[^>]*data-chart=").matcher(html).results().count()).isEqualTo(12);
    assertThat(html).contains("data-chart=\"swimmer\"").contains("data-chart=\"stacked-bar\"");
    assertThat(html).contains("Published (full-dose)").contains("Before the infusion (days -14 to -1)")
        .contains("Before the last visit");
  }

  @Test
  void elementIdsAreUnique() {
    List<String> ids = Pattern.compile(" id=\"([^\"]+)\"").matcher(html).results().map(m -> m.group(1)).toList();
    assertThat(ids).doesNotHaveDuplicates().contains("flow", "flow-table", "adverse-events", "adverse-events-table");
  }

  /** A protocol whose only visit is the baseline has nothing after day 0 to classify: a note, not a crash. */
  @Test
  void aProtocolWithOnlyTheBaselineVisitGetsAReport() throws IOException {
    // the cipsc preset cut to a 28-day follow-up with the baseline visit only (no success criterion or published values)
    String preset = org.isletsim.trial.protocol.ProtocolReader.presetText("cipsc-autologous");
    String yaml = preset.substring(0, preset.indexOf("\nsuccess:") + 1)
        .replace("followUpDays: 365", "followUpDays: 28").replaceFirst("visits: \\[[^]]*]", "visits: [0]");
    Protocol p = org.isletsim.trial.protocol.ProtocolReader.parse(yaml, "b.yaml");
    Path out = tmp.resolve("baseline-only");
    Trials.run(p, new TrialOptions(p.seed(), 1, 1, 0), out, r -> { }, List.of(new TrialReport(p)));
    assertThat(Files.readString(out.resolve("report.html"))).contains("<section id=\"igls\">")
        .contains("no visit after day 0");
  }

  @Test
  void endpointTablesHoldSummaryJsonsNumbers() {
    Map<String, Map<String, String>> cells = cells("endpoints-all");
    assertThat(cells).hasSize(summary.get("endpoints").size());
    int checked = 0;
    for (JsonNode e : summary.get("endpoints")) {
      Map<String, String> row = cells.get(e.get("arm").asText() + "/" + e.get("endpoint").asText());
      assertThat(row).as(e.toString()).isNotNull();
      for (int i = 2; i < TrialTables.ENDPOINT_KEYS.size() - 1; i++) {
        String key = TrialTables.ENDPOINT_KEYS.get(i);
        String shown = row.get(TrialTables.ENDPOINT_COLUMNS.get(i));
        JsonNode v = e.get(key);
        if (v == null) {
          assertThat(shown).isEmpty();
        } else if (v.isNull()) {
          assertThat(shown).isEqualTo("NA");
        } else {
          assertThat(Double.parseDouble(shown)).as(e + " " + key).isCloseTo(v.asDouble(), org.assertj.core.api.Assertions.within(5e-4 + 1e-9));
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(500);
    Map<String, Map<String, String>> key = cells("endpoints-key");
    assertThat(key).containsKeys("full-dose/primary_endpoint", "half-dose/tir_pct_d365");
    assertThat(key.get("full-dose/primary_endpoint").get("Published")).startsWith("12/12");
    key.forEach((k, row) -> assertThat(row).isEqualTo(cells.get(k)));
  }

  @Test
  void cohortFlowMatchesTheScreeningRows() {
    Map<String, Map<String, String>> flow = cells("flow-table");
    for (String arm : List.of("half-dose", "full-dose")) {
      JsonNode sf = find(arm, "screen_failures");
      assertThat(Long.parseLong(flow.get(arm).get("Screened"))).isEqualTo(sf.get("n").asLong());
      assertThat(Long.parseLong(flow.get(arm).get("Screened")) - Long.parseLong(flow.get(arm).get("Eligible")))
          .isEqualTo(sf.get("count").asLong());
      assertThat(flow.get(arm).get("Eligible")).isEqualTo("6");
    }
  }

  @Test
  void aFailingReportLeavesEarlierResultsIntact() throws IOException {
    Path out = tmp.resolve("atomic");
    runSmallTrial(out);
    byte[] before = Files.readAllBytes(out.resolve("summary.json"));
    String reportBefore = Files.readString(out.resolve("report.html"));
    Protocol p = Trials.load("zimislecel-phase12");
    TrialReport real = new TrialReport(p);
    TrialOutput.Extra broken = new TrialOutput.Extra() {
      @Override
      public String fileName() {
        return real.fileName();
      }

      @Override
      public void accept(TrialRunner.Replicate r) {
        real.accept(r);
      }

      @Override
      public void write(Path file, Summary s, Protocol pr, TrialOptions o) throws IOException {
        throw new IOException("disk full");
      }
    };
    assertThatThrownBy(() -> Trials.run(p, new TrialOptions(99, 1, 1, 1), out, r -> { }, List.of(broken)))
        .hasMessageContaining("disk full");
    assertThat(Files.readAllBytes(out.resolve("summary.json"))).isEqualTo(before);
    assertThat(Files.readString(out.resolve("report.html"))).isEqualTo(reportBefore);
    try (var s = Files.list(tmp)) {
      assertThat(s.map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith(".atomic."));
    }
  }

  @Test
  void replicatesAreCountedInTheFlow() {
    Map<String, Map<String, String>> flow = cells("flow-table");
    assertThat(flow.get("full-dose").get("Dosed")).isEqualTo("6");
    assertThat(flow.get("full-dose").get("Dosed per trial")).isEqualTo("3.0");
  }

  /** The other presets' published values, from their protocol files, beside the simulated ones. */
  @Test
  void publishedValuesOfTheOtherPresets() throws IOException {
    String edmonton = report("edmonton-2006", 2);
    Map<String, Map<String, String>> key = cells(edmonton, "endpoints-key");
    assertThat(key.get("edmonton/insulin_independent_1y_after_last_infusion").get("Published")).startsWith("16/36 (0.444,");
    assertThat(key.get("edmonton/insulin_independent_2y_after_last_infusion").get("Published")).startsWith("5/36 (");
    assertThat(key.get("edmonton/insulin_independent_ever").get("Published")).startsWith("21/36 (");
    assertThat(key.get("edmonton/graft_function_partial_1y_after_last_infusion").get("Published")).startsWith("10/36 (");
    assertThat(key.get("edmonton/graft_function_lost_1y_after_last_infusion").get("Published")).startsWith("10/36 (");
    assertThat(edmonton).contains("Binary endpoints: simulated vs published").contains("Shapiro et al. N Engl J Med 2006")
        .contains("The source publishes no per-visit values");
    String cipsc = report("cipsc-autologous", 1);
    key = cells(cipsc, "endpoints-key");
    assertThat(key.get("autologous/tir_pct_d365").get("Published")).isEqualTo("\u2265 98.0");
    assertThat(key.get("autologous/hba1c_pct_d365").get("Published")).isEqualTo("5.0");
    assertThat(key.get("autologous/insulin_independent_d365").get("Published")).startsWith("1/1 (1.000,");
    assertThat(cipsc).contains("Published (autologous)").contains("Published lower bound (autologous)")
        .contains("is a published lower bound").contains("Wang et al. Cell 2024");
    String device = report("encapsulated-no-immunosuppression", 2);
    assertThat(device).contains("No published trial of this design reports efficacy").doesNotContain("Published (device)")
        .doesNotContain("Binary endpoints: simulated vs published");
  }

  private static String report(String preset, int participants) throws IOException {
    Protocol p = Trials.load(preset);
    Path out = tmp.resolve(preset);
    Trials.run(p, new TrialOptions(p.seed(), 1, 2, participants), out, r -> { }, List.of(new TrialReport(p)));
    return Files.readString(out.resolve("report.html"));
  }

  private static JsonNode find(String arm, String endpoint) {
    return TrialTables.find(summary, arm, endpoint);
  }

  /** Cells of table {@code id}: data-row → data-col → text. */
  static Map<String, Map<String, String>> cells(String id) {
    return cells(html, id);
  }

  static Map<String, Map<String, String>> cells(String html, String id) {
    int start = html.indexOf("<table class=\"data\" id=\"" + id + "\">");
    assertThat(start).as("table " + id).isGreaterThanOrEqualTo(0);
    String table = html.substring(start, html.indexOf("</table>", start));
    Map<String, Map<String, String>> out = new HashMap<>();
    Matcher row = Pattern.compile("<tr data-row=\"([^\"]*)\">(.*?)</tr>").matcher(table);
    while (row.find()) {
      Map<String, String> cols = new HashMap<>();
      Matcher c = Pattern.compile("<t[hd][^>]* data-col=\"([^\"]*)\"[^>]*>(.*?)</t[hd]>").matcher(row.group(2));
      while (c.find()) cols.put(unescape(c.group(1)), unescape(c.group(2)));
      out.put(unescape(row.group(1)), cols);
    }
    return out;
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
  }
}
