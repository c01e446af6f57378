package org.isletsim.report.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.isletsim.cgm.CgmMetrics;
import org.isletsim.cgm.io.CgmImporters;
import org.isletsim.cgm.io.ImportOptions;
import org.isletsim.cgm.io.ImportResult;
import org.isletsim.report.cgm.CgmReport;
import org.isletsim.report.cgm.MetricFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Renders the AGP report of the Dexcom specimen in headless Chromium with the network disabled and checks, in the
 * page: every chart has drawn, the console is clean, nothing was fetched, and the metrics tables show the cgm
 * module's numbers. Keeps a screenshot in target/ (and in docs/images/ with -Disletsim.updateScreenshots=true).
 */
@Tag("browser")
class CgmReportBrowserTest {
  private static final Path SPECIMEN = Path.of(System.getProperty("isletsim.shared", "../../shared"), "data", "cgm",
      "dexcom_clarity_sample_mgdl.csv").toAbsolutePath().normalize();
  private static final Path OUT = Path.of("target", "browser");
  private static final int WIDTH = 1200;

  private static HeadlessChromium browser;
  private static ImportResult imported;

  @BeforeAll
  static void render() throws Exception {
    imported = CgmImporters.standard().read(SPECIMEN, null, ImportOptions.defaults());
    Files.createDirectories(OUT);
    CgmReport.of(imported).write(OUT.resolve("cgm-report.html"));
    browser = HeadlessChromium.start(WIDTH, 1000);
    browser.open(OUT.resolve("cgm-report.html"));
  }

  @AfterAll
  static void quit() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void everyChartHasDrawn() {
    int days = imported.series().byDay().size();
    assertThat(browser.assertChartsDrawn()).isEqualTo(3 + days);
    assertThat(browser.driver.findElements(By.cssSelector("svg[data-chart=xy] path.band"))).hasSizeGreaterThanOrEqualTo(2);
    assertThat(browser.driver.findElements(By.cssSelector("svg[data-chart=gri-grid] path.zone"))).hasSize(5);
  }

  @Test
  void consoleIsCleanAndNothingWasFetched() {
    browser.assertSelfContainedAndClean();
  }

  @Test
  void metricsTablesShowTheCgmModulesNumbers() {
    Map<String, Object> scalars = CgmMetrics.of(imported.series()).scalars();
    List<WebElement> rows = browser.driver.findElements(By.cssSelector("table#metrics tr[data-row],"
        + " table#metrics-more tr[data-row]"));
    assertThat(rows).hasSize(scalars.size());
    for (WebElement row : rows) {
      String key = row.getAttribute("data-row");
      assertThat(scalars).as("metric key " + key).containsKey(key);
      String shown = row.findElement(By.cssSelector("[data-col=Value]")).getText().trim();
      Object value = scalars.get(key);
      assertThat(shown).as(key).isEqualTo(MetricFormat.format(key, value));
      if (value instanceof Number n && Double.isFinite(n.doubleValue())) {
        double tolerance = 0.5 * Math.pow(10, -MetricFormat.spec(key).decimals()) + 1e-9;
        assertThat(Double.parseDouble(shown)).as(key).isCloseTo(n.doubleValue(), within(tolerance));
      }
    }
    // spot-check against the independent expected values shipped with the specimen
    String mean = browser.driver.findElement(By.cssSelector("table#metrics tr[data-row=mean] [data-col=Value]"))
        .getText();
    assertThat(Double.parseDouble(mean)).isCloseTo((Double) scalars.get("mean"), within(0.05));
  }

  @Test
  void screenshotIsKept() throws Exception {
    byte[] png = browser.fullPageScreenshot(WIDTH);
    assertThat(png).hasSizeGreaterThan(10_000);
    assertThat(new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
    Path shot = OUT.resolve("cgm-report.png");
    Files.write(shot, png);
    Files.copy(shot, Path.of("target", "cgm-report.png"), StandardCopyOption.REPLACE_EXISTING);
    if (Boolean.getBoolean("isletsim.updateScreenshots")) {
      Path docs = Path.of(System.getProperty("isletsim.docs", "../docs"), "images");
      Files.createDirectories(docs);
      Files.copy(shot, docs.resolve("cgm-report.png"), StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
