package org.isletsim.cli;

import java.nio.file.Path;
import org.isletsim.InvalidInputException;
import org.isletsim.cgm.io.CgmImporters;
import org.isletsim.cgm.io.GlucoseUnit;
import org.isletsim.cgm.io.ImportOptions;
import org.isletsim.cgm.io.ImportResult;
import picocli.CommandLine.Option;

/** Import options shared by the {@code cgm} sub-commands (a picocli mixin). */
public final class CgmImportOptions {
  @Option(names = "--format", paramLabel = "F",
      description = "Force the export format: dexcom, libre, carelink, nightscout, ohio, generic (default: detect).")
  String format;

  @Option(names = "--units", paramLabel = "U", description = "Glucose units in the file: mgdl or mmoll"
      + " (default: from the header; generic CSV: mmol/L if the median is below 35).")
  String units;

  @Option(names = "--device-limits",
      description = "Replace Low/High by the device limits (e.g. 40/400 mg/dL) instead of dropping them (iglu).")
  boolean deviceLimits;

  @Option(names = "--mmol-factor", paramLabel = "K", defaultValue = "18",
      description = "mmol/L to mg/dL factor: 18 (iglu, default) or 18.016 (consensus).")
  double mmolFactor;

  @Option(names = "--tz", paramLabel = "ZONE", description = "Time zone for instants (Nightscout dates, timestamps"
      + " with Z/offset) as wall-clock time, e.g. Europe/Berlin. Default: a Nightscout entry's own utcOffset, else the offset in its dateString, else UTC."
      + " Wall-clock exports are kept as printed.")
  String tz;

  @Option(names = "--date-order", paramLabel = "ORDER", description = "Numeric dates like 03-04-2024: dmy or mdy."
      + " Default: day first, month first when AM/PM is present, and an error when no date in the file has a day"
      + " above 12 to confirm it; an explicit dmy reads day first even with AM/PM.")
  String dateOrder;

  @Option(names = "--libre-scans", description = "Also use LibreView scan records (type 1), not only historic ones.")
  boolean libreScans;

  ImportOptions options() {
    ImportOptions o = ImportOptions.defaults().withDeviceLimits(deviceLimits).withLibreScans(libreScans);
    if (!(mmolFactor > 17 && mmolFactor < 19)) {
      throw new InvalidInputException("--mmol-factor " + mmolFactor + ": expected about 18 (18 or 18.016)");
    }
    o = o.withMmolFactor(mmolFactor);
    if (tz != null) {
      try {
        o = o.withZone(java.time.ZoneId.of(tz));
      } catch (java.time.DateTimeException e) {
        throw new InvalidInputException("--tz " + tz + ": unknown time zone; expected e.g. UTC or Europe/Berlin");
      }
    }
    if (dateOrder != null) {
      switch (dateOrder.toLowerCase(java.util.Locale.ROOT)) {
        case "dmy" -> o = o.withDayMonth(org.isletsim.cgm.io.Timestamps.DayMonth.DAY_FIRST_ALWAYS);
        case "mdy" -> o = o.withDayMonth(org.isletsim.cgm.io.Timestamps.DayMonth.MONTH_FIRST);
        default -> throw new InvalidInputException("--date-order " + dateOrder + ": expected dmy or mdy");
      }
    }
    if (units != null) {
      try {
        o = o.withUnits(GlucoseUnit.parseOption(units));
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException("--units: " + e.getMessage());
      }
    }
    return o;
  }

  /** The first import option given on the command line (for commands where they only apply with a CGM file), or null. */
  String firstGiven() {
    if (format != null) return "--format";
    if (units != null) return "--units";
    if (deviceLimits) return "--device-limits";
    if (mmolFactor != 18) return "--mmol-factor";
    if (tz != null) return "--tz";
    if (dateOrder != null) return "--date-order";
    if (libreScans) return "--libre-scans";
    return null;
  }

  ImportResult read(Path file) {
    return CgmImporters.standard().read(file, format, options());
  }

  /** Reads one file and reports what the import kept and skipped on {@code err}, as every single-file command does. */
  ImportResult readReporting(Path file, java.io.PrintWriter err) {
    ImportResult r = read(file);
    err.println("isletsim: " + r.summary());
    err.flush();
    return r;
  }
}
