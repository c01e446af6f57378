package org.isletsim.cgm.io;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isletsim.InvalidInputException;

/**
 * Timestamp parsing for exports. Wall-clock times without an offset are kept as printed and encoded as if UTC
 * (docs/cgm.md §5.7: no DST correction, so a spring-forward shows as a 65-minute gap and a fall-back as a repeated
 * hour). Timestamps with 'Z' or an offset are instants and are converted to UTC.
 */
public final class Timestamps {
  /**
   * How numeric dates are read: {@code DAY_FIRST} (the default: day first, but month first when AM/PM is present, as
   * US LibreView exports), {@code MONTH_FIRST}, or {@code DAY_FIRST_ALWAYS} (an explicit {@code --date-order dmy}:
   * day first even with AM/PM, as en-GB/en-AU/en-IN 12-hour exports).
   */
  public enum DayMonth { DAY_FIRST, MONTH_FIRST, DAY_FIRST_ALWAYS }

  private static final Pattern YMD =
      Pattern.compile(
          "(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})[T ]\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?"
              + "\\s*(Z|[+-]\\d{2}:?\\d{2})?");
  private static final Pattern DMY =
      Pattern.compile(
          "(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})[T ]\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp]\\.?[Mm]\\.?)?");

  private Timestamps() {}

  /**
   * Parses a timestamp to epoch seconds (wall clock as UTC).
   *
   * @param dayMonth how to read dd-mm-yyyy style dates without AM/PM (with AM/PM they are read month first)
   */
  public static long parse(String text, DayMonth dayMonth, String source, long line) {
    return parse(text, dayMonth, source, line, ZoneOffset.UTC);
  }

  /** As {@link #parse(String, DayMonth, String, long)}; timestamps with an offset become wall-clock time in {@code zone}. */
  public static long parse(String text, DayMonth dayMonth, String source, long line, java.time.ZoneId zone) {
    String s = text.trim();
    try {
      Matcher m = YMD.matcher(s);
      if (m.matches()) {
        LocalDateTime ldt =
            LocalDateTime.of(
                Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
        if (m.group(8) != null) {
          return wallClock(OffsetDateTime.of(ldt, offset(m.group(8))).toEpochSecond(), zone);
        }
        return ldt.toEpochSecond(ZoneOffset.UTC);
      }
      m = DMY.matcher(s);
      if (m.matches()) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        int hour = Integer.parseInt(m.group(4));
        String ampm = m.group(7);
        boolean monthFirst = dayMonth == DayMonth.MONTH_FIRST || (ampm != null && dayMonth == DayMonth.DAY_FIRST);
        if (ampm != null) {
          boolean pm = Character.toUpperCase(ampm.charAt(0)) == 'P';
          if (hour < 1 || hour > 12) {
            throw new DateTimeException("hour " + hour + " with AM/PM");
          }
          hour = hour % 12 + (pm ? 12 : 0);
        }
        LocalDateTime ldt =
            LocalDateTime.of(
                Integer.parseInt(m.group(3)), monthFirst ? a : b, monthFirst ? b : a, hour,
                Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
        return ldt.toEpochSecond(ZoneOffset.UTC);
      }
    } catch (DateTimeException | NumberFormatException e) {
      throw new InvalidInputException(
          source + " line " + line + ": timestamp '" + s + "' is not a valid date/time (" + e.getMessage()
              + "); expected e.g. 2024-05-06T08:15:00" + hint(dayMonth));
    }
    throw new InvalidInputException(
        source + " line " + line + ": timestamp '" + s + "' not understood; expected e.g. 2024-05-06T08:15:00"
            + hint(dayMonth));
  }

  /**
   * The UTC offset as written in an ISO date-time ({@code Z}, {@code +01:00} or {@code +0100}), or null when the text
   * has none or is not an ISO date-time. {@link #offset} reads it.
   */
  static String writtenOffset(String text) {
    Matcher m = YMD.matcher(text.trim());
    return m.matches() ? m.group(8) : null;
  }

  /**
   * A written UTC offset: {@code Z}, {@code ±hh:mm} or {@code ±hhmm}.
   *
   * @throws DateTimeException for an offset no zone can have (beyond ±18:00, minutes above 59)
   */
  static ZoneOffset offset(String written) {
    return written.equals("Z") ? ZoneOffset.UTC
        : ZoneOffset.of(written.length() == 5 ? written.substring(0, 3) + ":" + written.substring(3) : written);
  }

  /**
   * What a dd-mm-yyyy style timestamp tells about the file's date order: {@link #ORDER_SETTLED} when one of its
   * first two numbers is above 12 (only one reading is a valid date), {@link #ORDER_AMBIGUOUS} when both are 12 or
   * below and differ (day first and month first give different dates), 0 otherwise (other formats, equal numbers).
   */
  static int dateOrderEvidence(String text) {
    Matcher m = DMY.matcher(text.trim());
    if (!m.matches()) return 0;
    int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(2));
    if (a > 12 || b > 12) return ORDER_SETTLED;
    return a != b ? ORDER_AMBIGUOUS : 0;
  }

  static final int ORDER_AMBIGUOUS = 1, ORDER_SETTLED = 2;

  /** Wall-clock time in {@code zone} of an instant, encoded as epoch seconds as if UTC. */
  public static long wallClock(long instantEpochSec, java.time.ZoneId zone) {
    return instantEpochSec
        + zone.getRules().getOffset(java.time.Instant.ofEpochSecond(instantEpochSec)).getTotalSeconds();
  }

  private static String hint(DayMonth dm) {
    return dm == DayMonth.MONTH_FIRST ? " or 05-06-2024 08:15 AM" : " or 06-05-2024 08:15";
  }

  private static final java.time.format.DateTimeFormatter ISO_SECONDS =
      java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  /** ISO-8601 text of a wall-clock epoch second, e.g. 2024-05-06T00:02:17. */
  public static String format(long epochSec) {
    return LocalDateTime.ofEpochSecond(epochSec, 0, ZoneOffset.UTC).format(ISO_SECONDS);
  }
}
