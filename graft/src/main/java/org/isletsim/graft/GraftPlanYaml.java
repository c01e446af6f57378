package org.isletsim.graft;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.isletsim.InvalidInputException;
import org.isletsim.io.UserFiles;

/**
 * Reads a graft file (YAML; schema in docs/graft.md, example in examples/graft/). Every problem is an
 * {@link InvalidInputException} whose one-line message names the file and the field, e.g.
 * {@code graft.yaml: infusions[0].dose: must be > 0 (got -1)}.
 *
 * <pre>
 * product: allogeneic-sc-islet          # allogeneic-sc-islet | autologous-ipsc-islet | deceased-donor-islet | encapsulated-device
 * site: portal-vein                     # portal-vein | intramuscular | subcutaneous-device
 * infusions:
 *   - {day: 0, dose: 0.8e9, unit: cells}   # unit: cells | IEQ
 * immunosuppression: {level: 1.0, adherence: 1.0}
 * recurrentAutoimmunity: true
 * alphaCells: true
 * meanGlucoseMgDl: 120
 * overrides:                            # optional, any default parameter
 *   product: {potency: 1.5}
 *   site: {earlyLossFraction: 0.4}
 *   globals: {nativeIeq: 1000000}
 * </pre>
 */
public final class GraftPlanYaml {
  private static final Set<String> TOP = Set.of(
      "product", "site", "infusions", "immunosuppression", "recurrentAutoimmunity", "alphaCells",
      "meanGlucoseMgDl", "overrides");
  /** Plausible dose ranges per unit; outside them the unit is almost certainly wrong. */
  private static final double MIN_CELLS = 1e6, MAX_CELLS = 1e11, MIN_IEQ = 1e3, MAX_IEQ = 1e7;

  private GraftPlanYaml() {}

  /** Reads {@code file}. */
  public static GraftPlan read(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    String text = UserFiles.readText(file, "graft");
    try {
      return parse(text);
    } catch (InvalidInputException e) {
      throw new InvalidInputException(name + ": " + e.getMessage(), e);
    }
  }

  /** Parses YAML text; messages name the field (without the file). */
  public static GraftPlan parse(String yaml) {
    JsonNode root;
    YamlSyntax.Error unsupported = YamlSyntax.unsupported(yaml);
    if (unsupported != null) throw new InvalidInputException("line " + unsupported.line() + ": " + unsupported.message());
    try {
      root = GraftDefaults.YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      YamlSyntax.Error y = YamlSyntax.of(e);
      throw new InvalidInputException("not valid YAML" + (y.line() > 0 ? " at line " + y.line() : "") + ": " + y.message());
    }
    if (root == null || !root.isObject()) throw new InvalidInputException("expected a YAML mapping with product, site and infusions");
    root.fieldNames().forEachRemaining(f -> {
      if (!TOP.contains(f)) {
        throw new InvalidInputException(f + ": unknown field (known: " + String.join(", ", TOP.stream().sorted().toList()) + ")");
      }
    });
    GraftProduct product = GraftProduct.parse(requiredText(root, "product"), "product");
    GraftSite site = GraftSite.parse(requiredText(root, "site"), "site");
    String mismatch = site.incompatibility(product);
    if (mismatch != null) throw new InvalidInputException("site: " + mismatch);

    JsonNode overrides = root.get("overrides");
    if (overrides != null && !overrides.isObject()) throw new InvalidInputException("overrides: expected a mapping");
    if (overrides != null) {
      overrides.fieldNames().forEachRemaining(f -> {
        if (!Set.of("product", "site", "globals").contains(f)) {
          throw new InvalidInputException("overrides." + f + ": unknown section (known: globals, product, site)");
        }
      });
    }
    BiologyGlobals globals = GraftDefaults.merge(
        GraftDefaults.globalsNode(), get(overrides, "globals"), BiologyGlobals.class, "overrides.globals");
    ProductParameters pp = GraftDefaults.merge(
        GraftDefaults.productNode(product), get(overrides, "product"), ProductParameters.class, "overrides.product");
    SiteParameters sp = GraftDefaults.merge(
        GraftDefaults.siteNode(site), get(overrides, "site"), SiteParameters.class, "overrides.site");

    JsonNode inf = root.get("infusions");
    if (inf == null || !inf.isArray() || inf.isEmpty()) {
      throw new InvalidInputException("infusions: expected a list with at least one {day, dose, unit}");
    }
    List<Infusion> infusions = new ArrayList<>();
    for (int i = 0; i < inf.size(); i++) infusions.add(infusion(inf.get(i), "infusions[" + i + "]", globals));

    double level = 1, adherence = 1;
    JsonNode is = root.get("immunosuppression");
    if (is != null) {
      if (!is.isObject()) throw new InvalidInputException("immunosuppression: expected {level, adherence}");
      is.fieldNames().forEachRemaining(f -> {
        if (!Set.of("level", "adherence").contains(f)) throw new InvalidInputException("immunosuppression." + f + ": unknown field (known: adherence, level)");
      });
      level = fraction(is, "level", 1, "immunosuppression.level");
      adherence = fraction(is, "adherence", 1, "immunosuppression.adherence");
    }
    boolean autoimmunity = bool(root, "recurrentAutoimmunity", true);
    boolean alpha = bool(root, "alphaCells", true);
    double meanGlucose = number(root, "meanGlucoseMgDl", 120, "meanGlucoseMgDl");
    if (!(meanGlucose >= 40 && meanGlucose <= 600)) throw new InvalidInputException("meanGlucoseMgDl: must be in [40, 600] mg/dL (got " + meanGlucose + ")");
    return new GraftPlan(product, site, infusions, level, adherence, autoimmunity, alpha, meanGlucose, pp, sp, globals);
  }

