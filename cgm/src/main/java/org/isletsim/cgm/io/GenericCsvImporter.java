package org.isletsim.cgm.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Generic two-column CSV (docs/cgm.md §5.6): {@code time,glucose} with any header names (a header is recognised by a
 * first row whose glucose cell is not a number), ',' ';' or tab, ISO or dd-mm-yyyy timestamps, decimal commas,
 * 'Low'/'High'. Units from {@code --units}, else from the header (mg/dL, mmol/L), else mmol/L if the median value is
 * below 35. With more than two columns, the first column whose name mentions time/date and the first that mentions
 * glucose/sgv/bg/value are used. This is the fallback format: its sniff accepts any delimited text.
 */
public final class GenericCsvImporter implements CgmImporter {
  @Override
  public String id() {
    return "generic_csv";
  }

  @Override
  public List<String> aliases() {
    return List.of("generic", "csv");
  }

  @Override
  public boolean sniff(FileHead head) {
    if (head.lines().isEmpty()) {
      return false;
    }
    String first = head.lines().get(0);
    char d = CsvReader.detectDelimiter(first);
    return CsvReader.split(first, d).length >= 2 && head.firstChar() != '{' && head.firstChar() != '[';
  }

  @Override
  public ImportResult read(Path file, ImportOptions options) {
    String source = file.toString();
    ReadingCollector out = new ReadingCollector(source, options);
    try (CsvReader in = new CsvReader(file)) {
      String first = in.nextLine();
      while (first != null && first.isBlank()) {
        out.skip("blank lines");
        first = in.nextLine();
      }
      if (first == null) {
        throw in.error("empty file; expected 'time,glucose' rows");
      }
      char delim = CsvReader.detectDelimiter(first);
      String[] cells = CsvReader.split(first, delim);
      if (cells.length < 2) {
        throw in.error("one column only; expected 'time,glucose' separated by ',' or ';'");
      }
      int cTime = 0;
      int cGlu = 1;
      GlucoseUnit headerUnits = null;
      boolean isHeader = Values.kind(cells[1]) == Values.Kind.NUMBER && !looksNumeric(cells[1]);
      if (isHeader) {
        cTime = find(cells, 0, "time", "date");
        cGlu = find(cells, 1, "gluc", "sgv", "bg", "value", "mg", "mmol");
        headerUnits = GlucoseUnit.fromText(cells[cGlu]);
      }
      int width = cells.length;
      String header = isHeader ? cells[cGlu] : "glucose";
      GlucoseUnit known = unitsOr(options, headerUnits, null);
      // Low/High before the units are known (median heuristic): remember them, add after the guess
      java.util.List<long[]> pendingCensored = new java.util.ArrayList<>();
      String row = isHeader ? in.nextLine() : first;
      while (row != null) {
        if (row.isBlank()) {
          out.skip("blank lines");
        } else {
          String[] f = CsvReader.split(row, delim);
          if (f.length < Math.max(cTime, cGlu) + 1) {
            throw in.error("only " + f.length + " field(s) (truncated file?); expected " + width
                + " fields: time" + delim + "glucose");
          }
          long t = out.time(f[cTime], in.lineNumber());
          switch (Values.kind(f[cGlu])) {
            case EMPTY -> out.skip("rows without glucose value");
            case LOW, HIGH -> {
              boolean high = Values.kind(f[cGlu]) == Values.Kind.HIGH;
              if (known != null) {
                out.addCensored(t, high, high ? 400 : 40, known);
              } else {
                pendingCensored.add(new long[] {t, high ? 1 : 0});
              }
            }
            case NUMBER -> out.add(t, Values.number(f[cGlu], source, in.lineNumber(), header), in.lineNumber());
          }
        }
        row = in.nextLine();
      }
      GlucoseUnit units = known != null ? known : out.guessUnits();
      for (long[] c : pendingCensored) {
        out.addCensored(c[0], c[1] == 1, c[1] == 1 ? 400 : 40, units);
      }
      return out.build(id(), units);
    }
  }

  private static GlucoseUnit unitsOr(ImportOptions o, GlucoseUnit header, GlucoseUnit fallback) {
    if (o.units() != null) {
      return o.units();
    }
    return header != null ? header : fallback;
  }

  private static boolean looksNumeric(String s) {
    return s.trim().replace(',', '.').matches("[-+]?\\d+(\\.\\d+)?");
  }

  private static int find(String[] cells, int dflt, String... keys) {
    for (int i = 0; i < cells.length; i++) {
      String c = cells[i].toLowerCase(Locale.ROOT);
      for (String k : keys) {
        if (c.contains(k)) {
          return i;
        }
      }
    }
    return dflt;
  }
}
