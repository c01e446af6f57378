package org.isletsim.graft;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
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

  /**
   * What this project's YAML inputs do not allow although YAML does, or null: a second document (after
   * {@code ---}), which every reader would silently ignore, and aliases ({@code *name}), which Jackson reads as the
   * plain text {@code name}. Syntax errors are left to the reader (null).
   */
  public static Error unsupported(String text) {
    try (JsonParser p = PLAIN.createParser(text)) {
      int depth = 0;
      boolean rootDone = false;
      for (JsonToken t; (t = p.nextToken()) != null; ) {
        int line = p.currentTokenLocation().getLineNr();
        if (rootDone) return new Error(line, "a second YAML document ('---'); expected one document per file");
        if (p instanceof YAMLParser y && y.isCurrentAlias()) {
          return new Error(line, "alias '*" + p.getText() + "': YAML anchors and aliases are not supported; write the"
              + " value out");
        }
        if (t.isStructStart()) depth++;
        else if (t.isStructEnd()) depth--;
        if (depth == 0) rootDone = true;
      }
      return null;
    } catch (java.io.IOException e) {
      return null; // a syntax error: the reader reports it
    }
  }

  private static final YAMLFactory PLAIN = new YAMLFactory();

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
    String first = org.isletsim.io.ParserMessages.firstLine(e.getOriginalMessage());
    if (first.startsWith("Duplicate field '")) {
      String key = first.substring("Duplicate field '".length(), first.indexOf('\'', "Duplicate field '".length()));
      return new Error(line, "duplicate key '" + key + "' (a key may appear once in a mapping)");
    }
    if (first.contains("nesting depth")) return new Error(line, "nested too deeply (" + first + ")");
    return new Error(line, first);
  }
}
