package org.isletsim.cgm.io;

/**
 * How to read an export. Defaults follow docs/cgm.md §5.7 (iglu): Low/High text values dropped from the series but
 * counted, mmol/L × 18, identical timestamps averaged, wall-clock time kept as is.
 *
 * @param units force the units of the glucose values (null: from the header, or a heuristic for generic CSV)
 * @param substituteDeviceLimits replace Low/High by the device's reporting limits (e.g. 40/400 mg/dL) instead of
 *     dropping them
 * @param mmolToMgDl conversion factor, 18 (iglu) or 18.016 (consensus)
 * @param includeLibreScans also use LibreView scan records (record type 1), not only historic ones
 * @param zone the user's {@code --tz}: the time zone in which instants (Nightscout {@code date}, timestamps with 'Z' or
 *     an offset) become wall-clock time; wall-clock timestamps without offset are kept as printed. Null when none was
 *     given: then a Nightscout entry's own {@code utcOffset} gives its local time, and any other instant is shown
 *     in UTC (the reference data's convention; {@link #zoneOrUtc()}).
 * @param dayMonth how to read numeric dates like 03-04-2024 without AM/PM (default day first; AM/PM means month first)
 */
public record ImportOptions(
    GlucoseUnit units,
    boolean substituteDeviceLimits,
    double mmolToMgDl,
    boolean includeLibreScans,
    java.time.ZoneId zone,
    Timestamps.DayMonth dayMonth) {

  public static final double IGLU_MMOL_FACTOR = 18.0;
  public static final double CONSENSUS_MMOL_FACTOR = 18.016;

  public ImportOptions {
    if (!(mmolToMgDl > 17 && mmolToMgDl < 19)) {
      throw new IllegalArgumentException("mmol/L to mg/dL factor must be about 18, got " + mmolToMgDl);
    }
    if (dayMonth == null) {
      dayMonth = Timestamps.DayMonth.DAY_FIRST;
    }
  }

  public static ImportOptions defaults() {
    return new ImportOptions(null, false, IGLU_MMOL_FACTOR, false, null, Timestamps.DayMonth.DAY_FIRST);
  }

  /** The zone for instants without a local offset of their own: {@link #zone} if given, else UTC. */
  public java.time.ZoneId zoneOrUtc() {
    return zone == null ? java.time.ZoneOffset.UTC : zone;
  }

  public ImportOptions withUnits(GlucoseUnit u) {
    return new ImportOptions(u, substituteDeviceLimits, mmolToMgDl, includeLibreScans, zone, dayMonth);
  }

  public ImportOptions withDeviceLimits(boolean on) {
    return new ImportOptions(units, on, mmolToMgDl, includeLibreScans, zone, dayMonth);
  }

  public ImportOptions withMmolFactor(double f) {
    return new ImportOptions(units, substituteDeviceLimits, f, includeLibreScans, zone, dayMonth);
  }

  public ImportOptions withLibreScans(boolean on) {
    return new ImportOptions(units, substituteDeviceLimits, mmolToMgDl, on, zone, dayMonth);
  }

  public ImportOptions withZone(java.time.ZoneId z) {
    return new ImportOptions(units, substituteDeviceLimits, mmolToMgDl, includeLibreScans, z, dayMonth);
  }

  public ImportOptions withDayMonth(Timestamps.DayMonth dm) {
    return new ImportOptions(units, substituteDeviceLimits, mmolToMgDl, includeLibreScans, zone, dm);
  }
}
