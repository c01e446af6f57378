package org.isletsim.cgm.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isletsim.cgm.Specimens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Contract every importer meets: unique names, detection of its own exports only, forced format, options. */
class ImporterContractTest {
  @TempDir Path dir;
  private final Map<String, Path> samples = new LinkedHashMap<>();

  @BeforeEach
  void writeSamples() {
    ExportFaker mg = ExportFaker.fourteenDays(5, false, false, 21);
    ExportFaker libre = ExportFaker.fourteenDays(15, true, false, 22);
    samples.put("dexcom_clarity_csv", dir.resolve("a.csv"));
    mg.dexcom(samples.get("dexcom_clarity_csv"));
    samples.put("libreview_csv", dir.resolve("b.csv"));
    libre.libre(samples.get("libreview_csv"), true);
    samples.put("carelink_csv", dir.resolve("c.csv"));
    mg.carelink(samples.get("carelink_csv"));
    samples.put("nightscout_entries_json", dir.resolve("d.json"));
    mg.nightscout(samples.get("nightscout_entries_json"), true);
    samples.put("ohiot1dm_xml", dir.resolve("e.xml"));
    mg.ohio(samples.get("ohiot1dm_xml"));
    samples.put("generic_csv", dir.resolve("f.csv"));
    mg.generic(samples.get("generic_csv"), true, ',');
  }

  @Test
  void namesAreUnique() {
    Set<String> seen = new HashSet<>();
    CgmImporters registry = CgmImporters.standard();
    for (CgmImporter i : registry.importers()) {
      assertThat(seen.add(i.id())).as(i.id()).isTrue();
      assertThat(registry.byName(i.id())).isSameAs(i);
      for (String a : i.aliases()) {
        assertThat(seen.add(a)).as(a).isTrue();
        assertThat(registry.byName(a.toUpperCase(java.util.Locale.ROOT))).isSameAs(i);
      }
    }
  }

  @Test
  void eachSpecificImporterSniffsOnlyItsOwnFormat() {
    List<CgmImporter> all = CgmImporters.standard().importers();
    for (Map.Entry<String, Path> e : samples.entrySet()) {
      FileHead head = FileHead.read(e.getValue());
      for (CgmImporter i : all) {
        if (i.id().equals("generic_csv")) {
          continue; // the fallback accepts any delimited text by design
        }
        assertThat(i.sniff(head)).as(i.id() + " on " + e.getKey()).isEqualTo(i.id().equals(e.getKey()));
      }
      assertThat(CgmImporters.standard().detect(e.getValue()).id()).isEqualTo(e.getKey());
      assertThat(CgmImporters.standard().read(e.getValue(), e.getKey(), ImportOptions.defaults()).format())
          .isEqualTo(e.getKey());
    }
  }

  @Test
  void deviceLimitsReplaceLowAndHigh() {
    ImportResult dropped = CgmImporters.standard().read(Specimens.path(Specimens.DEXCOM), null,
        ImportOptions.defaults());
    ImportResult limits = CgmImporters.standard().read(Specimens.path(Specimens.DEXCOM), null,
        ImportOptions.defaults().withDeviceLimits(true));
    assertThat(dropped.lowCount()).isEqualTo(5);
    assertThat(dropped.highCount()).isEqualTo(1);
    assertThat(limits.series().size()).isEqualTo(dropped.series().size() + 6);
    assertThat(count(limits, 40)).isEqualTo(count(dropped, 40) + 5);
    assertThat(count(limits, 400)).isEqualTo(count(dropped, 400) + 1);
  }

  private static long count(ImportResult r, double v) {
    return java.util.Arrays.stream(r.series().glucoseMgDl()).filter(x -> x == v).count();
  }

  @Test
  void consensusMmolFactorAndForcedUnits() {
    ExportFaker f = ExportFaker.fourteenDays(5, false, true, 23);
    Path p = dir.resolve("mmol.csv");
    f.generic(p, false, ',');
    ImportResult r18 = CgmImporters.standard().read(p, null, ImportOptions.defaults());
    ImportResult r18016 = CgmImporters.standard().read(p, null, ImportOptions.defaults().withMmolFactor(18.016));
    assertThat(r18016.series().glucoseMgDl()[0]).isCloseTo(r18.series().glucoseMgDl()[0] / 18 * 18.016,
        org.assertj.core.data.Offset.offset(1e-9));
    ImportResult limits = CgmImporters.standard().read(p, null, ImportOptions.defaults().withDeviceLimits(true));
    assertThat(limits.unitsInFile()).isEqualTo(GlucoseUnit.MMOL_L);
    assertThat(limits.series().size()).isEqualTo(r18.series().size() + f.lows + f.highs);
    assertThat(count(limits, 40)).isEqualTo(f.lows);
    assertThat(count(limits, 400)).isEqualTo(f.highs);
    ImportResult forced = CgmImporters.standard().read(p, null,
        ImportOptions.defaults().withUnits(GlucoseUnit.MMOL_L));
    assertThat(forced.series()).isEqualTo(r18.series());
  }
}
