package org.isletsim.candidacy.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.MathContext;
import org.isletsim.candidacy.analysis.Weighted.Estimate;

/** JSON helpers: numbers with 6 significant digits (stable bytes for a seed), NaN as null. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
  static final JsonNodeFactory F = JsonNodeFactory.instance;

  private Json() {}

  static void put(ObjectNode o, String key, double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) o.putNull(key);
    else o.put(key, round(v));
  }

  static void add(ArrayNode a, double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) a.addNull();
    else a.add(round(v));
  }

  static BigDecimal round(double v) {
    if (v == 0) return BigDecimal.ZERO;
    BigDecimal b = new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros();
    return b.scale() < 0 ? b.setScale(0) : b;
  }

  static ObjectNode estimate(Estimate e) {
    ObjectNode o = F.objectNode();
    if (e == null) return null;
    put(o, "mean", e.mean());
    put(o, "p05", e.p05());
    put(o, "p95", e.p95());
    put(o, "mc_se", e.mcSe());
    return o;
  }
}
