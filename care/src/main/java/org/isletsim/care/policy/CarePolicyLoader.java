package org.isletsim.care.policy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.isletsim.InvalidInputException;
import org.isletsim.graft.YamlSyntax;
import org.isletsim.io.UserFiles;

/**
 * Reads a care policy: the bundled defaults ({@code default-care.yaml}) overlaid with an optional user file.
 * Strict: a key the defaults do not have, a value of the wrong type, an impossible value or a value in the wrong
 * unit is an {@link InvalidInputException} naming the file, the line, the field and what was expected.
 */
public final class CarePolicyLoader {
  static final String DEFAULT_RESOURCE = "/org/isletsim/care/default-care.yaml";
  // `enabled: yes` / `no` are documented choices: YAML 1.1 would read them as booleans (and then reject them);
  // a key given twice is an error, not "the last one wins"
  private static final YAMLFactory YAML = YAMLFactory.builder()
      .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();
  private static final ObjectMapper MAPPER =
      JsonMapper.builder(YAML)
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .withCoercionConfigDefaults(cfg -> cfg.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
          .build();

  private CarePolicyLoader() {}

  /** The bundled default policy. */
  public static CarePolicy defaults() {
    return load(null);
  }

  /** The defaults overlaid with {@code file} ({@code null}: defaults only). */
  public static CarePolicy load(Path file) {
    ObjectNode merged = (ObjectNode) readDefaults();
    Map<String, Integer> lines = new HashMap<>();
    String name = "default-care.yaml";
    if (file != null) {
      name = file.toString();
      String text = UserFiles.readText(file, "care policy");
      YamlSyntax.Error unsupported = YamlSyntax.unsupported(text);
      if (unsupported != null) {
        throw new InvalidInputException(name + ":" + unsupported.line() + ": not valid here: " + unsupported.message());
      }
      JsonNode user;
      try {
        lines = lineMap(text);
        user = MAPPER.readTree(text);
      } catch (JsonProcessingException e) {
        YamlSyntax.Error y = YamlSyntax.of(e);
        throw new InvalidInputException(name + (y.line() > 0 ? ":" + y.line() : "") + ": not valid YAML: " + y.message());
      } catch (IOException e) {
        throw new InvalidInputException(name + ": cannot read: " + e.getMessage(), e);
      }
      if (user == null || user.isMissingNode() || user.isNull()) user = MAPPER.createObjectNode();
      if (!user.isObject()) throw new InvalidInputException(name + ": expected a mapping of sections (regimen, titration, ...)");
      merge(merged, (ObjectNode) user, "", name, lines);
    }
    CarePolicy p;
    try {
      p = MAPPER.treeToValue(merged, CarePolicy.class);
    } catch (JsonMappingException e) {
      String path = path(e);
      throw new InvalidInputException(at(name, lines, path) + path + ": " + typeProblem(e));
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(name + ": " + org.isletsim.io.ParserMessages.firstLine(e.getOriginalMessage()));
    }
    new PolicyValidator(name, lines).validate(p);
    return p;
  }

  private static JsonNode readDefaults() {
    try (InputStream in = CarePolicyLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Overlays {@code user} on {@code base}; every user key must exist in the defaults. */
  private static void merge(ObjectNode base, ObjectNode user, String prefix, String file, Map<String, Integer> lines) {
    for (Iterator<Map.Entry<String, JsonNode>> it = user.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = e.getKey();
      String path = prefix.isEmpty() ? key : prefix + "." + key;
      JsonNode known = base.get(key);
      if (known == null) {
        List<String> names = new ArrayList<>();
        base.fieldNames().forEachRemaining(names::add);
        throw new InvalidInputException(
            at(file, lines, path) + "unknown key '" + path + "'; expected one of " + names);
      }
      if (known.isObject()) {
        if (!e.getValue().isObject()) {
          throw new InvalidInputException(at(file, lines, path) + path + ": expected a mapping (section), got " + kind(e.getValue()));
        }
        merge((ObjectNode) known, (ObjectNode) e.getValue(), path, file, lines);
      } else {
        if (e.getValue().isContainerNode() || e.getValue().isNull()) {
          throw new InvalidInputException(at(file, lines, path) + path + ": expected a single value, got " + kind(e.getValue()));
        }
        base.set(key, e.getValue());
      }
    }
  }

  static String at(String file, Map<String, Integer> lines, String path) {
    Integer line = lines.get(path);
    return file + (line != null ? ":" + line : "") + ": ";
  }

  private static String kind(JsonNode n) {
    if (n.isNull()) return "nothing (null)";
    if (n.isObject()) return "a mapping";
    if (n.isArray()) return "a list";
    return "'" + n.asText() + "'";
  }

  private static String path(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() == null) continue;
      if (sb.length() > 0) sb.append('.');
      sb.append(r.getFieldName());
    }
    return sb.toString();
  }

  private static String typeProblem(JsonMappingException e) {
    Class<?> target = e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mi ? mi.getTargetType() : null;
    if (target == boolean.class || target == Boolean.class) return "expected true or false";
    String m = e.getOriginalMessage();
    if (m.contains("from String value") || m.contains("String value")) {
      return "expected a plain number (units are fixed by the field name, e.g. _mgdl, _pct, _days), got text";
    }
    if (m.contains("Floating-point value") || m.contains("float")) return "expected a whole number";
    if (m.contains("int") || m.contains("double")) return "expected a number";
    if (m.contains("String")) return "expected text";
    return org.isletsim.io.ParserMessages.firstLine(m);
  }

  /** Line of every key path in a YAML file (1-based), from the parser's locations. */
  static Map<String, Integer> lineMap(String text) throws IOException {
    Map<String, Integer> out = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    try (JsonParser p = YAML.createParser(text)) {
      String field = null;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME) {
          field = p.currentName();
          String path = stack.isEmpty() ? field : String.join(".", reversed(stack)) + "." + field;
          out.putIfAbsent(path.startsWith(".") ? path.substring(1) : path, p.currentLocation().getLineNr());
        } else if (t == JsonToken.START_OBJECT) {
          stack.push(field == null ? "" : field);
          field = null;
        } else if (t == JsonToken.END_OBJECT) {
          if (!stack.isEmpty()) stack.pop();
        } else if (t == JsonToken.START_ARRAY) {
          p.skipChildren();
        }
      }
    }
    // the root object pushes "" – strip leading dots
    Map<String, Integer> clean = new HashMap<>();
    out.forEach((k, v) -> clean.put(k.replaceAll("^\\.+", "").replaceAll("\\.\\.+", "."), v));
    return clean;
  }

  private static List<String> reversed(Deque<String> stack) {
    List<String> l = new ArrayList<>();
    stack.descendingIterator().forEachRemaining(s -> { if (!s.isEmpty()) l.add(s); });
    return l;
  }
}
