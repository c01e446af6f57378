package org.isletsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code isletsim cgm report}: a self-contained page, one-line errors, and an earlier report kept on failure. */
class CgmReportCommandTest {
  private static final Path DEXCOM = Path.of(System.getProperty("isletsim.shared", "../../shared"), "data", "cgm",
      "dexcom_clarity_sample_mgdl.csv");

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = IsletsimCommand.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @Test
  void writesTheAgpReport() throws Exception {
    Path html = dir.resolve("r/report.html");
    assertThat(run("cgm", "report", DEXCOM.toString(), "--out", html.toString())).isZero();
    String page = Files.readString(html);
    assertThat(page).contains("Ambulatory glucose profile", "data-chart=\"gri-grid\"", "table class=\"data\" id=\"metrics\"")
        .doesNotContain("<script");
    assertThat(out.toString().trim()).isEqualTo(html.toString());
    assertThat(err.toString()).contains("858 readings").doesNotContain("note:");
  }

  /**
   * The AGP left out of the page (readings too sparse) is one note line on stderr with the page's reason, so the
   * command line says so too; it is not an error: exit code 0 and the page written.
   */
  @Test
  void agpLeftOutIsANoteOnStderrWithThePagesReason() throws Exception {
    Path hourly = SparseCgm.hourly(dir);
    Path html = dir.resolve("sparse.html");
    assertThat(run("cgm", "report", hourly.toString(), "--out", html.toString())).isZero();
    String reason = org.isletsim.cgm.AgpProfile.of(org.isletsim.cgm.io.CgmImporters.standard()
        .read(hourly, null, org.isletsim.cgm.io.ImportOptions.defaults()).series()).unavailableReason();
    assertThat(Files.readString(html)).contains("not drawn, because " + org.isletsim.report.Html.escape(reason));
    assertThat(err.toString().lines().filter(l -> l.contains("note:")).toList()).containsExactly(
        "isletsim: note: " + hourly + ": the AGP is not drawn, because " + reason);
    assertThat(err.toString().lines()).hasSize(2); // the import summary and the note
    assertThat(out.toString().trim()).isEqualTo(html.toString());
  }

  /**
   * Readings too sparse for an AGP: cgm agp refuses them, and cgm report still writes the page, with the same reason
   * where the AGP would be instead of an empty chart.
   */
  @Test
  void sparseReadingsReportSaysWhyThereIsNoAgpAsCgmAgpDoes() throws Exception {
    Path hourly = SparseCgm.hourly(dir);
    assertThat(run("cgm", "agp", hourly.toString(), "--out", dir.resolve("agp.csv").toString())).isEqualTo(2);
    String agpError = err.toString().lines().filter(l -> l.contains("no AGP")).findFirst().orElseThrow();
    String reason = agpError.substring(agpError.indexOf("no AGP: ") + "no AGP: ".length());
    assertThat(reason).contains("too sparse").contains("45-minute");
    Path html = dir.resolve("sparse.html");
    assertThat(run("cgm", "report", hourly.toString(), "--out", html.toString())).isZero();
    String page = Files.readString(html);
    String agp = page.substring(page.indexOf("<section id=\"agp\">"), page.indexOf("<section id=\"daily\">"));
    assertThat(agp).doesNotContain("<svg").contains("not drawn, because " + org.isletsim.report.Html.escape(reason));
    assertThat(page).contains("table class=\"data\" id=\"metrics\"", "data-chart=\"gri-grid\"",
        "<section id=\"daily\">", "<section id=\"more\">");
  }

  @Test
  void badInputIsOneLineAndKeepsTheEarlierReport() throws Exception {
    Path html = dir.resolve("report.html");
    Files.writeString(html, "earlier");
    Path junk = Files.writeString(dir.resolve("junk.csv"), "hello\nworld\n");
    assertThat(run("cgm", "report", junk.toString(), "--out", html.toString())).isEqualTo(Cli.EXIT_USAGE);
    assertThat(err.toString().lines()).hasSize(1).allMatch(l -> l.startsWith("isletsim: "));
    assertThat(Files.readString(html)).isEqualTo("earlier");
    try (var files = Files.list(dir)) {
      assertThat(files).hasSize(2);
    }
  }

  @Test
  void outMustBeHtml() {
    assertThat(run("cgm", "report", DEXCOM.toString(), "--out", dir.resolve("r.csv").toString()))
        .isEqualTo(Cli.EXIT_USAGE);
    assertThat(err.toString()).contains("expected a file name ending in .html");
    assertThat(dir.resolve("r.csv")).doesNotExist();
  }
}
