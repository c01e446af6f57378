package org.isletsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code isletsim cgm ...} end to end on the shared specimens: outputs, exit codes and one-line errors. */
class CgmCommandTest {
  private static final Path SPECIMENS = Path.of(System.getProperty("isletsim.shared", "../../shared"), "data", "cgm");
  private static final Path DEXCOM = SPECIMENS.resolve("dexcom_clarity_sample_mgdl.csv");
  private static final Path NIGHTSCOUT = SPECIMENS.resolve("nightscout_entries_sample.json");

  @TempDir Path dir;
  private StringWriter out;
  private StringWriter err;

  @BeforeEach
  void setUp() {
    out = new StringWriter();
    err = new StringWriter();
  }

  private int run(String... args) {
    CommandLine cl = IsletsimCommand.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  private JsonNode expected(Path specimen) throws Exception {
    return new ObjectMapper().readTree(Files.readString(Path.of(specimen + ".expected.json"))).get("expected");
  }

  @Test
  void metricsCsvOneRowPerFile() {
    assertThat(run("cgm", "metrics", DEXCOM.toString(), NIGHTSCOUT.toString())).isZero();
    assertThat(err.toString()).doesNotContain("note:"); // dense data: every metric has a value
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).startsWith("file,format,units_in_file,start,end").contains(",tir_70_180,", ",gri,");
    assertThat(lines.get(1)).contains("dexcom_clarity_csv").contains(",858,");
    assertThat(lines.get(2)).contains("nightscout_entries_json").contains(",576,");
    assertThat(err.toString()).contains("Low 5, High 1").contains("skipped 6 metadata rows");
  }

