package org.isletsim.report.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.isletsim.report.chart.Gallery;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The generic trial charts (bands, published points, KM with at-risk rows, stacked bars, swimmer) in the browser. */
@Tag("browser")
class ChartGalleryBrowserTest {
  @Test
  void everyGenericChartDrawsOfflineWithACleanConsole() throws Exception {
    Path page = Path.of("target", "browser", "chart-gallery.html");
    Files.createDirectories(page.getParent());
    Gallery.page().write(page);
    try (HeadlessChromium b = HeadlessChromium.start(1200, 900)) {
      b.open(page);
      assertThat(b.assertChartsDrawn()).isEqualTo(4);
      assertThat(b.driver.findElements(By.cssSelector("svg[data-chart=swimmer] .marker[data-kind=death]")))
          .hasSize(1);
      assertThat(b.driver.findElements(By.cssSelector("svg[data-chart=xy] circle"))).hasSize(2);
      assertThat(b.consoleErrors()).isEmpty();
      Path shot = page.resolveSibling("chart-gallery.png");
      Files.write(shot, b.fullPageScreenshot(1200));
      if (Boolean.getBoolean("isletsim.updateScreenshots")) {
        Path docs = Path.of(System.getProperty("isletsim.docs", "../docs"), "images");
        Files.createDirectories(docs);
        Files.copy(shot, docs.resolve("chart-gallery.png"), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
