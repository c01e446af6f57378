package org.isletsim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.isletsim.cgm.io.ImportResult;
import org.isletsim.cgm.io.SeriesWriters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code isletsim cgm convert FILE --out FILE.csv|.parquet}: the normalised series (time, glucose_mgdl). */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = "Write the normalised series (wall-clock time, glucose mg/dL; sorted, duplicates averaged,"
        + " Low/High dropped unless --device-limits) as CSV or Parquet.")
public final class CgmConvertCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "CGM export.")
  Path file;

  @Option(names = "--out", required = true, paramLabel = "OUT", description = "Output file ending in .csv or .parquet.")
  Path out;

  @Mixin CgmImportOptions importOptions;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    ImportResult r = importOptions.readReporting(file, spec.commandLine().getErr());
    SeriesWriters.write(r.series(), out);
    return 0;
  }
}
