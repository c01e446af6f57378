package org.isletsim.cgm.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.isletsim.cgm.CgmMetrics;
import org.isletsim.cgm.GlucoseSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each format round-trips a realistic 14-day export: written from a known truth by {@link ExportFaker}, detected
 * automatically, imported, and compared reading by reading (and metric by metric) with the truth under the default
 * importer rules; Low/High and skipped rows are counted.
 */
class RoundTripTest {
  @TempDir Path dir;

  private ImportResult importAndCheck(Path file, ExportFaker f, String format) {
    ImportResult r = CgmImporters.standard().read(file, null, ImportOptions.defaults());
    assertThat(r.format()).isEqualTo(format);
    GlucoseSeries exp = f.expected();
    assertThat(r.series().epochSec()).isEqualTo(exp.epochSec());
    assertThat(r.series().glucoseMgDl()).containsExactly(exp.glucoseMgDl(), org.assertj.core.data.Offset.offset(1e-9));
    assertThat(r.lowCount()).isEqualTo(f.lows).isPositive();
    assertThat(r.highCount()).isEqualTo(f.highs).isPositive();
    assertThat(r.duplicateReadings()).isPositive();
    assertThat(r.series().size()).isGreaterThan(1000);
    assertThat(CgmMetrics.of(r.series()).scalars()).isEqualTo(CgmMetrics.of(exp).scalars());
    return r;
  }

  @Test
  void dexcomMgDl() {
    ExportFaker f = ExportFaker.fourteenDays(5, false, false, 1);
    Path p = dir.resolve("clarity.csv");
    f.dexcom(p);
    ImportResult r = importAndCheck(p, f, "dexcom_clarity_csv");
    assertThat(r.skipped()).containsKeys("metadata rows (no timestamp)", "non-glucose events (Carbs)");
  }

  @Test
  void dexcomMmol() {
    ExportFaker f = ExportFaker.fourteenDays(5, false, true, 2);
    Path p = dir.resolve("clarity_mmol.csv");
    f.dexcom(p);
    assertThat(importAndCheck(p, f, "dexcom_clarity_csv").unitsInFile()).isEqualTo(GlucoseUnit.MMOL_L);
  }

  @Test
  void libreViewEuMmolAndUsMgDl() {
    ExportFaker eu = ExportFaker.fourteenDays(15, true, true, 3);
    Path p = dir.resolve("libre_eu.csv");
    eu.libre(p, false);
    ImportResult r = importAndCheck(p, eu, "libreview_csv");
    assertThat(r.skipped()).containsKeys("scan records (type 1; use --libre-scans to include)",
        "non-glucose records (type 5)", "report metadata lines");
    ExportFaker us = ExportFaker.fourteenDays(15, true, false, 4);
    Path q = dir.resolve("libre_us.csv");
    us.libre(q, true);
    importAndCheck(q, us, "libreview_csv");
  }

  @Test
  void libreScansCanBeIncluded() {
    ExportFaker f = ExportFaker.fourteenDays(15, true, false, 5);
    Path p = dir.resolve("libre.csv");
    f.libre(p, false);
    ImportResult hist = CgmImporters.standard().read(p, null, ImportOptions.defaults());
    ImportResult both = CgmImporters.standard().read(p, null, ImportOptions.defaults().withLibreScans(true));
    // scans repeat historic timestamps here, so they are averaged in: same length, more duplicates
    assertThat(both.duplicateReadings()).isGreaterThan(hist.duplicateReadings());
  }

  @Test
  void nightscoutV1AndV3() {
    ExportFaker f = ExportFaker.fourteenDays(5, false, false, 6);
    Path p = dir.resolve("entries.json");
    f.nightscout(p, false);
    assertThat(importAndCheck(p, f, "nightscout_entries_json").skipped()).containsKey("non-sgv entries (mbg)");
    Path q = dir.resolve("entries_v3.json");
    f.nightscout(q, true);
    importAndCheck(q, f, "nightscout_entries_json");
  }

  @Test
  void ohioT1dm() {
    ExportFaker f = ExportFaker.fourteenDays(5, false, false, 7);
    Path p = dir.resolve("559-ws-training.xml");
    f.ohio(p);
    assertThat(importAndCheck(p, f, "ohiot1dm_xml").skipped())
        .containsEntry("events in other sections (finger_stick)", 1);
  }

  @Test
  void careLinkEuropeanSemicolonDecimalCommaBom() {
    ExportFaker f = ExportFaker.fourteenDays(5, false, true, 8);
    Path p = dir.resolve("carelink.csv");
    f.carelink(p);
    ImportResult r = importAndCheck(p, f, "carelink_csv");
    assertThat(r.skipped()).containsEntry("pump and event rows without sensor glucose", 2);
  }

  @Test
  void genericWithAndWithoutHeader() {
    ExportFaker f = ExportFaker.fourteenDays(5, false, false, 9);
    Path p = dir.resolve("g.csv");
    f.generic(p, true, ',');
    importAndCheck(p, f, "generic_csv");
    ExportFaker m = ExportFaker.fourteenDays(5, false, true, 10);
    Path q = dir.resolve("g_mmol_noheader.csv");
    m.generic(q, false, ';');
    assertThat(importAndCheck(q, m, "generic_csv").unitsInFile()).isEqualTo(GlucoseUnit.MMOL_L);
  }

  @Test
  void convertedCsvReimportsIdentically() {
    ExportFaker f = ExportFaker.fourteenDays(5, false, true, 11);
    Path p = dir.resolve("clarity.csv");
    f.dexcom(p);
    GlucoseSeries s = CgmImporters.standard().read(p, null, ImportOptions.defaults()).series();
    Path out = dir.resolve("normalised.csv");
    SeriesWriters.write(s, out);
    GlucoseSeries back = CgmImporters.standard().read(out, null, ImportOptions.defaults()).series();
    assertThat(back).isEqualTo(s);
  }
}
