package org.isletsim.cli;

import java.nio.file.Path;
import org.isletsim.InvalidInputException;
import org.isletsim.io.table.TableFormat;
import picocli.CommandLine.Option;

/**
 * {@code --format csv|parquet} of the commands that write tables (docs/report.md). Without it, a table file's
 * format follows its name ({@code .parquet} is Parquet, anything else CSV) and an output directory gets CSV.
 */
final class TableFormatOption {
  @Option(names = "--format", paramLabel = "csv|parquet", description = "Table format: csv or parquet (the same"
      + " columns and values; Parquet readable by pandas/pyarrow, DuckDB, Spark). Default: csv, or parquet for an"
      + " output file named *.parquet.")
  String format;

  /** The format of table file {@code out}; a --format that contradicts its .csv/.parquet name is an error. */
  TableFormat forFile(String option, Path out) {
    TableFormat byName = TableFormat.ofFileName(out);
    if (format == null) {
      return TableFormat.ofFileName(out, TableFormat.CSV);
    }
    TableFormat f = TableFormat.parse("--format", format);
    if (byName != null && byName != f) {
      throw new InvalidInputException(option + " " + out + ": the name says " + byName.extension() + " but --format is "
          + f.extension() + "; expected a file name ending in ." + f.extension() + " (or no --format)");
    }
    return f;
  }

  /** The format of the tables in an output directory: --format, else CSV. */
  TableFormat forDirectory() {
    return format == null ? TableFormat.CSV : TableFormat.parse("--format", format);
  }
}
