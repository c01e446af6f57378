package org.isletsim.report.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.isletsim.report.Block;
import org.isletsim.report.HtmlReport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The browser checks can fail: a report that tries to load a remote image and run a script produces console
 * errors (blocked by the page's Content-Security-Policy and the disabled network).
 */
@Tag("browser")
class OfflineGuardTest {
  @Test
  void remoteResourcesAndScriptsAreBlockedAndReported() throws Exception {
    Block bad = out -> out.append("<img src=\"https://example.com/logo.png\" alt=\"x\">")
        .append("<script>document.title = 'ran';</script>");
    Path page = Path.of("target", "browser", "offline-guard.html");
    Files.createDirectories(page.getParent());
    HtmlReport.builder("guard").section("bad", "Bad", bad).build().write(page);
    try (HeadlessChromium b = HeadlessChromium.start(800, 600)) {
      b.open(page);
      assertThat(b.driver.getTitle()).isEqualTo("guard");
      assertThat(b.consoleErrors()).isNotEmpty().anyMatch(m -> m.contains("Content Security Policy"));
    }
  }
}
