package org.isletsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.isletsim.InvalidInputException;
import org.isletsim.cgm.io.ImportResult;
import org.isletsim.report.cgm.CgmReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code isletsim cgm report FILE --out report.html}: the one-page AGP report, self-contained and offline. A part the
 * page leaves out (the AGP of readings too sparse for it) is a note line on stderr with the page's reason.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Write the one-page AGP report (metrics, AGP percentile bands, daily profiles, time in ranges,"
        + " GRI grid) as one self-contained HTML file: no scripts, no network (docs/report.md).")
public final class CgmReportCommand extends CgmFileCommand {
  @Option(names = "--out", required = true, paramLabel = "HTML", description = "Output file ending in .html.")
  Path out;

  @Override
  public Integer call() {
    String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".html") && !name.endsWith(".htm")) {
      throw new InvalidInputException("--out " + out + ": expected a file name ending in .html");
    }
    ImportResult r = readInput();
    List<String> notes = new ArrayList<>();
    CgmReport.of(r, notes::add).write(out);
    PrintWriter err = spec.commandLine().getErr();
    for (String note : notes) { // what the page leaves out, e.g. the AGP of sparse readings: not an error
      err.println("isletsim: note: " + note);
    }
    err.flush();
    spec.commandLine().getOut().println(out);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
