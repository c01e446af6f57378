package org.isletsim.cgm.io;

import java.nio.file.Path;
import java.util.List;

/**
 * Dexcom Clarity CSV export (docs/cgm.md §5.1): header {@code Index,Timestamp (YYYY-MM-DDThh:mm:ss),Event Type,...,
 * Glucose Value (mg/dL)|(mmol/L),...}, metadata rows without timestamp, then EGV rows (used) and
 * Calibration/Insulin/Carbs/... rows (counted as skipped). 'Low' (&lt; 40 mg/dL) and 'High' (&gt; 400 mg/dL) are censored
 * values. Same rules as iglu's Dexcom reader (EGV rows only).
 */
public final class DexcomClarityImporter implements CgmImporter {
  static final double LOW_LIMIT_MGDL = 40;
  static final double HIGH_LIMIT_MGDL = 400;

  @Override
  public String id() {
    return "dexcom_clarity_csv";
  }

  @Override
  public List<String> aliases() {
    return List.of("dexcom", "clarity");
  }

  @Override
  public boolean sniff(FileHead head) {
    return head.anyLineContains(1, "Event Type", "Glucose Value (");
  }

  @Override
  public ImportResult read(Path file, ImportOptions options) {
    String source = file.toString();
    ReadingCollector out = new ReadingCollector(source, options);
    try (CsvReader in = new CsvReader(file)) {
      String headerLine = in.nextLine();
      if (headerLine == null) {
        throw in.error("empty file; expected a Dexcom Clarity header starting 'Index,Timestamp'");
      }
      char delim = CsvReader.detectDelimiter(headerLine);
      String[] header = CsvReader.split(headerLine, delim);
      int cTime = CsvReader.column(header, "Timestamp");
      int cType = CsvReader.column(header, "Event Type");
      int cGlu = CsvReader.column(header, "Glucose Value");
      if (cTime < 0 || cType < 0 || cGlu < 0) {
        throw in.error("not a Dexcom Clarity header; expected columns 'Timestamp (...)', 'Event Type' and"
            + " 'Glucose Value (mg/dL)'");
      }
      GlucoseUnit units = options.units() != null ? options.units() : GlucoseUnit.fromText(header[cGlu]);
      if (units == null) {
        throw in.error("column '" + header[cGlu] + "' names no units; expected 'Glucose Value (mg/dL)' or"
            + " '(mmol/L)', or use --units");
      }
      int needed = Math.max(cTime, Math.max(cType, cGlu)) + 1;
      String row;
      while ((row = in.nextLine()) != null) {
        if (row.isBlank()) {
          out.skip("blank lines");
          continue;
        }
        String[] f = CsvReader.split(row, delim);
        if (f.length < needed) {
          throw in.error("only " + f.length + " fields (truncated file?); expected " + header.length
              + " fields as in the header");
        }
        if (!f[cType].equalsIgnoreCase("EGV")) {
          out.skip(f[cTime].isEmpty() ? "metadata rows (no timestamp)" : "non-glucose events (" + f[cType] + ")");
          continue;
        }
        long t = out.time(f[cTime], in.lineNumber());
        switch (Values.kind(f[cGlu])) {
          case EMPTY -> out.skip("EGV rows without glucose value");
          case LOW -> out.addCensored(t, false, LOW_LIMIT_MGDL, units);
          case HIGH -> out.addCensored(t, true, HIGH_LIMIT_MGDL, units);
          case NUMBER -> out.add(t, Values.number(f[cGlu], source, in.lineNumber(), header[cGlu]), in.lineNumber());
        }
      }
      return out.build(id(), units);
    }
  }
}
