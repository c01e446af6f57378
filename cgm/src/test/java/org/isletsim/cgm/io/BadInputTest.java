package org.isletsim.cgm.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.isletsim.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Truncated files, wrong headers, garbage values and mixed units: one clear line naming file, line and expectation. */
class BadInputTest {
  @TempDir Path dir;

  private InvalidInputException fails(Path p, String format) {
    try {
      CgmImporters.standard().read(p, format, ImportOptions.defaults());
    } catch (InvalidInputException e) {
      assertThat(e.getMessage()).doesNotContain("\n").contains(p.toString()).contains("expected");
      return e;
    }
    throw new AssertionError("no error for " + p);
  }

  private Path file(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void truncatedCsvNamesTheLine() throws IOException {
    ExportFaker f = ExportFaker.fourteenDays(5, false, false, 1);
    Path full = dir.resolve("full.csv");
    f.dexcom(full);
    String s = Files.readString(full);
    int cut = s.indexOf("\r\n", s.length() / 2) + 30; // inside the timestamp of a data row
    String cutText = s.substring(0, cut);
    long lines = cutText.lines().count();
    Path p = file("truncated.csv", cutText);
    InvalidInputException e = fails(p, null);
    assertThat(e.getMessage()).contains("line " + lines).contains("truncated");
  }

  @Test
  void truncatedJsonAndXml() throws IOException {
    ExportFaker f = ExportFaker.fourteenDays(5, false, false, 2);
    Path ns = dir.resolve("ns.json");
    f.nightscout(ns, false);
    String s = Files.readString(ns);
    assertThat(fails(file("ns_cut.json", s.substring(0, s.length() / 2)), null).getMessage())
        .contains("malformed JSON").contains("truncated").contains(", column ");
    // an object cut short: Jackson's message embeds "[Source: REDACTED ...; line: 1, column: 39]" for its start
    assertThat(fails(file("ns_obj.json", "[{\"sgv\": 120, \"date\": 1700000000000}, {\"sgv\": 13"), null).getMessage())
        .contains("line 1, column 49: malformed JSON").contains("start marker at line 1, column 39")
        .doesNotContain("REDACTED")
        .doesNotContain("Source:");
    Path x = dir.resolve("o.xml");
    f.ohio(x);
    String xs = Files.readString(x);
    assertThat(fails(file("o_cut.xml", xs.substring(0, xs.length() / 2)), null).getMessage())
        .contains("malformed XML");
  }

  @Test
  void unknownAndWrongHeaders() throws IOException {
    assertThat(fails(file("notes.txt", "hello world\nsecond line\n"), null).getMessage())
        .contains("line 1").contains("unknown CGM export format");
    Path generic = file("g.csv", "time,glucose\n2024-01-01 00:00,100\n");
    assertThat(fails(generic, "dexcom").getMessage()).contains("line 1").contains("not a Dexcom Clarity header");
    assertThat(fails(generic, "libre").getMessage()).contains("no LibreView header");
    assertThat(fails(file("empty.csv", ""), null).getMessage()).contains("empty file");
    assertThatThrownBy(() -> CgmImporters.standard().byName("fitbit"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("unknown format 'fitbit'");
  }

  @Test
  void garbageValuesAndTimestamps() throws IOException {
    Path p = file("g.csv", "time,glucose\n2024-01-01 00:00,100\n2024-01-01 00:05,1O5\n");
    assertThat(fails(p, null).getMessage()).contains("line 3").contains("'1O5' is not a number");
    Path q = file("t.csv", "time,glucose\n2024-01-01 00:00,100\n2024-13-45 00:05,105\n");
    assertThat(fails(q, null).getMessage()).contains("line 3").contains("timestamp '2024-13-45 00:05'");
    Path r = file("u.csv", "time,glucose\n2024-01-01 00:00,100\nyesterday,105\n");
    assertThat(fails(r, null).getMessage()).contains("line 3").contains("not understood");
  }

  @Test
  void mixedUnitsAreRejectedWithTheOffendingLine() throws IOException {
    Path p = file("mixed.csv", "time,glucose (mg/dL)\n2024-01-01 00:00,100\n2024-01-01 00:05,5.6\n"
        + "2024-01-01 00:10,110\n");
    assertThat(fails(p, null).getMessage()).contains("line 3").contains("not a plausible mg/dL")
        .contains("mixed units");
    Path q = file("mixed2.csv", "time,glucose (mmol/L)\n2024-01-01 00:00,5.5\n2024-01-01 00:05,120\n");
    assertThat(fails(q, null).getMessage()).contains("line 3").contains("not a plausible mmol/L");
  }

  @Test
  void noReadingsIsAnErrorThatSaysWhatWasSkipped() throws IOException {
    Path p = file("d.csv", "Index,Timestamp (YYYY-MM-DDThh:mm:ss),Event Type,Event Subtype,Patient Info,Device Info,"
        + "Source Device ID,Glucose Value (mg/dL)\n1,,FirstName,,X,,,\n");
    assertThat(fails(p, null).getMessage()).contains("no glucose readings").contains("metadata rows");
  }

  @Test
  void missingFile() {
    assertThat(fails(dir.resolve("nope.csv"), null).getMessage()).contains("no such file");
  }

  /** One mistyped year used to build a grid thousands of years long (OutOfMemoryError, exit 1): now a clear error. */
  @Test
  void aMistypedYearNamesItsLine() throws IOException {
    StringBuilder csv = new StringBuilder("timestamp,glucose\n");
    for (int h = 0; h < 48; h++) {
      String year = h == 30 ? "9024" : "2024";
      csv.append(String.format("%s-03-%02dT%02d:00:00,%d%n", year, 1 + h / 24, h % 24, 100 + h));
    }
    InvalidInputException e = fails(file("typo.csv", csv.toString()), "generic");
    assertThat(e.getMessage()).contains("line 32").contains("9024-03-02T06:00").contains("more than a year")
        .contains("mistyped year");
  }
}
