package org.isletsim.cgm.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.isletsim.InvalidInputException;
import org.isletsim.cgm.GlucoseSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Daylight-saving shifts and time zones. Wall-clock exports are kept as printed (docs/cgm.md §5.7): a spring-forward
 * shows as a 65-minute gap, a fall-back as a repeated hour (sorted, identical timestamps averaged). Nightscout instants
 * become wall-clock time in {@code --tz}, else by the entry's own {@code utcOffset}, else in UTC.
 */
class TimeZoneTest {
  @TempDir Path dir;

  private static final long SPRING_UTC = 1_711_846_800L; // 2024-03-31T01:00:00Z = 03:00 CEST, the jump in Berlin

  @Test
  void nightscoutInstantsBecomeLocalWallClockWithDstGap() throws IOException {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < 24; i++) { // 00:00Z .. 01:55Z every 5 min
      long ms = (SPRING_UTC - 3600 + 300L * i) * 1000L;
      b.append(i == 0 ? "" : ",").append("{\"type\":\"sgv\",\"date\":").append(ms).append(",\"sgv\":").append(100 + i)
          .append('}');
    }
    Path p = dir.resolve("ns.json");
    Files.writeString(p, b.append(']').toString());
    GlucoseSeries utc = CgmImporters.standard().read(p, null, ImportOptions.defaults()).series();
    GlucoseSeries berlin = CgmImporters.standard()
        .read(p, null, ImportOptions.defaults().withZone(ZoneId.of("Europe/Berlin"))).series();
    assertThat(utc.size()).isEqualTo(24).isEqualTo(berlin.size());
    assertThat(Timestamps.format(utc.epochSec()[0])).isEqualTo("2024-03-31T00:00:00");
    assertThat(Timestamps.format(berlin.epochSec()[0])).isEqualTo("2024-03-31T01:00:00");
    // 01:55 CET is followed by 03:00 CEST: a 65-minute wall-clock gap
    assertThat(Timestamps.format(berlin.epochSec()[12])).isEqualTo("2024-03-31T03:00:00");
    assertThat(berlin.epochSec()[12] - berlin.epochSec()[11]).isEqualTo(65 * 60);
  }

  /** One sgv entry: epoch ms {@code date} (null: none), {@code dateString} (null: none), raw {@code utcOffset} JSON. */
  private static String entry(Long dateMs, String dateString, String utcOffsetJson, int sgv) {
    return "{\"type\":\"sgv\"" + (dateMs == null ? "" : ",\"date\":" + dateMs)
        + (dateString == null ? "" : ",\"dateString\":\"" + dateString + "\"")
        + (utcOffsetJson == null ? "" : ",\"utcOffset\":" + utcOffsetJson) + ",\"sgv\":" + sgv + "}";
  }

  private Path json(String name, java.util.List<String> entries) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, "[\n" + String.join(",\n", entries) + "\n]\n");
    return p;
  }

  private static String[] wallClock(Path p, ImportOptions o) {
    return java.util.Arrays.stream(CgmImporters.standard().read(p, null, o).series().epochSec())
        .mapToObj(Timestamps::format).toArray(String[]::new);
  }

  /**
   * Without --tz each entry's utcOffset (minutes) gives its local time, as Nightscout shows it: across the Berlin
   * spring-forward the offset goes from 60 to 120 and the wall clock jumps from 01:55 to 03:00. --tz still wins.
   */
  @Test
  void nightscoutUtcOffsetGivesLocalTimeUnlessTzIsGiven() throws IOException {
    java.util.List<String> entries = new java.util.ArrayList<>();
    for (int i = 0; i < 24; i++) { // 00:00Z .. 01:55Z every 5 min; the change is at 01:00Z
      long sec = SPRING_UTC - 3600 + 300L * i;
      entries.add(entry(sec * 1000L, null, sec < SPRING_UTC ? "60" : "120", 100 + i));
    }
    Path p = json("ns-offsets.json", entries);
    String[] local = wallClock(p, ImportOptions.defaults());
    assertThat(local).hasSize(24);
    assertThat(local[0]).isEqualTo("2024-03-31T01:00:00");
    assertThat(local[11]).isEqualTo("2024-03-31T01:55:00");
    assertThat(local[12]).isEqualTo("2024-03-31T03:00:00");
    assertThat(local[23]).isEqualTo("2024-03-31T03:55:00");
    // the same as --tz Europe/Berlin here; an explicit zone wins over the entries' offsets
    assertThat(local).containsExactly(wallClock(p, ImportOptions.defaults().withZone(ZoneId.of("Europe/Berlin"))));
    assertThat(wallClock(p, ImportOptions.defaults().withZone(ZoneOffset.UTC))[0]).isEqualTo("2024-03-31T00:00:00");
    assertThat(wallClock(p, ImportOptions.defaults().withZone(ZoneId.of("America/New_York")))[0])
        .isEqualTo("2024-03-30T20:00:00");
  }

  /**
   * Entries without utcOffset stay in UTC; a file that mixes entries with and without it (which would put UTC and
   * local clock times hours apart side by side) is an error asking for --tz, and with --tz it reads.
   */
  @Test
  void nightscoutEntriesWithoutUtcOffsetStayInUtcAndAMixedFileNeedsTz() throws IOException {
    long sec = 1_717_236_000L; // 2024-06-01T10:00:00Z
    Path utc = json("ns-utc.json", java.util.List.of(entry(sec * 1000L, null, null, 100),
        entry((sec + 300) * 1000L, null, "null", 110)));
    assertThat(wallClock(utc, ImportOptions.defaults())).containsExactly("2024-06-01T10:00:00", "2024-06-01T10:05:00");
    Path p = json("ns-mixed.json", java.util.List.of(entry(sec * 1000L, null, null, 100),
        entry((sec + 300) * 1000L, null, "null", 110), entry((sec + 600) * 1000L, null, "-300", 120),
        entry((sec + 900) * 1000L, null, "\"330\"", 130)));
    assertThatThrownBy(() -> wallClock(p, ImportOptions.defaults())).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("(entry 3): entries with a UTC offset (utcOffset, or one in dateString; first: entry 3) and"
            + " without one (first: entry 1) are mixed")
        .hasMessageContaining("expected --tz ZONE");
    assertThat(wallClock(p, ImportOptions.defaults().withZone(ZoneId.of("UTC")))).containsExactly("2024-06-01T10:00:00",
        "2024-06-01T10:05:00", "2024-06-01T10:10:00", "2024-06-01T10:15:00");
  }

  /**
   * A dateString (used when there is no numeric date) with its own offset is an instant: shifted by utcOffset once,
   * not twice; without utcOffset it is shown in UTC (--tz if given); without an offset it is kept as printed.
   */
  @Test
  void nightscoutDateStringWithAnOffsetIsAnInstant() throws IOException {
    Path p = json("ns-datestring.json", java.util.List.of(
        entry(null, "2024-06-01T10:00:00.000+02:00", "120", 100),
        entry(null, "2024-06-01T08:05:00.000Z", "120", 110),
        entry(null, "2024-06-01T10:10:00+0200", "120", 120),
        entry(null, "2024-06-01T10:15:00", "120", 130)));
    assertThat(wallClock(p, ImportOptions.defaults())).containsExactly("2024-06-01T10:00:00", "2024-06-01T10:05:00",
        "2024-06-01T10:10:00", "2024-06-01T10:15:00");
    assertThat(wallClock(p, ImportOptions.defaults().withZone(ZoneId.of("Europe/London")))).containsExactly(
        "2024-06-01T09:00:00", "2024-06-01T09:05:00", "2024-06-01T09:10:00", "2024-06-01T10:15:00");
  }

  /**
   * Without utcOffset and --tz, the offset written in dateString gives local time as utcOffset would (Nightscout
   * derives utcOffset from it on upload): with a numeric date (which stays the instant) and without one. --tz still
   * wins, and where both are given and disagree, utcOffset (Nightscout's own field) wins.
   */
  @Test
  void nightscoutDateStringOffsetGivesLocalTimeWithoutUtcOffset() throws IOException {
    long sec = 1_709_273_100L; // 2024-03-01T06:05:00Z = 07:05 at +01:00
    Path p = json("ns-datestring-offset.json", java.util.List.of(
        entry(sec * 1000L, "2024-03-01T07:05:00.000+01:00", null, 100),
        entry(null, "2024-03-01T07:10:00.000+01:00", null, 110),
        entry((sec + 600) * 1000L, "2024-03-01T07:15:00+0100", "null", 120)));
    assertThat(wallClock(p, ImportOptions.defaults())).containsExactly("2024-03-01T07:05:00", "2024-03-01T07:10:00",
        "2024-03-01T07:15:00");
    assertThat(wallClock(p, ImportOptions.defaults().withZone(ZoneOffset.UTC))).containsExactly("2024-03-01T06:05:00",
        "2024-03-01T06:10:00", "2024-03-01T06:15:00");
    assertThat(wallClock(p, ImportOptions.defaults().withZone(ZoneId.of("America/New_York")))[0])
        .isEqualTo("2024-03-01T01:05:00");
    Path both = json("ns-disagree.json", java.util.List.of(
        entry(sec * 1000L, "2024-03-01T07:05:00.000+01:00", "120", 100),
        entry(null, "2024-03-01T07:10:00.000+01:00", "120", 110)));
    assertThat(wallClock(both, ImportOptions.defaults())).containsExactly("2024-03-01T08:05:00", "2024-03-01T08:10:00");
  }

  /**
   * A dateString in UTC ('Z', as JavaScript's toISOString writes every time) says nothing about the uploader's clock:
   * such entries stay in UTC, and a file that mixes them with entries carrying an offset (in dateString or utcOffset)
   * is the mixed-file error asking for --tz, as with utcOffset alone.
   */
  @Test
  void nightscoutDateStringInUtcHasNoOffsetAndMixingItNeedsTz() throws IOException {
    long sec = 1_709_273_100L; // 2024-03-01T06:05:00Z
    Path utc = json("ns-z.json", java.util.List.of(entry(sec * 1000L, "2024-03-01T06:05:00.000Z", null, 100),
        entry(null, "2024-03-01T06:10:00.000Z", null, 110)));
    assertThat(wallClock(utc, ImportOptions.defaults())).containsExactly("2024-03-01T06:05:00", "2024-03-01T06:10:00");
    Path mixed = json("ns-z-mixed.json", java.util.List.of(entry(sec * 1000L, "2024-03-01T06:05:00.000Z", null, 100),
        entry((sec + 300) * 1000L, "2024-03-01T07:10:00.000+01:00", null, 110)));
    assertThatThrownBy(() -> wallClock(mixed, ImportOptions.defaults())).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(mixed + " line 3 (entry 2): entries with a UTC offset")
        .hasMessageContaining("first: entry 2) and without one (first: entry 1) are mixed")
        .hasMessageContaining("expected --tz ZONE");
    assertThat(wallClock(mixed, ImportOptions.defaults().withZone(ZoneId.of("Europe/Paris"))))
        .containsExactly("2024-03-01T07:05:00", "2024-03-01T07:10:00");
  }

  /** An offset in dateString that no zone can have is an error naming the file, the entry and the field. */
  @Test
  void impossibleDateStringOffsetIsAnErrorNamingFileEntryAndField() throws IOException {
    long ms = 1_709_273_100_000L;
    for (String bad : new String[] {"+25:00", "+01:75", "-1900"}) {
      String dateString = "2024-03-01T07:10:00.000" + bad;
      Path p = json("ns-bad-datestring.json", java.util.List.of(entry(ms, "2024-03-01T07:05:00.000+01:00", null, 100),
          entry(ms + 300_000, dateString, null, 110)));
      assertThat(org.assertj.core.api.Assertions.catchThrowable(
          () -> CgmImporters.standard().read(p, null, ImportOptions.defaults())))
          .as(bad).isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith(p + " line 3 (entry 2): dateString '" + dateString + "': UTC offset '" + bad + "'")
          .hasMessageContaining("expected an offset from UTC as +hh:mm or -hh:mm within 18 hours")
          .hasMessageNotContaining("\n");
    }
  }

  /** The other field errors of an entry name it too: an unreadable dateString, an sgv that is no number, no date. */
  @Test
  void fieldErrorsNameTheEntry() throws IOException {
    long ms = 1_709_273_100_000L;
    Path p = json("ns-bad-fields.json", java.util.List.of(entry(ms, null, null, 100), entry(null, "yesterday", null, 110)));
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> CgmImporters.standard().read(p, null, ImportOptions.defaults())))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(p + " line 3 (entry 2): dateString: timestamp 'yesterday' not understood; expected")
        .hasMessageNotContaining("\n");
    Path q = json("ns-bad-sgv.json", java.util.List.of(entry(ms, null, null, 100),
        "{\"type\":\"sgv\",\"date\":" + (ms + 300_000) + ",\"sgv\":\"1o5\"}"));
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> CgmImporters.standard().read(q, null, ImportOptions.defaults())))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(q + " line 3 (entry 2): sgv: sgv '1o5' is not a number; expected a glucose value, 'Low' or 'High'");
    Path r = json("ns-no-date.json", java.util.List.of(entry(ms, null, null, 100), entry(null, null, null, 110)));
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> CgmImporters.standard().read(r, null, ImportOptions.defaults())))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(r + " line 3 (entry 2): sgv entry without a numeric \"date\"");
  }

  @Test
  void nonNumericUtcOffsetIsAnErrorNamingFileEntryAndField() throws IOException {
    long ms = 1_717_236_000_000L;
    for (String bad : new String[] {"\"+02:00\"", "true", "90.5", "6000", "{}"}) {
      Path p = json("ns-bad.json", java.util.List.of(entry(ms, null, "120", 100), entry(ms + 300_000, null, bad, 110)));
      assertThat(org.assertj.core.api.Assertions.catchThrowable(
          () -> CgmImporters.standard().read(p, null, ImportOptions.defaults())))
          .as(bad).isInstanceOf(org.isletsim.InvalidInputException.class)
          .hasMessageStartingWith(p + " line 3 (entry 2): utcOffset '")
          .hasMessageContaining("expected the entry's offset from UTC in whole minutes")
          .hasMessageNotContaining("\n");
    }
    Path p = json("ns-bad.json", java.util.List.of(entry(ms, null, "\"abc\"", 100)));
    assertThat(org.assertj.core.api.Assertions.catchThrowable(
        () -> CgmImporters.standard().read(p, null, ImportOptions.defaults().withZone(ZoneOffset.UTC))))
        .hasMessage(p + " line 2 (entry 1): utcOffset 'abc' is not a number; expected the entry's offset from UTC in"
            + " whole minutes, -1080 to 1080 (e.g. 120 or -300)");
    // a skipped entry (not sgv) is not read further
    Path mbg = json("ns-mbg.json", java.util.List.of(entry(ms, null, "120", 100),
        "{\"type\":\"mbg\",\"date\":" + ms + ",\"mbg\":100,\"utcOffset\":\"abc\"}"));
    assertThat(CgmImporters.standard().read(mbg, null, ImportOptions.defaults()).series().size()).isEqualTo(1);
  }

  @Test
  void fallBackRepeatedHourInAWallClockExportIsSortedAndAveraged() throws IOException {
    StringBuilder b = new StringBuilder("time,glucose\n");
    // 02:00..02:55 twice (CEST then CET), as a wall-clock export prints them; then 03:00
    for (int rep = 0; rep < 2; rep++) {
      for (int m = 0; m < 60; m += 5) {
        b.append(String.format("2024-10-27 02:%02d:00,%d%n", m, rep == 0 ? 100 : 120));
      }
    }
    b.append("2024-10-27 03:00:00,130\n");
    Path p = dir.resolve("fallback.csv");
    Files.writeString(p, b.toString());
    ImportResult r = CgmImporters.standard().read(p, null, ImportOptions.defaults());
    assertThat(r.series().size()).isEqualTo(13);
    assertThat(r.duplicateReadings()).isEqualTo(12);
    assertThat(r.series().glucoseMgDl()[0]).isEqualTo(110.0);
  }

  @Test
  void offsetTimestampsAreInstants() {
    long a = Timestamps.parse("2024-06-01T10:00:00+02:00", Timestamps.DayMonth.DAY_FIRST, "x", 1);
    long b = Timestamps.parse("2024-06-01T08:00:00Z", Timestamps.DayMonth.DAY_FIRST, "x", 1);
    long c = Timestamps.parse("2024-06-01T08:00:00Z", Timestamps.DayMonth.DAY_FIRST, "x", 1,
        ZoneId.of("Europe/Berlin"));
    assertThat(a).isEqualTo(b);
    assertThat(Timestamps.format(c)).isEqualTo("2024-06-01T10:00:00");
    assertThat(Timestamps.format(Timestamps.parse("06-01-2024 08:15 PM", Timestamps.DayMonth.DAY_FIRST, "x", 1)))
        .isEqualTo("2024-06-01T20:15:00");
    assertThat(Timestamps.format(Timestamps.parse("01-06-2024 20:15", Timestamps.DayMonth.DAY_FIRST, "x", 1)))
        .isEqualTo("2024-06-01T20:15:00");
    // an explicit day-first order wins over AM/PM (en-GB/en-AU 12-hour exports); the default reads AM/PM month first
    assertThat(Timestamps.format(Timestamps.parse("06-01-2024 08:15 PM", Timestamps.DayMonth.DAY_FIRST_ALWAYS, "x", 1)))
        .isEqualTo("2024-01-06T20:15:00");
    assertThat(Timestamps.format(Timestamps.parse("13/05/2024 08:00 PM", Timestamps.DayMonth.DAY_FIRST_ALWAYS, "x", 1)))
        .isEqualTo("2024-05-13T20:00:00");
  }

  @Test
  void monthFirstDatesWithA24HourClockNeedDateOrder() throws IOException {
    Path p = dir.resolve("us24.csv");
    Files.writeString(p, "time,glucose\n03-12-2024 23:00,100\n03-13-2024 00:05,110\n");
    assertThat(org.assertj.core.api.Assertions.catchThrowable(
        () -> CgmImporters.standard().read(p, null, ImportOptions.defaults())))
        .hasMessageContaining("line 3").hasMessageContaining("03-13-2024 00:05");
    ImportResult r = CgmImporters.standard()
        .read(p, null, ImportOptions.defaults().withDayMonth(Timestamps.DayMonth.MONTH_FIRST));
    assertThat(Timestamps.format(r.series().epochSec()[1])).isEqualTo("2024-03-13T00:05:00");
  }

  /** A file whose numeric dates never pass 12 reads as two different series; the default refuses to guess. */
  @Test
  void datesThatReadBothWaysNeedDateOrder() throws IOException {
    Path p = dir.resolve("ambiguous.csv");
    // March 1-2 written month first with a 24-hour clock (a 10-day sensor's export can stay within days 1-12);
    // read day first it would be January 3 and February 3, a month apart
    Files.writeString(p, "time,glucose\n03-01-2024 23:55,100\n03-02-2024 00:00,110\n");
    assertThat(org.assertj.core.api.Assertions.catchThrowable(
        () -> CgmImporters.standard().read(p, null, ImportOptions.defaults())))
        .isInstanceOf(org.isletsim.InvalidInputException.class)
        .hasMessageContaining("line 2").hasMessageContaining("'03-01-2024 23:55' reads differently day first and month first")
        .hasMessageContaining("--date-order dmy").hasMessageContaining("--date-order mdy");
    ImportResult us = CgmImporters.standard().read(p, null, ImportOptions.defaults().withDayMonth(Timestamps.DayMonth.MONTH_FIRST));
    assertThat(Timestamps.format(us.series().epochSec()[1])).isEqualTo("2024-03-02T00:00:00");
    ImportResult eu = CgmImporters.standard().read(p, null, ImportOptions.defaults().withDayMonth(Timestamps.DayMonth.DAY_FIRST_ALWAYS));
    assertThat(Timestamps.format(eu.series().epochSec()[1])).isEqualTo("2024-02-03T00:00:00");
    // one date with a day above 12 settles the order for the whole file, wherever it comes
    Files.writeString(p, "time,glucose\n03-01-2024 23:55,100\n13-01-2024 00:00,110\n");
    assertThat(Timestamps.format(CgmImporters.standard().read(p, null, ImportOptions.defaults()).series().epochSec()[0]))
        .isEqualTo("2024-01-03T23:55:00");
    // dates with equal day and month read the same either way
    Files.writeString(p, "time,glucose\n05-05-2024 10:00,100\n05-05-2024 10:05,110\n");
    assertThat(CgmImporters.standard().read(p, null, ImportOptions.defaults()).series().epochSec()).hasSize(2);
  }
}
