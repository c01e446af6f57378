package org.isletsim.scenario;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.isletsim.InvalidInputException;
import org.isletsim.io.UserFiles;

/** Parsers for user-supplied meal lists; every error names the input, the position and what was expected. */
public final class MealInputs {
  /** Largest meal accepted, grams (a sanity bound against unit mistakes). */
  public static final double MAX_MEAL_G = 1000;

  private MealInputs() {}

  /**
   * Parses daily clock-time meals such as {@code 07:00=45,12:00=70,18:00=80}.
   *
   * @return meals with {@code timeMin} = minute of day
   */
  public static List<MealEvent> parseDailyList(String text) {
    List<MealEvent> out = new ArrayList<>();
    String[] items = text.split(",", -1);
    for (int i = 0; i < items.length; i++) {
      String item = items[i].trim();
      String where = "--meals item " + (i + 1) + " '" + item + "'";
      int eq = item.indexOf('=');
      if (eq < 0) throw new InvalidInputException(where + ": expected HH:MM=GRAMS, e.g. 07:00=45");
      int minute = parseClock(item.substring(0, eq).trim(), where);
      double g = parseGrams(item.substring(eq + 1).trim(), where);
      for (MealEvent e : out) {
        if (e.timeMin() == minute) {
          throw new InvalidInputException(where + ": a second meal at " + item.substring(0, eq).trim()
              + "; expected one entry per clock time (simglucose keeps only the first: add the grams up yourself)");
        }
      }
      out.add(new MealEvent(minute, g));
    }
    return out;
  }

  /** Parses {@code HH:MM} (00:00–23:59) into minutes after midnight. */
  public static int parseClock(String hhmm, String where) {
    String[] parts = hhmm.split(":", -1);
    try {
      if (parts.length == 2 && parts[0].length() >= 1 && parts[0].length() <= 2 && parts[1].length() == 2) {
        int h = Integer.parseInt(parts[0]);
        int m = Integer.parseInt(parts[1]);
        if (h >= 0 && h < 24 && m >= 0 && m < 60) return h * 60 + m;
      }
    } catch (NumberFormatException e) {
      // fall through
    }
    throw new InvalidInputException(where + ": time '" + hhmm + "' is not a clock time HH:MM between 00:00 and 23:59");
  }

  private static double parseGrams(String s, String where) {
    double g;
    try {
      g = Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw new InvalidInputException(where + ": carbohydrate '" + s + "' is not a number of grams");
    }
    if (!(g >= 0) || g > MAX_MEAL_G) {
      throw new InvalidInputException(where + ": carbohydrate " + s + " g is outside 0.." + (int) MAX_MEAL_G + " g");
    }
    return g;
  }

  /**
   * Reads a meal CSV with the header {@code t_min,cho_g}: grams announced at that minute from the start.
   * Blank lines and lines starting with {@code #} are ignored.
   */
  public static List<MealEvent> readCsv(Path file) {
    return readCsv(file, Long.MAX_VALUE);
  }

  /**
   * As {@link #readCsv(Path)} for a run of {@code runMinutes} minutes: a meal at or after the run's end (a unit
   * mistake: hours or seconds for minutes) and two meals at the same minute are errors.
   */
  public static List<MealEvent> readCsv(Path file, long runMinutes) {
    java.util.Map<Long, Integer> seen = new java.util.HashMap<>();
    List<MealEvent> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new StringReader(UserFiles.readText(file, "meal CSV")))) {
      String header = r.readLine();
      if (header != null && header.startsWith("\uFEFF")) header = header.substring(1);
      if (header == null || !header.replace(" ", "").equalsIgnoreCase("t_min,cho_g")) {
        throw new InvalidInputException(
            file + ":1: expected the header 't_min,cho_g', found '" + (header == null ? "" : header) + "'");
      }
      int lineNo = 1;
      for (String line; (line = r.readLine()) != null; ) {
        lineNo++;
        String trimmed = line.trim();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) continue;
        String[] cells = trimmed.split(",", -1);
        if (cells.length != 2) {
          throw new InvalidInputException(
              file + ":" + lineNo + ": expected 2 columns (t_min,cho_g), found " + cells.length);
        }
        long t;
        try {
          t = Long.parseLong(cells[0].trim());
        } catch (NumberFormatException e) {
          throw new InvalidInputException(
              file + ":" + lineNo + ": column 1 (t_min): '" + cells[0].trim() + "' is not a whole number of minutes");
        }
        if (t < 0) {
          throw new InvalidInputException(file + ":" + lineNo + ": column 1 (t_min): " + t + " is negative");
        }
        if (t >= runMinutes) {
          throw new InvalidInputException(file + ":" + lineNo + ": column 1 (t_min): " + t + " is beyond the run; expected"
              + " 0.." + (runMinutes - 1) + " (minutes from the start)");
        }
        Integer before = seen.putIfAbsent(t, lineNo);
        if (before != null) {
          throw new InvalidInputException(file + ":" + lineNo + ": column 1 (t_min): a second meal at minute " + t
              + " (the first is on line " + before + "); expected one row per minute (simglucose keeps only the first)");
        }
        double g;
        try {
          g = Double.parseDouble(cells[1].trim());
        } catch (NumberFormatException e) {
          throw new InvalidInputException(
              file + ":" + lineNo + ": column 2 (cho_g): '" + cells[1].trim() + "' is not a number of grams");
        }
        if (!(g >= 0) || g > MAX_MEAL_G) {
          throw new InvalidInputException(
              file + ":" + lineNo + ": column 2 (cho_g): " + cells[1].trim() + " is outside 0.." + (int) MAX_MEAL_G + " g");
        }
        out.add(new MealEvent(t, g));
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // reading a string
    }
    return out;
  }
}
