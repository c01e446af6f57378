package org.isletsim.cgm.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.isletsim.InvalidInputException;
import org.isletsim.io.ParserMessages;

/**
 * Nightscout entries JSON (docs/cgm.md §5.3): API v1 ({@code /api/v1/entries.json}: a top-level array) or API v3
 * ({@code {"status":200,"result":[...]}}). Entries of type {@code sgv} are used: {@code date} is epoch milliseconds
 * UTC (authoritative; else {@code dateString}), {@code sgv} is always mg/dL. Other types (mbg, cal, ...) are counted
 * as skipped. Streams entry by entry.
 *
 * <p>Local time: the instant shown in {@code --tz} when one is given; otherwise shifted by the entry's own UTC
 * offset, so each reading gets the wall-clock time the uploader saw (a DST change between entries shows as a gap or a
 * repeated hour, like a wall-clock export). The entry's offset is its {@code utcOffset} (minutes east of UTC, as
 * Nightscout stores it), else the offset written in its {@code dateString} (e.g. {@code +01:00}; the Nightscout
 * server derives {@code utcOffset} from it on upload). Where both are given and differ, {@code utcOffset} wins: it is
 * Nightscout's own field, and the server rewrites {@code dateString} in UTC. A {@code dateString} in UTC ({@code Z},
 * as JavaScript's {@code toISOString} writes every time) says nothing about the uploader's clock, so it gives no
 * offset. Entries with no offset are shown in UTC; a file mixing them with entries that have one needs {@code --tz}.
 * A {@code dateString} with its own offset is that instant (its offset is not added again); one without an offset
 * is wall-clock time and kept as printed.
 */
public final class NightscoutImporter implements CgmImporter {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Override
  public String id() {
    return "nightscout_entries_json";
  }

  @Override
  public List<String> aliases() {
    return List.of("nightscout", "ns");
  }

  @Override
  public boolean sniff(FileHead head) {
    char c = head.firstChar();
    return (c == '[' || c == '{') && (head.text().contains("\"sgv\"") || head.text().contains("\"type\""))
        && head.text().contains("\"date");
  }

