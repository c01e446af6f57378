package org.isletsim.trial.protocol;

/**
 * One problem found in a protocol file.
 *
 * @param file file name (or preset name)
 * @param line 1-based line of the offending key or value, 0 when unknown
 * @param field dotted path of the field, e.g. {@code arms[1].dose}
 * @param message what is wrong and what was expected
 */
public record Problem(String file, int line, String field, String message) {
  @Override
  public String toString() {
    return file + (line > 0 ? ":" + line : "") + ": " + field + ": " + message;
  }
}
