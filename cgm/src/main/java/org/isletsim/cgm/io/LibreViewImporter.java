package org.isletsim.cgm.io;

import java.nio.file.Path;
import java.util.List;

/**
 * Abbott LibreView CSV export (docs/cgm.md §5.2): a report line, then the header {@code Device,Serial Number,Device
 * Timestamp,Record Type,Historic Glucose mg/dL,Scan Glucose mg/dL,...}. Record type 0 (historic, every 15 min or 5 min
 * for Libre 3) is used, as in iglu's Libre reader; type 1 (scan) only with {@code includeLibreScans}; other record
 * types are counted as skipped. Timestamps {@code MM-DD-YYYY hh:mm AM/PM} (US), {@code DD-MM-YYYY HH:MM} (EU) or ISO.
 * 'LO'/'HI' are censored at 40/500 mg/dL. ';' delimiter and decimal commas are accepted.
 */
public final class LibreViewImporter implements CgmImporter {
  static final double LOW_LIMIT_MGDL = 40;
  static final double HIGH_LIMIT_MGDL = 500;

  @Override
  public String id() {
    return "libreview_csv";
  }

  @Override
  public List<String> aliases() {
    return List.of("libre", "libreview");
  }

  @Override
  public boolean sniff(FileHead head) {
    return head.anyLineContains(3, "Device Timestamp", "Record Type");
  }

  @Override
  public ImportResult read(Path file, ImportOptions options) {
    String source = file.toString();
    ReadingCollector out = new ReadingCollector(source, options);
    try (CsvReader in = new CsvReader(file)) {
      String headerLine = null;
      for (int i = 0; i < 10; i++) {
        String l = in.nextLine();
        if (l == null) {
          break;
        }
        if (l.contains("Device Timestamp") && l.contains("Record Type")) {
          headerLine = l;
          break;
        }
        out.skip("report metadata lines");
      }
      if (headerLine == null) {
        throw in.error("no LibreView header in the first 10 lines; expected 'Device,Serial Number,Device Timestamp,"
            + "Record Type,Historic Glucose mg/dL,...'");
      }
      char delim = CsvReader.detectDelimiter(headerLine);
      String[] header = CsvReader.split(headerLine, delim);
      int cTime = CsvReader.column(header, "Device Timestamp");
      int cType = CsvReader.column(header, "Record Type");
      int cHist = CsvReader.column(header, "Historic Glucose");
      int cScan = CsvReader.column(header, "Scan Glucose");
      if (cTime < 0 || cType < 0 || cHist < 0) {
        throw in.error("LibreView header lacks 'Device Timestamp', 'Record Type' or 'Historic Glucose'; expected the"
            + " LibreView glucose export columns");
      }
      GlucoseUnit units = options.units() != null ? options.units() : GlucoseUnit.fromText(header[cHist]);
      if (units == null) {
        throw in.error("column '" + header[cHist] + "' names no units; expected 'Historic Glucose mg/dL' or"
            + " 'mmol/L', or use --units");
      }
      int needed = Math.max(cTime, Math.max(cType, cHist)) + 1;
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
        int col;
        switch (f[cType]) {
          case "0" -> col = cHist;
          case "1" -> {
            if (!options.includeLibreScans()) {
              out.skip("scan records (type 1; use --libre-scans to include)");
              continue;
            }
            col = cScan;
          }
          default -> {
            out.skip("non-glucose records (type " + f[cType] + ")");
            continue;
          }
        }
        if (col < 0 || col >= f.length) {
          throw in.error("record without a glucose field; expected column " + (col + 1));
        }
        long t = out.time(f[cTime], in.lineNumber());
        switch (Values.kind(f[col])) {
          case EMPTY -> out.skip("glucose records without value");
          case LOW -> out.addCensored(t, false, LOW_LIMIT_MGDL, units);
          case HIGH -> out.addCensored(t, true, HIGH_LIMIT_MGDL, units);
          case NUMBER -> out.add(t, Values.number(f[col], source, in.lineNumber(), header[col]), in.lineNumber());
        }
      }
      return out.build(id(), units);
    }
  }
}
