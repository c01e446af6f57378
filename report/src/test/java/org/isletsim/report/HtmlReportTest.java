package org.isletsim.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
  @TempDir Path dir;

  private static HtmlReport sample(String cell) {
    return HtmlReport.builder("T <1>").subtitle("sub")
        .section("one", "First & only", Block.paragraph("a < b"),
            Table.builder("t", "cap", "Metric", "Value").row("mean", "12.5").row("x&y", cell).build())
        .build();
  }

  @Test
  void pageIsSelfContainedAndEscaped() {
    String html = sample("n/a").render();
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<title>T &lt;1&gt;</title>")
        .contains("Content-Security-Policy").contains("default-src 'none'")
        .contains("<h2>First &amp; only</h2>").contains("<p>a &lt; b</p>")
        .contains("<tr data-row=\"x&amp;y\">").contains("<style>").doesNotContain("<script")
        .doesNotContain("<link").doesNotContain("src=\"http");
    assertThat(html).contains("<td data-col=\"Value\" class=\"num\">12.5</td>")
        .contains("<td data-col=\"Value\">n/a</td>");
  }

  @Test
  void writeReplacesWholeFileAndAFailedRenderLeavesTheOldOne() throws Exception {
    Path out = dir.resolve("sub/report.html");
    sample("1").write(out);
    String first = Files.readString(out);
    assertThat(first).contains("</html>");
    HtmlReport broken = HtmlReport.builder("x").section("boom", "Boom", o -> {
      throw new IllegalStateException("chart failed");
    }).build();
    assertThatThrownBy(() -> broken.write(out)).hasMessageContaining("chart failed");
    assertThat(Files.readString(out)).isEqualTo(first);
    try (var files = Files.list(out.getParent())) {
      assertThat(files).containsExactly(out);
    }
  }

  @Test
  void sectionIdsAndRowWidthsAreValidated() {
    assertThatThrownBy(() -> Section.of("Bad Id", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Table.builder("t", null, "a", "b").row("1").build())
        .hasMessageContaining("row of 1 cells, expected 2");
  }
}