  @Test
  void metricsTableAsCsvOrParquetFile() throws Exception {
    String[] files = {DEXCOM.toString(), NIGHTSCOUT.toString()};
    assertThat(run(TrialCommandTest.concat(new String[] {"cgm", "metrics", "--per-day"}, files))).isZero();
    String stdout = out.toString();
    Path csv = dir.resolve("m.csv"), pq = dir.resolve("m.parquet");
    out.getBuffer().setLength(0);
    assertThat(run(TrialCommandTest.concat(new String[] {"cgm", "metrics", "--per-day", "--out", csv.toString()}, files)))
        .isZero();
    assertThat(out.toString()).isEmpty();
    assertThat(Files.readString(csv)).isEqualTo(stdout);
    assertThat(run(TrialCommandTest.concat(new String[] {"cgm", "metrics", "--per-day", "--out", pq.toString()}, files)))
        .isZero();
    List<String> types = TableAssert.parquetEqualsCsv(pq, csv, "");
    List<String> header = TableAssert.parse(stdout).get(0);
    assertThat(types.get(header.indexOf("file"))).isEqualTo("VARCHAR");
    assertThat(types.get(header.indexOf("n_readings_used"))).isEqualTo("BIGINT");
    assertThat(types.get(header.indexOf("tir_70_180"))).isEqualTo("DOUBLE");
    assertThat(run("cgm", "metrics", "--json", "--out", pq.toString(), DEXCOM.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--json prints JSON on stdout: use one");
  }

  @Test
  void metricsJsonUsesTheDocumentedKeysAndValues() throws Exception {
    assertThat(run("cgm", "metrics", "--json", DEXCOM.toString())).isZero();
    JsonNode got = new ObjectMapper().readTree(out.toString()).get(0);
    JsonNode exp = expected(DEXCOM);
    for (String k : List.of("n_readings_used", "mean", "sd", "cv", "gmi", "tir_70_180", "tbr_54", "lbgi", "adrr",
        "grade", "m_value", "gri", "active_percent", "conga_24", "modd", "mag", "mage_ma_avg", "mage_ma_service")) {
      assertThat(got.get(k).asDouble()).as(k).isCloseTo(exp.get(k).asDouble(), org.assertj.core.data.Offset.offset(1e-9));
    }
    assertThat(got.get("episodes").get("lv1_hyper").get("total_episodes").asInt()).isEqualTo(8);
    assertThat(got.get("episodes").get("ext_hypo").get("avg_ep_gl").isNull()).isTrue();
    assertThat(got.get("agp").get("24:00")).hasSize(5);
  }

  @Test
  void windowAndPerDay() {
    assertThat(run("cgm", "metrics", "--from", "2024-05-07", "--to", "2024-05-08", "--per-day", DEXCOM.toString()))
        .isZero();
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(3); // header, window total, one day
    assertThat(lines.get(1)).contains("2024-05-07T00:0").doesNotContain("2024-05-06");
    assertThat(lines.get(2)).startsWith("2024-05-07,");
  }

  @Test
  void badFilesAreListedGoodFilesStillReportedExit2() throws Exception {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "time,glucose\n2024-01-01 00:00,100\n2024-01-01 00:05,abc\n");
    int rc = run("cgm", "metrics", DEXCOM.toString(), bad.toString());
    assertThat(rc).isEqualTo(2);
    assertThat(out.toString().lines().count()).isEqualTo(2);
    String e = err.toString();
    assertThat(e).contains(bad + " line 3: glucose 'abc' is not a number").doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(e.lines().filter(l -> l.contains("files failed")).toList())
        .containsExactly("isletsim: 1 of 2 files failed: " + bad);
  }

  @Test
  void singleBadFileIsOneLineExit2() throws Exception {
    Path bad = dir.resolve("unknown.txt");
    Files.writeString(bad, "hello\n");
    assertThat(run("cgm", "agp", bad.toString(), "--out", dir.resolve("a.csv").toString())).isEqualTo(2);
    assertThat(err.toString().lines().toList()).hasSize(1).first().asString()
        .contains("unknown CGM export format");
    err.getBuffer().setLength(0);
    assertThat(run("cgm", "metrics", bad.toString())).isEqualTo(2);
    assertThat(err.toString().lines().toList()).hasSize(1).first().asString()
        .startsWith("isletsim: " + bad + " line 1: unknown CGM export format");
    err.getBuffer().setLength(0);
    assertThat(run("cgm", "metrics", "--units", "furlongs", DEXCOM.toString(), NIGHTSCOUT.toString())).isEqualTo(2);
    assertThat(err.toString().lines().toList()).containsExactly(
        "isletsim: --units: unknown units 'furlongs'; expected mgdl or mmoll");
  }

  @Test
  void agpWritesPercentilesByTimeOfDay() throws Exception {
    Path agp = dir.resolve("agp.csv");
    assertThat(run("cgm", "agp", NIGHTSCOUT.toString(), "--out", agp.toString())).isZero();
    List<String> lines = Files.readAllLines(agp);
    assertThat(lines).hasSize(289);
    assertThat(lines.get(0)).isEqualTo("time_of_day,p05_mgdl,p25_mgdl,p50_mgdl,p75_mgdl,p95_mgdl");
    assertThat(lines.get(288)).startsWith("24:00,125.397058823529");
    Path pq = dir.resolve("agp.parquet");
    assertThat(run("cgm", "agp", NIGHTSCOUT.toString(), "--out", pq.toString())).isZero();
    assertThat(TableAssert.parquetEqualsCsv(pq, agp, "")).containsExactly("VARCHAR", "DOUBLE", "DOUBLE", "DOUBLE",
        "DOUBLE", "DOUBLE");
  }

  @Test
  void convertToCsvAndParquet() throws Exception {
    Path csv = dir.resolve("norm.csv");
    assertThat(run("cgm", "convert", DEXCOM.toString(), "--out", csv.toString())).isZero();
    List<String> lines = Files.readAllLines(csv);
    assertThat(lines).hasSize(859);
    assertThat(lines.get(1)).isEqualTo("2024-05-06T00:02:17,127.0");
    Path pq = dir.resolve("norm.parquet");
    assertThat(run("cgm", "convert", DEXCOM.toString(), "--out", pq.toString())).isZero();
    byte[] b = Files.readAllBytes(pq);
    assertThat(new String(b, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PAR1");
    assertThat(TableAssert.parquetEqualsCsv(pq, csv, "")).containsExactly("TIMESTAMP", "DOUBLE");
    assertThat(run("cgm", "convert", DEXCOM.toString(), "--out", dir.resolve("x.xlsx").toString())).isEqualTo(2);
    assertThat(dir.toFile().list()).containsExactlyInAnyOrder("norm.csv", "norm.parquet");
  }

  /** Readings too sparse for a grid (hourly): an error naming the file, not a header-only AGP table with exit 0. */
  @Test
  void agpOfTooSparseReadingsIsAnError() throws Exception {
    StringBuilder csv = new StringBuilder("timestamp,glucose\n");
    for (int h = 0; h < 72; h++) csv.append(String.format("2024-03-%02dT%02d:00:00,%d%n", 1 + h / 24, h % 24, 100 + h % 30));
    Path hourly = dir.resolve("hourly.csv");
    Files.writeString(hourly, csv.toString());
    Path agp = dir.resolve("sparse-agp.csv");
    assertThat(run("cgm", "agp", hourly.toString(), "--format", "generic", "--out", agp.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(hourly + ": no AGP").contains("45-minute");
    assertThat(agp).doesNotExist();
  }

  /**
   * Nightscout entries' utcOffset gives local time when --tz is not given (--tz still wins); a non-numeric utcOffset
   * is one line naming the file, the entry and the field, exit 2, and no output file.
   */
  @Test
  void nightscoutUtcOffsetAndItsErrors() throws Exception {
    long ms = 1_717_236_000_000L; // 2024-06-01T10:00:00Z
    Path ns = dir.resolve("ns.json");
    Files.writeString(ns, "[{\"type\":\"sgv\",\"date\":" + ms + ",\"sgv\":100,\"utcOffset\":-240},\n"
        + "{\"type\":\"sgv\",\"date\":" + (ms + 300_000) + ",\"sgv\":110,\"utcOffset\":-240}]\n");
    Path csv = dir.resolve("ns.csv");
    assertThat(run("cgm", "convert", ns.toString(), "--out", csv.toString())).isZero();
    assertThat(Files.readAllLines(csv)).containsExactly("time,glucose_mgdl", "2024-06-01T06:00:00,100.0",
        "2024-06-01T06:05:00,110.0");
    assertThat(run("cgm", "convert", ns.toString(), "--tz", "UTC", "--out", csv.toString())).isZero();
    assertThat(Files.readAllLines(csv).get(1)).isEqualTo("2024-06-01T10:00:00,100.0");
    Files.writeString(ns, Files.readString(ns).replaceFirst("-240}]", "\"EDT\"}]"));
    Path bad = dir.resolve("bad.csv");
    err.getBuffer().setLength(0);
    assertThat(run("cgm", "convert", ns.toString(), "--out", bad.toString())).isEqualTo(2);
    assertThat(err.toString().lines().toList()).containsExactly("isletsim: " + ns + " line 2 (entry 2): utcOffset"
        + " 'EDT' is not a number; expected the entry's offset from UTC in whole minutes, -1080 to 1080 (e.g. 120 or"
        + " -300)");
    assertThat(bad).doesNotExist();
  }

  /**
   * Nightscout entries without utcOffset: the offset in dateString gives local time when --tz is not given; an
   * impossible offset there is one line naming the file, the entry and the field, exit 2, and no output file.
   */
  @Test
  void nightscoutDateStringOffsetAndItsErrors() throws Exception {
    long ms = 1_709_273_100_000L; // 2024-03-01T06:05:00Z
    Path ns = dir.resolve("ns.json");
    Files.writeString(ns, "[{\"type\":\"sgv\",\"date\":" + ms + ",\"dateString\":\"2024-03-01T07:05:00.000+01:00\","
        + "\"sgv\":100},\n{\"type\":\"sgv\",\"date\":" + (ms + 300_000) + ",\"dateString\":"
        + "\"2024-03-01T07:10:00.000+01:00\",\"sgv\":110}]\n");
    Path csv = dir.resolve("ns.csv");
    assertThat(run("cgm", "convert", ns.toString(), "--out", csv.toString())).isZero();
    assertThat(Files.readAllLines(csv)).containsExactly("time,glucose_mgdl", "2024-03-01T07:05:00,100.0",
        "2024-03-01T07:10:00,110.0");
    Files.writeString(ns, Files.readString(ns).replace("07:10:00.000+01:00", "07:10:00.000+25:00"));
    Path bad = dir.resolve("bad.csv");
    err.getBuffer().setLength(0);
    assertThat(run("cgm", "convert", ns.toString(), "--out", bad.toString())).isEqualTo(2);
    assertThat(err.toString().lines().toList()).hasSize(1).first().asString().startsWith("isletsim: " + ns
        + " line 2 (entry 2): dateString '2024-03-01T07:10:00.000+25:00': UTC offset '+25:00' is not valid");
    assertThat(bad).doesNotExist();
  }

  /**
   * Parquet column types come from each column's declared meaning, not from the values of a run: readings too sparse
   * for the grid leave the grid metrics and the episode columns all missing, and they stay DOUBLE (NULL), counts
   * BIGINT and text VARCHAR; the CSV of the same run has empty cells there.
   */
  @Test
  void metricsParquetTypesAreDeclaredNotInferred() throws Exception {
    Path hourly = SparseCgm.hourly(dir);
    Path csv = dir.resolve("m.csv"), pq = dir.resolve("m.parquet");
    assertThat(run("cgm", "metrics", "--per-day", hourly.toString(), "--out", csv.toString())).isZero();
    // the empty columns are explained on stderr with the AGP's rule (the same reason cgm agp and cgm report give)
    List<String> notes = err.toString().lines().filter(l -> l.startsWith("isletsim: note: ")).toList();
    assertThat(notes).hasSize(1);
    assertThat(notes.get(0)).startsWith("isletsim: note: " + hourly + ": no values for the metrics on the interpolated"
            + " glucose grid (conga_1, conga_24, modd, mag, mage_ma_avg, mage_ma_plus, mage_ma_minus, mage_ma_service,"
            + " mage_ma_max), the episodes or the AGP: the readings are too sparse for a glucose grid")
        .contains("45-minute interpolation limit");
    assertThat(run("cgm", "metrics", "--per-day", hourly.toString(), "--out", pq.toString())).isZero();
    List<List<String>> table = TableAssert.parse(Files.readString(csv));
    List<String> header = table.get(0);
    for (String allMissing : List.of("conga_1", "modd", "mage_ma_avg", "lv1_hypo_avg_ep_gl", "lv1_hypo_total_episodes")) {
      assertThat(table.subList(1, table.size())).as(allMissing).allMatch(r -> r.get(header.indexOf(allMissing)).isEmpty());
    }
    List<String> types = TableAssert.parquetEqualsCsv(pq, csv, "");
    java.util.Set<String> texts = java.util.Set.of("day", "file", "format", "units_in_file", "start", "end", "gri_zone");
    java.util.Set<String> counts = java.util.Set.of("low_count", "high_count", "duplicate_readings", "skipped_rows",
        "n_readings_used");
    for (int j = 0; j < header.size(); j++) {
      String name = header.get(j);
      String expected = texts.contains(name) ? "VARCHAR"
          : counts.contains(name) || name.endsWith("_total_episodes") ? "BIGINT" : "DOUBLE";
      assertThat(types.get(j)).as(name).isEqualTo(expected);
    }
  }

  /** The censored counts of a --from/--to row are the window's own, not the whole file's. */
  @Test
  void windowedRowCountsItsOwnLowsAndHighs() throws Exception {
    assertThat(run("cgm", "metrics", "--json", DEXCOM.toString())).isZero();
    JsonNode whole = new ObjectMapper().readTree(out.toString()).get(0);
    assertThat(whole.get("low_count").asInt()).isEqualTo(5);
    out.getBuffer().setLength(0);
    assertThat(run("cgm", "metrics", "--json", "--from", "2024-05-08T12:00", "--to", "2024-05-08T13:00", DEXCOM.toString())).isZero();
    JsonNode window = new ObjectMapper().readTree(out.toString()).get(0);
    assertThat(window.get("low_count").asInt()).isZero();
    assertThat(window.get("high_count").asInt()).isZero();
  }
}
