package org.isletsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CandidacyCommandTest {
  @TempDir Path dir;

  @Test
  void writesCandidacyJsonWithTopLevelVerdictAndTheReport() throws Exception {
    Path out = dir.resolve("c");
    CliTest.Run r = CliTest.run("candidacy", "../examples/profiles/eligible-severe.yaml", "--twins", "4",
        "--horizon-years", "2", "--threads", "2", "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode j = new ObjectMapper().readTree(out.resolve("candidacy.json").toFile());
    assertThat(j.fieldNames().next()).isEqualTo("verdict");
    assertThat(j.get("verdict").asText()).isIn("likely_benefit", "uncertain", "likely_net_harm");
    assertThat(j.get("strategies")).hasSize(3);
    assertThat(j.get("net_benefit").get(0).get("qaly").get("mc_se").asDouble()).isPositive();
    assertThat(j.get("sensitivity").size()).isGreaterThan(10);
    String html = Files.readString(out.resolve("report.html"));
    assertThat(html).contains("data-chart=\"tornado\"").contains("data-chart=\"interval-bars\"").doesNotContain("<script");
    assertThat(r.out()).contains("eligible-severe: verdict ");
    assertThat(r.err()).contains("physiology: 12/12 courses in "); // the Progress closing line (stderr is not a terminal)
    try (var s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("c"); // no temporary leftovers
    }
  }

  @Test
  void progressGoesToStderrOnlyAndQuietChangesNoOutput() throws Exception {
    String[] common = {"candidacy", "../examples/profiles/well-controlled.yaml", "--twins", "2", "--horizon-years", "1",
        "--threads", "1"};
    CliTest.Run loud = CliTest.run(concat(common, "--out", dir.resolve("loud").toString()));
    CliTest.Run quiet = CliTest.run(concat(common, "--quiet", "--out", dir.resolve("quiet").toString()));
    assertThat(loud.exit()).as(loud.err()).isZero();
    assertThat(quiet.exit()).as(quiet.err()).isZero();
    assertThat(loud.err()).contains("physiology: 4 courses to do").contains("physiology: 4/4 courses in ");
    assertThat(quiet.err()).isEmpty();
    assertThat(quiet.out()).isEmpty();
    assertThat(Files.readAllBytes(dir.resolve("quiet").resolve("candidacy.json")))
        .isEqualTo(Files.readAllBytes(dir.resolve("loud").resolve("candidacy.json")));
  }

  private static String[] concat(String[] a, String... b) {
    String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }

  /** A strategy listed twice was simulated and reported twice. */
  @Test
  void anExtraStrategyListedTwiceIsAnError() {
    CliTest.Run r = CliTest.run("candidacy", "../examples/profiles/eligible-severe.yaml", "--extra-strategies",
        "autologous,encapsulated,autologous", "--out", dir.resolve("twice").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().lines()).containsExactly("isletsim: --extra-strategies: 'autologous' is listed twice; expected each"
        + " of autologous, encapsulated at most once");
    assertThat(dir.resolve("twice")).doesNotExist();
  }

  @Test
  void badProfileIsExit2NamingFileLineAndField() throws Exception {
    Path p = dir.resolve("bad.yaml");
    Files.writeString(p, Files.readString(Path.of("../examples/profiles/eligible-severe.yaml"))
        .replace("hba1cPercent: 7.8", "hba1cPercent: 25").replace("therapy: pump", "therapy: insulin-pen"));
    CliTest.Run r = CliTest.run("candidacy", p.toString(), "--out", dir.resolve("x").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("2 problems in profile:").contains("bad.yaml:10: hba1cPercent: HbA1c 25% is impossible")
        .contains("therapy: unknown therapy 'insulin-pen' (expected mdi, pump, hcl)");
    assertThat(dir.resolve("x")).doesNotExist();
  }

  @Test
  void cgmImportOptionsNeedACgmFileAndTheFormatIsUsed() throws Exception {
    CliTest.Run r = CliTest.run("candidacy", "../examples/profiles/eligible-severe.yaml", "--tz", "Europe/Berlin",
        "--out", dir.resolve("y").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--tz: a CGM import option, which needs --cgm FILE");
    // --format is applied to the --cgm file (it was ignored and the format always detected)
    Path csv = dir.resolve("cgm.csv");
    StringBuilder b = new StringBuilder("time,glucose\n");
    for (int i = 0; i < 3 * 288; i++) b.append(String.format(java.util.Locale.ROOT, "2024-05-%02dT%02d:%02d:00,%d%n", 1 + i / 288, i % 288 / 12, i % 12 * 5, 120));
    Files.writeString(csv, b.toString());
    CliTest.Run wrong = CliTest.run("candidacy", "../examples/profiles/eligible-severe.yaml", "--cgm", csv.toString(),
        "--format", "dexcom", "--twins", "2", "--out", dir.resolve("z").toString());
    assertThat(wrong.exit()).isEqualTo(2);
    assertThat(wrong.err()).containsIgnoringCase("dexcom");
    assertThat(dir.resolve("z")).doesNotExist();
  }

  @Test
  void populationViewWritesShares() throws Exception {
    Path spec = dir.resolve("pop.yaml");
    Files.writeString(spec, "name: tiny\nseed: 3\npeople: 2\ntwinsPerPerson: 2\nhorizonYears: 1\nseverePhenotypeShare: 1\n");
    Path out = dir.resolve("p");
    CliTest.Run r = CliTest.run("candidacy", "--population", spec.toString(), "--out", out.toString(), "--quiet");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode j = new ObjectMapper().readTree(out.resolve("population.json").toFile());
    assertThat(j.get("meet_trial_eligibility").get("n").asInt()).isEqualTo(2);
    assertThat(j.get("likely_benefit").has("share")).isTrue();
    assertThat(Files.readAllLines(out.resolve("people.csv"))).hasSize(3);
    assertThat(Files.readString(out.resolve("report.html"))).contains("Who meets the trial");
  }

  @Test
  void populationFileErrorsNameTheField() throws Exception {
    Path spec = dir.resolve("pop.yaml");
    Files.writeString(spec, "people: 0\ntherapy: {mdi: 0.5, pump: 0.2, hcl: 0.1}\n");
    CliTest.Run r = CliTest.run("candidacy", "--population", spec.toString(), "--out", dir.resolve("y").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("pop.yaml:1: people: must be in [1, 100000] (got 0)").contains("therapy: shares must add up to 1");
  }
}
