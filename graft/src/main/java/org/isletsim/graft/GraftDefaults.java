package org.isletsim.graft;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.isletsim.InvalidInputException;

/** The bundled default graft-biology parameters ({@code graft-defaults.yaml}) and typed override merging. */
public final class GraftDefaults {
  // strict: a key given twice is an error (not "the last one wins"), and a fractional value for a whole-number
  // parameter (maturationStages: 2.7) is rejected instead of truncated
  static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
  private static final JsonNode TREE = load();

  private GraftDefaults() {}

  private static JsonNode load() {
    try (InputStream in = GraftDefaults.class.getResourceAsStream("graft-defaults.yaml")) {
      if (in == null) throw new IllegalStateException("graft-defaults.yaml missing from the class path");
      return YAML.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Default globals. */
  public static BiologyGlobals globals() {
    return merge(TREE.get("globals"), null, BiologyGlobals.class, "globals");
  }

  /** Default parameters of {@code product}. */
  public static ProductParameters product(GraftProduct product) {
    return merge(TREE.get("products").get(product.id()), null, ProductParameters.class, "products");
  }

  /** Default parameters of {@code site}. */
  public static SiteParameters site(GraftSite site) {
    return merge(TREE.get("sites").get(site.id()), null, SiteParameters.class, "sites");
  }

  /**
   * Overlays {@code overrides} (may be null) on {@code defaults} and binds the result to {@code type}.
   * Unknown or ill-typed keys and out-of-range values raise an {@link InvalidInputException} naming
   * {@code field}.
   */
  static <T> T merge(JsonNode defaults, JsonNode overrides, Class<T> type, String field) {
    ObjectNode merged = defaults.deepCopy();
    if (overrides != null && !overrides.isNull()) {
      if (!overrides.isObject()) throw new InvalidInputException(field + ": expected a mapping of parameter names");
      var it = overrides.fields();
      while (it.hasNext()) {
        var e = it.next();
        if (!merged.has(e.getKey())) {
          throw new InvalidInputException(
              field + "." + e.getKey() + ": unknown parameter (known: " + fieldNames(merged) + ")");
        }
        if (!e.getValue().isNumber()) {
          throw new InvalidInputException(field + "." + e.getKey() + ": expected a number, got '" + e.getValue().asText() + "'");
        }
        merged.set(e.getKey(), e.getValue());
      }
    }
    try {
      return YAML.treeToValue(merged, type);
    } catch (IOException | IllegalArgumentException e) {
      Throwable root = e;
      while (root.getCause() != null) root = root.getCause();
      String msg = String.valueOf(root.getMessage()).lines().findFirst().orElse("invalid value");
      throw new InvalidInputException(field + ": " + msg, e);
    }
  }

  private static String fieldNames(JsonNode n) {
    StringBuilder sb = new StringBuilder();
    n.fieldNames().forEachRemaining(f -> sb.append(sb.length() == 0 ? "" : ", ").append(f));
    return sb.toString();
  }

  static JsonNode productNode(GraftProduct p) {
    return TREE.get("products").get(p.id());
  }

  static JsonNode siteNode(GraftSite s) {
    return TREE.get("sites").get(s.id());
  }

  static JsonNode globalsNode() {
    return TREE.get("globals");
  }
}
