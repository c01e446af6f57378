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

  /**
   * Throws one {@link org.isletsim.InvalidInputException} listing all problems, one per line, if there are any;
   * {@code what} names the document ({@code protocol}, {@code profile}).
   */
  public static void throwIfAny(java.util.List<Problem> problems, String what) {
    if (problems.isEmpty()) return;
    StringBuilder b = new StringBuilder();
    b.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems").append(" in ").append(what).append(':');
    for (Problem p : problems) b.append('\n').append(p);
    throw new org.isletsim.InvalidInputException(b.toString());
  }
}
