package org.isletsim.trial.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.isletsim.InvalidInputException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Typed, strict field access on a {@link LocatedYaml} that records problems instead of throwing (used by the
 * protocol reader and by other modules' strict YAML readers, e.g. the candidacy profile).
 */
public final class Fields {
  private final String file;
  private final LocatedYaml yaml;
  private final List<Problem> problems = new ArrayList<>();

  public Fields(String file, LocatedYaml yaml) {
    this.file = file;
    this.yaml = yaml;
  }

  /**
   * Parses YAML {@code text} for strict reading; a syntax error is an {@link InvalidInputException} naming
   * {@code source} and the line.
   */
  public static Fields parse(String text, String source) {
    try {
      return new Fields(source, LocatedYaml.parse(text));
    } catch (LocatedYaml.SyntaxError e) {
      throw new InvalidInputException(new Problem(source, e.line, "(yaml)", e.getMessage()).toString());
    }
  }

  /** The parsed document (line numbers of fields). */
  public LocatedYaml yaml() {
    return yaml;
  }

  /** The document's root node. */
  public JsonNode root() {
    return yaml.root();
  }

  /** The name used for {@code file} in messages (its file name). */
  public static String nameOf(Path file) {
    return file.getFileName() == null ? file.toString() : file.getFileName().toString();
  }

  public List<Problem> problems() {
    return problems;
  }

  public void problem(String path, String message) {
    problems.add(new Problem(file, yaml.lineOf(path), path.isEmpty() ? "(document)" : path, message));
  }

  public static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /**
   * Checks that {@code node} is a mapping with only {@code allowed} keys (any key when {@code allowed} is null);
   * false (with a problem) otherwise.
   */
  public boolean object(JsonNode node, String path, Set<String> allowed) {
    if (node == null || !node.isObject()) {
      problem(path, "expected a mapping (key: value)" + (node == null ? "" : ", got " + kind(node)));
      return false;
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (allowed != null && !allowed.contains(k)) {
        problem(join(path, k), "unknown key (expected one of " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
      }
    }
    return true;
  }

  public void require(JsonNode parent, String path, String key) {
    if (parent != null && parent.isObject() && !parent.has(key)) problem(join(path, key), "is required");
  }

  public double number(JsonNode parent, String path, String key, double dflt, double min, double max) {
    JsonNode n = parent == null ? null : parent.get(key);
    String p = join(path, key);
    if (n == null || n.isNull()) return dflt;
    if (!n.isNumber()) {
      problem(p, "expected a number, got " + kind(n));
      return Double.NaN;
    }
    double v = n.doubleValue();
    if (!(v >= min && v <= max)) {
      // a lower bound of Double.MIN_VALUE means "positive": say so rather than print 4.9E-324
      problem(p, (min == Double.MIN_VALUE ? "must be > 0 and at most " + fmt(max)
          : "must be in [" + fmt(min) + ", " + fmt(max) + "]") + " (got " + fmt(v) + ")");
      return Double.NaN;
    }
    return v;
  }

  public int integer(JsonNode parent, String path, String key, int dflt, int min, int max) {
    return (int) whole(parent, path, key, dflt, min, max);
  }

  /** A whole number in [min, max] ({@code dflt} when absent or wrong, with the problem recorded). */
  public long whole(JsonNode parent, String path, String key, long dflt, long min, long max) {
    JsonNode n = parent == null ? null : parent.get(key);
    String p = join(path, key);
    if (n == null || n.isNull()) return dflt;
    if (!n.isIntegralNumber()) {
      problem(p, "expected a whole number, got " + kind(n));
      return dflt;
    }
    if (!n.canConvertToLong()) {
      problem(p, "must be in [" + min + ", " + max + "] (got " + n.asText() + ")");
      return dflt;
    }
    long v = n.longValue();
    if (v < min || v > max) {
      problem(p, "must be in [" + min + ", " + max + "] (got " + v + ")");
      return dflt;
    }
    return v;
  }

  public String text(JsonNode parent, String path, String key, String dflt) {
    JsonNode n = parent == null ? null : parent.get(key);
    if (n == null || n.isNull()) return dflt;
    if (!n.isTextual()) {
      problem(join(path, key), "expected text, got " + kind(n));
      return dflt;
    }
    return n.asText();
  }

  /** A {@code {min: , max: }} range; unset ends are NaN. */
  public Range range(JsonNode parent, String path, String key) {
    JsonNode n = parent == null ? null : parent.get(key);
    String p = join(path, key);
    if (n == null || n.isNull()) return Range.ANY;
    if (!object(n, p, Set.of("min", "max"))) return Range.ANY;
    double lo = number(n, p, "min", Double.NaN, -1e12, 1e12);
    double hi = number(n, p, "max", Double.NaN, -1e12, 1e12);
    Range r = new Range(lo, hi);
    if (r.empty()) problem(p, "min " + fmt(lo) + " > max " + fmt(hi) + ": nobody can meet this criterion");
    return r;
  }

  public static String kind(JsonNode n) {
    if (n.isObject()) return "a mapping";
    if (n.isArray()) return "a list";
    if (n.isTextual()) return "text '" + n.asText() + "'";
    if (n.isBoolean()) return "a boolean (" + n.asText() + ")";
    if (n.isNumber()) return "the number " + n.asText();
    return "null";
  }

  public static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
