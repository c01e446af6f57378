package org.isletsim.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.isletsim.cgm.AgpProfile;
import org.isletsim.cgm.io.ImportResult;
import org.isletsim.cgm.io.SeriesWriters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code isletsim cgm agp FILE --out agp.csv}: AGP percentiles 5/25/50/75/95 by time of day. */
@Command(name = "agp", mixinStandardHelpOptions = true,
    description = "Write the ambulatory glucose profile (5/25/50/75/95th percentiles by time of day, mg/dL) as CSV.")
public final class CgmAgpCommand extends CgmFileCommand {
  @Option(names = "--out", required = true, paramLabel = "CSV", description = "Output CSV file.")
  Path out;

  @Override
  public Integer call() {
    ImportResult r = readInput();
    AgpProfile agp = AgpProfile.of(r.series());
    SeriesWriters.atomically(out, os -> {
      Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8));
      w.write("time_of_day,p05_mgdl,p25_mgdl,p50_mgdl,p75_mgdl,p95_mgdl\n");
      for (int j = 0; j < agp.minuteOfDay().length; j++) {
        w.write(AgpProfile.label(agp.minuteOfDay()[j]));
        for (double v : agp.percentilesMgDl()[j]) {
          w.write(',');
          w.write(Double.isNaN(v) ? "" : Double.toString(v));
        }
        w.write('\n');
      }
      w.flush();
    });
    return 0;
  }
}
