package org.isletsim.report.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium through its chromedriver, with the network cut twice: every host name resolves to
 * nothing ({@code --host-resolver-rules}) and DevTools network emulation is offline. Fails with a clear message
 * when the browser is not installed, unless {@code ISLETSIM_SKIP_BROWSER=1}.
 */
final class HeadlessChromium implements AutoCloseable {
  static final Path BINARY = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  final ChromeDriver driver;

  private HeadlessChromium(ChromeDriver driver) {
    this.driver = driver;
  }

  static HeadlessChromium start(int width, int height) {
    if (!Files.isExecutable(BINARY) || !Files.isExecutable(DRIVER)) {
      Assumptions.assumeFalse("1".equals(System.getenv("ISLETSIM_SKIP_BROWSER")),
          "ISLETSIM_SKIP_BROWSER=1: browser tests skipped");
      throw new IllegalStateException("browser tests need Debian chromium and chromium-driver (" + BINARY + ", "
          + DRIVER + "); install them with 'apt-get install -y chromium chromium-driver' (.ci/run does), or set"
          + " ISLETSIM_SKIP_BROWSER=1 to skip these tests");
    }
    ChromeOptions o = new ChromeOptions();
    o.setBinary(BINARY.toFile());
    o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-extensions", "--no-first-run", "--hide-scrollbars",
        "--host-resolver-rules=MAP * ~NOTFOUND", "--window-size=" + width + "," + height);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    o.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    ChromeDriver d = new ChromeDriver(service, o);
    d.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    d.executeCdpCommand("Network.enable", Map.of());
    d.executeCdpCommand("Network.emulateNetworkConditions",
        Map.of("offline", true, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    return new HeadlessChromium(d);
  }

  void open(Path file) {
    driver.get(file.toAbsolutePath().toUri().toString());
  }

  /** Asserts the page is self-contained and clean: no console errors, no resource fetched, no script. */
  void assertSelfContainedAndClean() {
    assertThat(consoleErrors()).isEmpty();
    Number resources = (Number) driver.executeScript("return performance.getEntriesByType('resource').length");
    assertThat(resources.intValue()).isZero();
    assertThat(driver.findElements(By.tagName("script"))).isEmpty();
  }

  /**
   * Asserts that every {@code svg[data-chart]} in the page has a size and that its data marks (lines, bands, bars,
   * lanes, points) have a non-empty rendered box; returns the number of charts.
   */
  int assertChartsDrawn() {
    List<WebElement> charts = driver.findElements(By.cssSelector("figure.chart svg[data-chart]"));
    assertThat(charts).as("charts").isNotEmpty();
    for (WebElement svg : charts) {
      String kind = svg.getAttribute("data-chart");
      assertThat(svg.getSize().getWidth()).as(kind + " width").isGreaterThan(100);
      assertThat(svg.getSize().getHeight()).as(kind + " height").isGreaterThan(50);
      String marks = switch (kind) {
        case "xy" -> "path.line, path.band, circle";
        case "stacked-bar" -> "rect.bar";
        case "gri-grid" -> "circle.point";
        case "swimmer" -> "rect.lane";
        default -> throw new AssertionError("unexpected chart kind " + kind);
      };
      List<WebElement> drawn = svg.findElements(By.cssSelector(marks));
      assertThat(drawn).as(kind + " marks").isNotEmpty();
      double area = ((Number) driver.executeScript("let a = 0; for (const e of arguments[0]) {"
          + " const b = e.getBBox(); a += b.width * Math.max(b.height, 1); } return a;", drawn)).doubleValue();
      assertThat(area).as(kind + " drawn area").isGreaterThan(20);
    }
    return charts.size();
  }

  /** Console messages at level SEVERE (errors, CSP violations, failed loads). */
  List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /** A PNG of the whole page: the viewport is set to the document's height first. */
  byte[] fullPageScreenshot(int width) {
    Number h = (Number) driver.executeScript("return document.documentElement.scrollHeight");
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", h.intValue(), "deviceScaleFactor", 1, "mobile", false));
    return driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
  }

  @Override
  public void close() {
    driver.quit();
  }
}
