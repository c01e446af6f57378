package org.isletsim.trial.protocol;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A YAML document read into a Jackson tree together with the line of every field, keyed by its dotted path
 * ({@code arms[0].dose.value}), so that validation messages can point at the line. Duplicate keys are errors.
 */
public final class LocatedYaml {
  private static final YAMLFactory FACTORY = new YAMLFactory();
  private final JsonNode root;
  private final Map<String, Integer> lines;

  private LocatedYaml(JsonNode root, Map<String, Integer> lines) {
    this.root = root;
    this.lines = lines;
  }

  /** Parses {@code text}; a syntax error is an {@link IOException}-free {@link IllegalArgumentException} with its line. */
  public static LocatedYaml parse(String text) {
    org.isletsim.graft.YamlSyntax.Error unsupported = org.isletsim.graft.YamlSyntax.unsupported(text);
    if (unsupported != null) throw new SyntaxError(unsupported.line(), unsupported.message());
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser p = FACTORY.createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == null) return new LocatedYaml(JsonNodeFactory.instance.objectNode(), lines);
      JsonNode root = read(p, "", lines);
      return new LocatedYaml(root, lines);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      org.isletsim.graft.YamlSyntax.Error y = org.isletsim.graft.YamlSyntax.of(e);
      throw new SyntaxError(y.line(), y.message());
    } catch (IOException e) {
      throw new SyntaxError(0, e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse(""));
    }
  }

  /** A YAML syntax error at a line. */
  public static final class SyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public final int line;

    SyntaxError(int line, String message) {
      super(message);
      this.line = line;
    }
  }

  private static JsonNode read(JsonParser p, String path, Map<String, Integer> lines) throws IOException {
    JsonToken t = p.currentToken();
    lines.putIfAbsent(path, p.currentTokenLocation().getLineNr());
    switch (t) {
      case START_OBJECT -> {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          String child = path.isEmpty() ? name : path + "." + name;
          int line = p.currentTokenLocation().getLineNr();
          if (o.has(name)) throw new SyntaxError(line, "duplicate key '" + name + "'");
          lines.put(child, line);
          p.nextToken();
          o.set(name, read(p, child, lines));
        }
        return o;
      }
      case START_ARRAY -> {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          String child = path + "[" + i++ + "]";
          lines.put(child, p.currentTokenLocation().getLineNr());
          a.add(read(p, child, lines));
        }
        return a;
      }
      case VALUE_STRING -> {
        return JsonNodeFactory.instance.textNode(p.getText());
      }
      case VALUE_NUMBER_INT -> {
        return JsonNodeFactory.instance.numberNode(p.getLongValue());
      }
      case VALUE_NUMBER_FLOAT -> {
        return JsonNodeFactory.instance.numberNode(p.getDoubleValue());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return JsonNodeFactory.instance.booleanNode(t == JsonToken.VALUE_TRUE);
      }
      case VALUE_NULL -> {
        return JsonNodeFactory.instance.nullNode();
      }
      default -> throw new SyntaxError(p.currentTokenLocation().getLineNr(), "unexpected " + t);
    }
  }

  /** All recorded field lines. */
  public Map<String, Integer> lines() {
    return java.util.Collections.unmodifiableMap(lines);
  }

  public JsonNode root() {
    return root;
  }

  /** Line of {@code path}, or of its nearest ancestor; 0 when unknown. */
  public int lineOf(String path) {
    String p = path;
    while (true) {
      Integer l = lines.get(p);
      if (l != null) return l;
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      if (cut <= 0) return lines.getOrDefault("", 0);
      p = p.substring(0, cut);
    }
  }
}
