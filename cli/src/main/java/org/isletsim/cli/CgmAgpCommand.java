package org.isletsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.isletsim.cgm.AgpProfile;
import org.isletsim.cgm.io.ImportResult;
import org.isletsim.io.table.Column;
import org.isletsim.io.table.TableFormat;
import org.isletsim.io.table.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code isletsim cgm agp FILE --out agp.csv|agp.parquet}: AGP percentiles 5/25/50/75/95 by time of day. */
@Command(name = "agp", mixinStandardHelpOptions = true,
    description = "Write the ambulatory glucose profile (5/25/50/75/95th percentiles by time of day, mg/dL) as CSV,"
        + " or as Parquet for an --out file named *.parquet (--format is the input format here).")
public final class CgmAgpCommand extends CgmFileCommand {
  /** Columns of the AGP table: time of day as HH:MM text, then the percentiles (empty/NaN where undefined). */
  static final List<Column> COLUMNS = List.of(Column.string("time_of_day"), Column.number("p05_mgdl"),
      Column.number("p25_mgdl"), Column.number("p50_mgdl"), Column.number("p75_mgdl"), Column.number("p95_mgdl"));

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file: CSV, or Parquet if it"
      + " ends in .parquet.")
  Path out;

  @Override
  public Integer call() {
    TableFormat format = TableFormat.ofFileName(out, TableFormat.CSV);
    ImportResult r = readInput();
    AgpProfile agp = AgpProfile.of(r.series());
    String unavailable = agp.unavailableReason();
    if (unavailable != null) {
      throw new org.isletsim.InvalidInputException(r.source() + ": no AGP: " + unavailable);
    }
    Tables.write(out, format, COLUMNS, w -> {
      for (int j = 0; j < agp.minuteOfDay().length; j++) {
        List<Object> row = new ArrayList<>(List.of(AgpProfile.label(agp.minuteOfDay()[j])));
        for (double v : agp.percentilesMgDl()[j]) row.add(v);
        w.row(row.toArray());
      }
    });
    return 0;
  }
}
