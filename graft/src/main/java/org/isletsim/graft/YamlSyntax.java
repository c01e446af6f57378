package org.isletsim.graft;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * One line for a YAML syntax error, the same for every YAML input (graft plans, care policies, trial protocols,
 * candidacy profiles and inputs): the line of the problem and what is wrong, e.g. "line 2: a tab cannot start a
 * token (do not indent with tabs) (while scanning for the next token)". The parser's own message spans several lines
 * (context, marks, a caret under the source) and names the line of the context, not of the problem.
 */
public final class YamlSyntax {
  /**
   * @param line 1-based line of the problem (0: unknown)
   * @param message what is wrong, one line
   */
  public record Error(int line, String message) {}

  private YamlSyntax() {}

  public static Error of(JsonProcessingException e) {
    int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
      if (c instanceof MarkedYAMLException m) {
        if (m.getProblemMark() != null) line = m.getProblemMark().getLine() + 1;
        String problem = m.getProblem() == null ? "" : m.getProblem()
            .replace("found character '\\t(TAB)' that cannot start any token. (Do not use \\t(TAB) for indentation)",
                "a tab cannot start a token (indent with spaces, not tabs)");
        return new Error(line, m.getContext() == null ? problem : problem + " (" + m.getContext() + ")");
      }
    }
    String first = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
    if (first.startsWith("Duplicate field '")) {
      String key = first.substring("Duplicate field '".length(), first.indexOf('\'', "Duplicate field '".length()));
      return new Error(line, "duplicate key '" + key + "' (a key may appear once in a mapping)");
    }
    if (first.contains("nesting depth")) return new Error(line, "nested too deeply (" + first + ")");
    return new Error(line, first);
  }
}