  private static Infusion infusion(JsonNode n, String field, BiologyGlobals g) {
    if (n == null || !n.isObject()) throw new InvalidInputException(field + ": expected {day, dose, unit}");
    n.fieldNames().forEachRemaining(f -> {
      if (!Set.of("day", "dose", "unit").contains(f)) throw new InvalidInputException(field + "." + f + ": unknown field (known: day, dose, unit)");
    });
    JsonNode dayNode = n.get("day");
    int day = 0;
    if (dayNode != null) {
      if (!dayNode.canConvertToInt() || !dayNode.isIntegralNumber()) throw new InvalidInputException(field + ".day: expected a whole number of days, got '" + dayNode.asText() + "'");
      day = dayNode.intValue();
      if (day < 0) throw new InvalidInputException(field + ".day: must be >= 0 (got " + day + ")");
    }
    double dose = number(n, "dose", Double.NaN, field + ".dose");
    if (Double.isNaN(dose)) throw new InvalidInputException(field + ".dose: required");
    if (!(dose > 0)) throw new InvalidInputException(field + ".dose: must be > 0 (got " + dose + ")");
    String unit = requiredText(n, "unit", field + ".unit").trim().toLowerCase(Locale.ROOT);
    switch (unit) {
      case "cells" -> {
        if (dose < MIN_CELLS || dose > MAX_CELLS) {
          throw new InvalidInputException(field + ".dose: " + dose + " cells is outside the plausible range [1e6, 1e11]; is the unit IEQ?");
        }
        return new Infusion(day, dose / g.cellsPerIeq());
      }
      case "ieq" -> {
        if (dose < MIN_IEQ || dose > MAX_IEQ) {
          throw new InvalidInputException(field + ".dose: " + dose + " IEQ is outside the plausible range [1e3, 1e7]; is the unit cells?");
        }
        return new Infusion(day, dose);
      }
      default -> throw new InvalidInputException(field + ".unit: unknown unit '" + unit + "' (expected cells or IEQ)");
    }
  }

  private static JsonNode get(JsonNode n, String f) {
    return n == null ? null : n.get(f);
  }

  private static String requiredText(JsonNode n, String f) {
    return requiredText(n, f, f);
  }

  private static String requiredText(JsonNode n, String f, String field) {
    JsonNode v = n.get(f);
    if (v == null || v.isNull()) throw new InvalidInputException(field + ": required");
    if (!v.isTextual()) throw new InvalidInputException(field + ": expected text, got '" + v.asText() + "'");
    return v.asText();
  }

  private static double number(JsonNode n, String f, double dflt, String field) {
    JsonNode v = n.get(f);
    if (v == null || v.isNull()) return dflt;
    if (v.isNumber()) return v.doubleValue();
    if (v.isTextual()) {
      try {
        return Double.parseDouble(v.asText().trim());
      } catch (NumberFormatException e) {
        throw new InvalidInputException(field + ": expected a number, got '" + v.asText() + "' (units go in their own field)");
      }
    }
    throw new InvalidInputException(field + ": expected a number");
  }

  private static double fraction(JsonNode n, String f, double dflt, String field) {
    double v = number(n, f, dflt, field);
    if (!(v >= 0 && v <= 1)) throw new InvalidInputException(field + ": must be in [0, 1] (got " + v + ")");
    return v;
  }

  private static boolean bool(JsonNode n, String f, boolean dflt) {
    JsonNode v = n.get(f);
    if (v == null || v.isNull()) return dflt;
    if (!v.isBoolean()) throw new InvalidInputException(f + ": expected true or false, got '" + v.asText() + "'");
    return v.booleanValue();
  }
}
