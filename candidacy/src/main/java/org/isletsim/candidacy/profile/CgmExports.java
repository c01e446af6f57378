package org.isletsim.candidacy.profile;

import java.nio.file.Path;
import java.util.Locale;
import org.isletsim.InvalidInputException;
import org.isletsim.cgm.CgmMetrics;
import org.isletsim.cgm.io.CgmImporters;
import org.isletsim.cgm.io.ImportOptions;
import org.isletsim.cgm.io.ImportResult;

/** Reads a real CGM export (any format the cgm module detects) into the summary that replaces HbA1c/TIR. */
public final class CgmExports {
  /** Fewer days than this are too little to describe a person's glycaemia. */
  public static final double MIN_DAYS = 2;

  private CgmExports() {}

  public static CgmSummary read(Path file, ImportOptions options) {
    return read(file, null, options);
  }

  /** As above with the export format forced ({@code null}: detect), as {@code isletsim cgm --format}. */
  public static CgmSummary read(Path file, String format, ImportOptions options) {
    return summarise(CgmImporters.standard().read(file, format, options));
  }

  public static CgmSummary read(Path file) {
    return read(file, ImportOptions.defaults());
  }

  static CgmSummary summarise(ImportResult r) {
    if (r.series().isEmpty()) throw new InvalidInputException(r.source() + ": no glucose readings in the CGM export");
    CgmMetrics m = CgmMetrics.of(r.series());
    double days = (m.endEpochSec() - m.startEpochSec()) / 86_400.0;
    if (days < MIN_DAYS) {
      throw new InvalidInputException(String.format(Locale.ROOT,
          "%s: the CGM export covers %.1f days; expected at least %.0f (14 recommended, Battelino 2019)", r.source(), days, MIN_DAYS));
    }
    return new CgmSummary(r.source(), r.format(), m.nReadingsUsed(), days, m.mean(), m.tir70to180(), m.tbr54(), m.gmi());
  }
}
