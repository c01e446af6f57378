package org.isletsim.cgm.io;

import java.util.Locale;
import org.isletsim.InvalidInputException;

/** Parsing of glucose cells: numbers with '.' or ',' as decimal mark, and the censored texts Low/High/LO/HI. */
final class Values {
  private Values() {}

  /** Kind of a glucose cell. */
  enum Kind { EMPTY, NUMBER, LOW, HIGH }

  static Kind kind(String cell) {
    String c = cell.trim();
    if (c.isEmpty()) {
      return Kind.EMPTY;
    }
    String u = c.toUpperCase(Locale.ROOT);
    if (u.equals("LOW") || u.equals("LO")) {
      return Kind.LOW;
    }
    if (u.equals("HIGH") || u.equals("HI")) {
      return Kind.HIGH;
    }
    return Kind.NUMBER;
  }

  /** A number with '.' or a decimal comma; throws a one-line error naming file, line and column otherwise. */
  static double number(String cell, String source, long line, String column) {
    String c = cell.trim();
    if (c.indexOf(',') >= 0 && c.indexOf('.') < 0) {
      c = c.replace(',', '.');
    }
    try {
      double d = Double.parseDouble(c);
      if (!Double.isFinite(d)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw new InvalidInputException(
          source + " line " + line + ": " + column + " '" + cell.trim()
              + "' is not a number; expected a glucose value, 'Low' or 'High'");
    }
  }
}
