package org.isletsim.report.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.isletsim.report.trial.TrialReport;
import org.isletsim.trial.TrialOptions;
import org.isletsim.trial.Trials;
import org.isletsim.trial.protocol.Protocol;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Renders the trial report of a small zimislecel-phase12 run (3 replicates of 4 participants per arm) in headless
 * Chromium with the network disabled: every chart has drawn, the console is clean, nothing was fetched, and the
 * endpoint tables show summary.json's numbers. Keeps a screenshot (docs/images/ with -Disletsim.updateScreenshots=true).
 */
@Tag("browser")
class TrialReportBrowserTest {
  private static final Path OUT = Path.of("target", "browser", "trial");
  private static final int WIDTH = 1200;

  private static HeadlessChromium browser;
  private static JsonNode summary;

  @BeforeAll
  static void render() throws Exception {
    Protocol p = Trials.load("zimislecel-phase12");
    Trials.run(p, new TrialOptions(p.seed(), 3, 2, 4), OUT, r -> { }, List.of(new TrialReport(p)));
    summary = new ObjectMapper().readTree(OUT.resolve("summary.json").toFile());
    browser = HeadlessChromium.start(WIDTH, 1000);
    browser.open(OUT.resolve("report.html"));
  }

  @AfterAll
  static void quit() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void everyChartHasDrawn() {
    assertThat(browser.assertChartsDrawn()).isEqualTo(12);
    // the participant's AGPs: two charts with percentile bands in the agp section
    assertThat(browser.driver.findElements(By.cssSelector("section#agp svg[data-chart=xy]"))).hasSize(2);
    assertThat(browser.driver.findElements(By.cssSelector("section#agp svg[data-chart=xy] path.band"))).hasSizeGreaterThanOrEqualTo(4);
    assertThat(browser.driver.findElements(By.cssSelector("svg[data-chart=swimmer] rect.lane"))).hasSize(8);
    assertThat(browser.driver.findElements(By.cssSelector("section#insulin svg[data-chart=xy] path.band")))
        .hasSizeGreaterThanOrEqualTo(4);
  }

  @Test
  void consoleIsCleanAndNothingWasFetched() {
    browser.assertSelfContainedAndClean();
  }

  @Test
  void endpointTableShowsSummaryJsonsNumbers() {
    List<WebElement> rows = browser.driver.findElements(By.cssSelector("table#endpoints-key tr[data-row]"));
    assertThat(rows).hasSizeGreaterThanOrEqualTo(20);
    for (WebElement row : rows) {
      String[] key = row.getAttribute("data-row").split("/", 2);
      JsonNode e = null;
      for (JsonNode x : summary.get("endpoints")) {
        if (x.get("arm").asText().equals(key[0]) && x.get("endpoint").asText().equals(key[1])) e = x;
      }
      assertThat(e).as(String.join("/", key)).isNotNull();
      for (String[] col : new String[][] {{"Estimate", "estimate"}, {"CI low", "ci_low"}, {"CI high", "ci_high"},
          {"n", "n"}, {"Replicate median", "replicate_median"}}) {
        JsonNode v = e.get(col[1]);
        String shown = row.findElement(By.cssSelector("[data-col='" + col[0] + "']")).getText().trim();
        if (v == null) assertThat(shown).isEmpty();
        else if (v.isNull()) assertThat(shown).isEqualTo("NA");
        else assertThat(Double.parseDouble(shown)).as(key[1] + " " + col[1]).isCloseTo(v.asDouble(), within(5e-4 + 1e-9));
      }
    }
  }

  @Test
  void screenshotIsKept() throws Exception {
    byte[] png = browser.fullPageScreenshot(WIDTH);
    assertThat(png).hasSizeGreaterThan(10_000);
    assertThat(new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
    Path shot = OUT.resolve("trial-report.png");
    Files.write(shot, png);
    Files.copy(shot, Path.of("target", "trial-report.png"), StandardCopyOption.REPLACE_EXISTING);
    if (Boolean.getBoolean("isletsim.updateScreenshots")) {
      Path docs = Path.of(System.getProperty("isletsim.docs", "../docs"), "images");
      Files.createDirectories(docs);
      Files.copy(shot, docs.resolve("trial-report.png"), StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
