package org.isletsim.cli;

import java.nio.file.Path;
import org.isletsim.cgm.io.ImportResult;
import org.isletsim.cgm.io.SeriesWriters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code isletsim cgm convert FILE --out FILE.csv|.parquet}: the normalised series (time, glucose_mgdl). */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = "Write the normalised series (wall-clock time, glucose mg/dL; sorted, duplicates averaged,"
        + " Low/High dropped unless --device-limits) as CSV or Parquet, by the --out file's extension (--format is"
        + " the input format here).")
public final class CgmConvertCommand extends CgmFileCommand {
  @Option(names = "--out", required = true, paramLabel = "OUT", description = "Output file ending in .csv or .parquet.")
  Path out;

  @Override
  public Integer call() {
    ImportResult r = readInput();
    SeriesWriters.write(r.series(), out);
    return 0;
  }
}
