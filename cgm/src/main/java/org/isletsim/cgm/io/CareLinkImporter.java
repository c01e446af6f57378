package org.isletsim.cgm.io;

import java.nio.file.Path;
import java.util.List;

/**
 * Medtronic CareLink CSV export (docs/cgm.md §5.5): metadata lines, then one or more sections separated by
 * {@code -------;<device>;Pump|Sensor;...} lines, each with its own header {@code Index;Date;Time;...;Sensor Glucose
 * (mg/dL);...}. Rows with a Sensor Glucose value are readings; pump rows (bolus, basal, alarms) are counted as skipped.
 * EU exports: ';' delimiter, decimal comma, mmol/L column names, byte-order mark. Date {@code YYYY/MM/DD}, time
 * {@code HH:MM:SS}, newest first (sorted on import).
 */
public final class CareLinkImporter implements CgmImporter {
  @Override
  public String id() {
    return "carelink_csv";
  }

  @Override
  public List<String> aliases() {
    return List.of("carelink", "medtronic");
  }

  @Override
  public boolean sniff(FileHead head) {
    return head.anyLineContains(40, "Index", "Date", "Time", "Sensor Glucose (");
  }

  @Override
  public ImportResult read(Path file, ImportOptions options) {
    String source = file.toString();
    ReadingCollector out = new ReadingCollector(source, options);
    GlucoseUnit units = options.units();
    try (CsvReader in = new CsvReader(file)) {
      String[] header = null;
      char delim = ';';
      int cDate = -1;
      int cTime = -1;
      int cSg = -1;
      String row;
      while ((row = in.nextLine()) != null) {
        if (row.isBlank()) {
          out.skip("blank lines");
          continue;
        }
        if (row.startsWith("-------")) {
          out.skip("section separator lines");
          continue;
        }
        if (row.startsWith("Index") && row.contains("Sensor Glucose")) {
          delim = CsvReader.detectDelimiter(row);
          header = CsvReader.split(row, delim);
          cDate = CsvReader.column(header, "Date");
          cTime = CsvReader.column(header, "Time");
          cSg = CsvReader.column(header, "Sensor Glucose");
          if (cDate < 0 || cTime < 0) {
            throw in.error("CareLink header without 'Date' and 'Time' columns; expected 'Index;Date;Time;...'");
          }
          GlucoseUnit u = GlucoseUnit.fromText(header[cSg]);
          if (options.units() == null) {
            if (u == null) {
              throw in.error("column '" + header[cSg] + "' names no units; expected 'Sensor Glucose (mg/dL)' or"
                  + " '(mmol/L)', or use --units");
            }
            if (units != null && units != u) {
              throw in.error("sections in different units (" + units.label() + " and " + u.label()
                  + "); expected one unit per file");
            }
            units = u;
          }
          continue;
        }
        if (header == null) {
          out.skip("metadata lines before the first header");
          continue;
        }
        String[] f = CsvReader.split(row, delim);
        if (f.length <= Math.max(cDate, cTime)) {
          throw in.error("only " + f.length + " fields (truncated file?); expected " + header.length
              + " fields as in the section header");
        }
        String sg = cSg < f.length ? f[cSg] : "";
        if (sg.isEmpty()) {
          out.skip("pump and event rows without sensor glucose");
          continue;
        }
        long t = out.time(f[cDate] + " " + f[cTime], in.lineNumber());
        switch (Values.kind(sg)) {
          case LOW -> out.addCensored(t, false, 40, units);
          case HIGH -> out.addCensored(t, true, 400, units);
          default -> out.add(t, Values.number(sg, source, in.lineNumber(), header[cSg]), in.lineNumber());
        }
      }
      if (header == null) {
        throw in.error("no CareLink section header found; expected a line 'Index;Date;Time;...;Sensor Glucose"
            + " (mg/dL);...'");
      }
      return out.build(id(), units);
    }
  }
}