  @Override
  public ImportResult read(Path file, ImportOptions options) {
    String source = file.toString();
    ReadingCollector out = new ReadingCollector(source, options);
    JsonFactory factory = MAPPER.getFactory();
    try (JsonParser p = factory.createParser(file.toFile())) {
      JsonToken tok = p.nextToken();
      if (tok == JsonToken.START_OBJECT) {
        // API v3: find the "result" array
        boolean found = false;
        while ((tok = p.nextToken()) == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          if (name.equals("result") && p.currentToken() == JsonToken.START_ARRAY) {
            found = true;
            break;
          }
          p.skipChildren();
        }
        if (!found) {
          throw error(source, p, "no \"result\" array; expected a Nightscout API v3 response or a v1 entries array");
        }
      } else if (tok != JsonToken.START_ARRAY) {
        throw error(source, p, "expected a JSON array of Nightscout entries");
      }
      int index = 0;
      Offsets offsets = new Offsets();
      while ((tok = p.nextToken()) == JsonToken.START_OBJECT) {
        long line = p.currentLocation().getLineNr();
        JsonNode e = MAPPER.readTree(p);
        entry(e, new Where(source, line, ++index), out, options.zone(), offsets);
      }
      if (tok != JsonToken.END_ARRAY) {
        throw error(source, p, "expected an entry object or the end of the array");
      }
      GlucoseUnit units = options.units() != null ? options.units() : GlucoseUnit.MG_DL;
      return out.build(id(), units);
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      String column = e.getLocation() == null ? "" : ", column " + e.getLocation().getColumnNr();
      String msg = ParserMessages.firstLine(e.getOriginalMessage());
      throw new InvalidInputException(source + " line " + line + column + ": malformed JSON (" + msg
          + "); expected complete Nightscout entries JSON (truncated file?)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where an entry is in the file: its start line and its 1-based position in the entries array. */
  private record Where(String source, long line, int entry) {
    @Override
    public String toString() {
      return source + " line " + line + " (entry " + entry + ")";
    }
  }

  /**
   * Whether the file's sgv entries carry a UTC offset ({@code utcOffset}, or one in {@code dateString}): without
   * {@code --tz}, entries with and without one would put local clock times and UTC times side by side, hours apart,
   * so a file that mixes them is an error.
   */
  private static final class Offsets {
    Where firstWith, firstWithout;

    void seen(ZoneOffset own, Where where) {
      if (own != null && firstWith == null) firstWith = where;
      if (own == null && firstWithout == null) firstWithout = where;
      if (firstWith != null && firstWithout != null) {
        Where without = firstWithout, with = firstWith;
        throw new InvalidInputException(where + ": entries with a UTC offset (utcOffset, or one in dateString; first:"
            + " entry " + with.entry() + ") and without one (first: entry " + without.entry() + ") are mixed, so their"
            + " local times would mix the uploader's clock and UTC; expected --tz ZONE to set the local time of every"
            + " entry");
      }
    }
  }

  /**
   * @param zone the user's {@code --tz}, or null: then the entry's own offset ({@code utcOffset}, else the one in
   *     {@code dateString}; UTC without either)
   */
  private static void entry(JsonNode e, Where where, ReadingCollector out, ZoneId zone, Offsets offsets) {
    String source = where.source();
    long line = where.line();
    String type = e.path("type").asText("");
    JsonNode sgv = e.get("sgv");
    if (!type.isEmpty() && !type.equals("sgv")) {
      out.skip("non-sgv entries (" + type + ")");
      return;
    }
    if (sgv == null || sgv.isNull()) {
      out.skip("sgv entries without sgv value");
      return;
    }
    ZoneOffset own = utcOffset(e, where);
    if (own == null && zone == null) own = dateStringOffset(e, where);
    if (zone == null) offsets.seen(own, where);
    ZoneId local = zone != null ? zone : own != null ? own : ZoneOffset.UTC;
    long t;
    JsonNode date = e.get("date");
    if (date != null && date.isNumber()) {
      t = Timestamps.wallClock(Math.floorDiv(date.asLong(), 1000L), local);
    } else if (e.hasNonNull("dateString")) {
      try {
        t = Timestamps.parse(e.get("dateString").asText(), Timestamps.DayMonth.DAY_FIRST, source, line, local);
      } catch (InvalidInputException x) {
        throw atEntry(where, "dateString", x);
      }
    } else {
      throw new InvalidInputException(where
          + ": sgv entry without a numeric \"date\"; expected epoch milliseconds in \"date\" or a \"dateString\"");
    }
    double v;
    if (sgv.isNumber()) {
      v = sgv.asDouble();
    } else {
      String s = sgv.asText();
      switch (Values.kind(s)) {
        case LOW -> {
          out.addCensored(t, false, 40, GlucoseUnit.MG_DL);
          return;
        }
        case HIGH -> {
          out.addCensored(t, true, 400, GlucoseUnit.MG_DL);
          return;
        }
        case EMPTY -> {
          out.skip("sgv entries without sgv value");
          return;
        }
        default -> {
          try {
            v = Values.number(s, source, line, "sgv");
          } catch (InvalidInputException x) {
            throw atEntry(where, "sgv", x);
          }
        }
      }
    }
    if (v < 20) {
      // Dexcom/xDrip special values (0-12: sensor not ready, no antenna, ...) are not glucose
      out.skip("sgv error codes below 20");
      return;
    }
    out.add(t, v, line);
  }

  /** The largest UTC offset java.time (and any real zone) has: 18 hours. */
  private static final int MAX_UTC_OFFSET_MIN = 18 * 60;

  /**
   * The entry's {@code utcOffset} (minutes east of UTC: a JSON number, or its text), or null when it has none; a value
   * that is not a whole number of minutes within ±18 h is an error naming the entry.
   */
  private static ZoneOffset utcOffset(JsonNode e, Where where) {
    JsonNode u = e.get("utcOffset");
    if (u == null || u.isNull()) {
      return null;
    }
    double minutes = Double.NaN;
    if (u.isNumber()) {
      minutes = u.asDouble();
    } else if (u.isTextual()) {
      try {
        minutes = Double.parseDouble(u.asText().trim());
      } catch (NumberFormatException ex) {
        // not a number: NaN
      }
    }
    String problem = Double.isNaN(minutes) ? "is not a number"
        : minutes != Math.rint(minutes) ? "is not a whole number of minutes"
        : Math.abs(minutes) > MAX_UTC_OFFSET_MIN ? "is beyond 18 hours" : null;
    if (problem != null) {
      throw new InvalidInputException(where + ": utcOffset '" + (u.isTextual() ? u.asText() : u.toString()) + "' "
          + problem + "; expected the entry's offset from UTC in whole minutes, -1080 to 1080 (e.g. 120 or -300)");
    }
    return ZoneOffset.ofTotalSeconds((int) minutes * 60);
  }

  /**
   * The UTC offset written in the entry's {@code dateString} (e.g. {@code +01:00} in 2024-03-01T07:05:00.000+01:00),
   * or null when there is none to use: no {@code dateString}, no offset written, {@code Z}, or not an ISO date-time
   * (the numeric {@code date} is then the instant; without one, reading the {@code dateString} as the instant reports
   * what is wrong with it). An offset that no zone can have is an error naming the entry and the field.
   */
  private static ZoneOffset dateStringOffset(JsonNode e, Where where) {
    JsonNode d = e.get("dateString");
    String written = d == null || d.isNull() ? null : Timestamps.writtenOffset(d.asText());
    if (written == null || written.equals("Z")) {
      return null;
    }
    try {
      return Timestamps.offset(written);
    } catch (DateTimeException ex) {
      throw new InvalidInputException(where + ": dateString '" + d.asText().trim() + "': UTC offset '" + written
          + "' is not valid (" + ex.getMessage() + "); expected an offset from UTC as +hh:mm or -hh:mm within 18"
          + " hours (e.g. +01:00 or -05:00)");
    }
  }

  /**
   * A reader's error about one field of an entry, re-worded to name the entry: "FILE line N: WHAT" becomes "FILE
   * line N (entry K): FIELD: WHAT" (the readers shared with the CSV importers name only the file and line).
   */
  private static InvalidInputException atEntry(Where where, String field, InvalidInputException e) {
    String prefix = where.source() + " line " + where.line() + ": ";
    String what = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
    return new InvalidInputException(where + ": " + field + ": " + what, e);
  }

  private static InvalidInputException error(String source, JsonParser p, String what) {
    return new InvalidInputException(source + " line " + p.currentLocation().getLineNr() + ": " + what);
  }
}
