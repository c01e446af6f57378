package org.isletsim.io;

import java.util.regex.Pattern;

/**
 * Jackson parser messages (JSON, YAML) made fit for a one-line user error: the first line only, and
 * Jackson's embedded source locations ("[Source: REDACTED (...); line: 1, column: 81]", which name no file since
 * source inclusion is off) rewritten as "line 1, column 81".
 */
public final class ParserMessages {
  private static final Pattern LOCATION =
      Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");

  private ParserMessages() {}

  /** The first line of {@code message} with source locations rewritten; "" for null. */
  public static String firstLine(String message) {
    if (message == null) return "";
    String first = message.lines().findFirst().orElse("");
    return LOCATION.matcher(first).replaceAll("line $1, column $2");
  }
}
