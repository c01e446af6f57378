package org.isletsim.trial.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.isletsim.InvalidInputException;
import org.isletsim.io.UserFiles;
import org.isletsim.graft.GraftProduct;
import org.isletsim.graft.GraftSite;
import org.isletsim.physiology.PatientCatalog;
import org.isletsim.trial.endpoint.BinaryEndpoints;
import org.isletsim.trial.endpoint.ParticipantOutcome;

/**
 * Reads and validates a protocol (YAML, schema in docs/trial.md). Unknown keys are rejected; every problem in
 * the file is collected, and if there are any a single {@link InvalidInputException} lists them one per line
 * as {@code FILE:LINE: FIELD: message}, before anything is simulated.
 */
public final class ProtocolReader {
  /** Presets bundled as resources under {@code org/isletsim/trial/presets/NAME.yaml}. */
  public static final List<String> PRESETS = List.of(
      "zimislecel-phase12", "edmonton-2006", "cipsc-autologous", "encapsulated-no-immunosuppression");

  private static final Set<String> TOP = Set.of(
      "name", "description", "seed", "followUpDays", "visits", "population", "arms", "endpoints", "success", "published");
  private static final Set<String> POPULATION = Set.of("phenotype", "referencePatients", "eligibility", "maxScreened");
  private static final Set<String> ARM = Set.of(
      "name", "participants", "product", "dose", "site", "infusions", "immunosuppression", "care");
  private static final Set<String> REGIMENS = Set.of("glucocorticoid-free", "edmonton", "none");
  private static final Set<String> WEANING = Set.of("standard");

  private ProtocolReader() {}

  /**
   * A protocol's text and the name it goes by in messages and summary.json (the file name, or
   * {@code preset:NAME}): what a distributed runner ships to its workers, which parse it with {@link #parse}.
   */
  public record Source(String text, String name) implements java.io.Serializable {}

  /** Reads a file, or a preset when {@code fileOrPreset} is a preset name and no such file exists. */
  public static Protocol load(String fileOrPreset) {
    Source s = source(fileOrPreset);
    return parse(s.text(), s.name());
  }

  /** The source {@link #load} parses. */
  public static Source source(String fileOrPreset) {
    Path p = Path.of(fileOrPreset);
    if (!Files.exists(p) && PRESETS.contains(fileOrPreset)) return new Source(presetText(fileOrPreset), "preset:" + fileOrPreset);
    return fileSource(p);
  }

  public static Protocol read(Path file) {
    Source s = fileSource(file);
    return parse(s.text(), s.name());
  }

  private static Source fileSource(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    if (!Files.exists(file)) {
      throw new InvalidInputException(file + ": protocol file not found (and not a preset: "
          + String.join(", ", PRESETS) + ")");
    }
    return new Source(UserFiles.readText(file, "protocol"), name);
  }

  /** A bundled preset. */
  public static Protocol preset(String name) {
    String res = "/org/isletsim/trial/presets/" + name + ".yaml";
    try (InputStream in = ProtocolReader.class.getResourceAsStream(res)) {
      if (in == null) throw new InvalidInputException("unknown preset '" + name + "' (expected one of " + String.join(", ", PRESETS) + ")");
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "preset:" + name);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read bundled preset " + name, e);
    }
  }

  /** The raw YAML of a preset (for --help listings and docs). */
  public static String presetText(String name) {
    try (InputStream in = ProtocolReader.class.getResourceAsStream("/org/isletsim/trial/presets/" + name + ".yaml")) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Parses protocol text; {@code source} names it in messages. */
  public static Protocol parse(String text, String source) {
    Fields f = Fields.parse(text, source);
    JsonNode root = f.root();
    Protocol protocol = null;
    if (f.object(root, "", TOP)) protocol = read(root, f, source, f.yaml());
    throwIfAny(f.problems());
    return protocol;
  }

  /** Throws one {@link InvalidInputException} listing all problems, one per line, if there are any. */
  public static void throwIfAny(List<Problem> problems) {
    Problem.throwIfAny(problems, "protocol");
  }

  private static Protocol read(JsonNode root, Fields f, String source, LocatedYaml yaml) {
    f.require(root, "", "name");
    f.require(root, "", "arms");
    f.require(root, "", "followUpDays");
    f.require(root, "", "endpoints");
    String name = f.text(root, "", "name", "");
    long seed = f.whole(root, "", "seed", 1, -9_000_000_000_000_000L, 9_000_000_000_000_000L);
    int followUp = f.integer(root, "", "followUpDays", 365, 1, 20 * 365);
    f.text(root, "", "description", "");
    List<Integer> visits = visits(root, f, followUp);
    Population population = population(root.get("population"), f);
    List<Arm> arms = arms(root.get("arms"), f, followUp);
    List<Endpoint> endpoints = endpoints(root.get("endpoints"), f);
    if (endpoints.contains(Endpoint.PRIMARY_2025) && followUp < 365) {
      f.problem("followUpDays", "primary-2025 needs follow-up to day 365 (got " + followUp + ")");
    }
    SuccessCriterion success = success(root.get("success"), f, arms, visits, followUp);
    if (success != null && BinaryEndpoints.valid(success.endpoint(), visits)) {
      Endpoint family = Endpoint.familyOf(success.endpoint());
      if (family != null && !endpoints.contains(family)) {
        f.problem("success.endpoint", "'" + success.endpoint() + "' belongs to endpoint '" + family.id() + "', which is not in endpoints");
      }
    }
    Published published = published(root.get("published"), f, arms, visits, endpoints, followUp);
    return new Protocol(name, source, seed, followUp, visits, population, arms, endpoints, success, published, yaml.lines());
  }

  private static List<Integer> visits(JsonNode root, Fields f, int followUp) {
    JsonNode n = root.get("visits");
    if (n == null || n.isNull()) return Protocol.defaultVisits(followUp);
    if (!n.isArray() || n.isEmpty()) {
      f.problem("visits", "expected a non-empty list of visit days");
      return Protocol.defaultVisits(followUp);
    }
    TreeSet<Integer> days = new TreeSet<>();
    for (int i = 0; i < n.size(); i++) {
      JsonNode v = n.get(i);
      String p = "visits[" + i + "]";
      if (!v.isIntegralNumber() || v.longValue() < 0) {
        f.problem(p, "expected a day >= 0, got " + Fields.kind(v));
      } else if (v.longValue() > followUp) {
        f.problem(p, "visit on day " + v.longValue() + " is after the end of follow-up (followUpDays: " + followUp + ")");
      } else if (!days.add((int) v.longValue())) {
        f.problem(p, "duplicate visit day " + v.longValue());
      }
    }
    if (!days.contains(0)) f.problem("visits", "must include the baseline visit, day 0");
    return new ArrayList<>(days);
  }

  private static Population population(JsonNode n, Fields f) {
    String p = "population";
    if (n == null) return new Population(Population.Phenotype.SEVERE_HYPOGLYCAEMIA, List.of(), Eligibility.any(), 100_000);
    if (!f.object(n, p, POPULATION)) return new Population(Population.Phenotype.SEVERE_HYPOGLYCAEMIA, List.of(), Eligibility.any(), 100_000);
    String ph = f.text(n, p, "phenotype", "severe-hypoglycaemia");
    Population.Phenotype phenotype = Population.Phenotype.parse(ph);
    if (phenotype == null) {
      f.problem(p + ".phenotype", "unknown phenotype '" + ph + "' (expected severe-hypoglycaemia or well-managed)");
      phenotype = Population.Phenotype.SEVERE_HYPOGLYCAEMIA;
    }
    List<String> refs = new ArrayList<>();
    JsonNode r = n.get("referencePatients");
    if (r != null) {
      if (!r.isArray()) f.problem(p + ".referencePatients", "expected a list of catalogue ids (adult#001 ...)");
      else for (int i = 0; i < r.size(); i++) {
        String id = r.get(i).asText();
        if (!id.toLowerCase(Locale.ROOT).startsWith("adult#") || !PatientCatalog.names().contains(id)) {
          f.problem(p + ".referencePatients[" + i + "]", "unknown adult catalogue patient '" + id + "' (expected adult#001 ... adult#010)");
        } else if (refs.contains(id)) {
          // the same key would give the same random streams: an identical copy, not another participant
          f.problem(p + ".referencePatients[" + i + "]", "duplicate reference patient '" + id + "' (each may be enrolled once)");
        } else refs.add(id);
      }
    }
    int maxScreened = f.integer(n, p, "maxScreened", 100_000, 1, 10_000_000);
    return new Population(phenotype, refs, eligibility(n.get("eligibility"), f, p + ".eligibility"), maxScreened);
  }

  private static Eligibility eligibility(JsonNode n, Fields f, String p) {
    if (n == null) return Eligibility.any();
    if (!f.object(n, p, new HashSet<>(Eligibility.CRITERIA))) return Eligibility.any();
    Set<Integer> types = new LinkedHashSet<>();
    JsonNode t = n.get("diabetesTypes");
    if (t == null) types.addAll(Set.of(1, 2));
    else if (!t.isArray() || t.isEmpty()) f.problem(p + ".diabetesTypes", "expected a non-empty list such as [1]");
    else for (int i = 0; i < t.size(); i++) {
      if (t.get(i).isIntegralNumber() && (t.get(i).intValue() == 1 || t.get(i).intValue() == 2)) types.add(t.get(i).intValue());
      else f.problem(p + ".diabetesTypes[" + i + "]", "expected 1 or 2");
    }
    if (types.isEmpty()) types.add(1);
    return new Eligibility(
        f.range(n, p, "ageYears"), types, f.range(n, p, "diabetesDurationYears"), f.range(n, p, "cpeptidePmolL"),
        f.range(n, p, "awarenessScore"), f.range(n, p, "severeEventsPriorYear"), f.range(n, p, "hba1cPercent"),
        f.range(n, p, "bmiKgM2"), f.range(n, p, "weightKg"));
  }

  private static List<Arm> arms(JsonNode n, Fields f, int followUp) {
    List<Arm> arms = new ArrayList<>();
    if (n == null) return arms;
    if (!n.isArray() || n.isEmpty()) {
      f.problem("arms", "expected a non-empty list of arms");
      return arms;
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < n.size(); i++) {
      String p = "arms[" + i + "]";
      JsonNode a = n.get(i);
      if (!f.object(a, p, ARM)) continue;
      for (String k : List.of("name", "participants", "product", "dose", "site")) f.require(a, p, k);
      String name = f.text(a, p, "name", "arm" + (i + 1));
      if (!names.add(name)) f.problem(p + ".name", "duplicate arm name '" + name + "'");
      int n0 = f.integer(a, p, "participants", 1, 1, org.isletsim.trial.TrialOptions.MAX_PARTICIPANTS_PER_ARM);
      GraftProduct productGiven = enumValue(a, f, p, "product", null, true); // null: missing or unknown (reported)
      GraftSite siteGiven = enumValue(a, f, p, "site", null, false);
      if (productGiven != null && siteGiven != null) {
        String mismatch = siteGiven.incompatibility(productGiven);
        if (mismatch != null) f.problem(p + ".site", mismatch);
      }
      GraftProduct product = productGiven != null ? productGiven : GraftProduct.ALLOGENEIC_SC_ISLET;
      GraftSite site = siteGiven != null ? siteGiven : GraftSite.PORTAL_VEIN;
      Arm.Dose dose = dose(a.get("dose"), f, p + ".dose");
      Arm.InfusionRule rule = infusionRule(a.get("infusions"), f, p + ".infusions", followUp);
      Arm.Immunosuppression is = immunosuppression(a.get("immunosuppression"), f, p + ".immunosuppression");
      String weaning = "standard";
      JsonNode care = a.get("care");
      if (care != null && f.object(care, p + ".care", Set.of("weaning"))) {
        weaning = f.text(care, p + ".care", "weaning", "standard");
        if (!WEANING.contains(weaning)) f.problem(p + ".care.weaning", "unknown weaning policy '" + weaning + "' (expected " + String.join(", ", WEANING) + ")");
      }
      arms.add(new Arm(name, n0, product, dose, site, rule, is, weaning));
    }
    return arms;
  }

  private static <E> E enumValue(JsonNode a, Fields f, String p, String key, E dflt, boolean product) {
    String v = f.text(a, p, key, null);
    if (v == null) return dflt;
    try {
      @SuppressWarnings("unchecked")
      E e = (E) (product ? GraftProduct.parse(v, key) : GraftSite.parse(v, key));
      return e;
    } catch (InvalidInputException e) {
      f.problem(p + "." + key, e.getMessage().substring(e.getMessage().indexOf(':') + 2));
      return dflt;
    }
  }

  private static Arm.Dose dose(JsonNode d, Fields f, String p) {
    if (d == null) return null;
    if (!f.object(d, p, Set.of("value", "unit"))) return null;
    f.require(d, p, "value");
    f.require(d, p, "unit");
    String unit = f.text(d, p, "unit", "cells");
    double v = f.number(d, p, "value", Double.NaN, Double.MIN_VALUE, 1e12);
    double[] limits = switch (unit) {
      case "cells" -> new double[] {1e6, 1e11};
      case "IEQ" -> new double[] {1e3, 1e7};
      case "IEQ/kg" -> new double[] {100, 1e5};
      default -> null;
    };
    if (limits == null) {
      f.problem(p + ".unit", "unknown unit '" + unit + "' (expected cells, IEQ or IEQ/kg)");
      return null;
    }
    if (v < limits[0] || v > limits[1]) {
      f.problem(p + ".value", "a dose in " + unit + " must be in [" + Fields.fmt(limits[0]) + ", " + Fields.fmt(limits[1]) + "] (got " + Fields.fmt(v) + ")");
    }
    return new Arm.Dose(v, unit);
  }

  private static Arm.InfusionRule infusionRule(JsonNode n, Fields f, String p, int followUp) {
    if (n == null) return Arm.InfusionRule.SINGLE;
    if (!f.object(n, p, Set.of("max", "repeatIfNotInsulinIndependentAfterDays", "windowDays"))) return Arm.InfusionRule.SINGLE;
    int max = f.integer(n, p, "max", 1, 1, 5);
    int after = f.integer(n, p, "repeatIfNotInsulinIndependentAfterDays", 0, 0, 3650);
    int window = f.integer(n, p, "windowDays", 0, 0, 3650);
    if (max > 1 && after == 0) f.problem(p + ".repeatIfNotInsulinIndependentAfterDays", "is required when max > 1 (the rule for a further infusion)");
    if (max > 1 && window < after) f.problem(p + ".windowDays", "must be >= repeatIfNotInsulinIndependentAfterDays (" + after + ")");
    if (max > 1 && window > followUp) {
      f.problem(p + ".windowDays", "must be <= followUpDays (" + followUp + "): an infusion after the end of follow-up is never observed (got " + window + ")");
    }
    return new Arm.InfusionRule(max, after, window);
  }

  private static Arm.Immunosuppression immunosuppression(JsonNode n, Fields f, String p) {
    if (n == null) {
      f.problem(p, "is required (regimen: glucocorticoid-free | edmonton | none)");
      return new Arm.Immunosuppression("none", 0, 1);
    }
    if (!f.object(n, p, Set.of("regimen", "level", "adherence"))) return new Arm.Immunosuppression("none", 0, 1);
    f.require(n, p, "regimen");
    String reg = f.text(n, p, "regimen", "none");
    if (!REGIMENS.contains(reg)) f.problem(p + ".regimen", "unknown regimen '" + reg + "' (expected " + String.join(", ", new TreeSet<>(REGIMENS)) + ")");
    double level = f.number(n, p, "level", reg.equals("none") ? 0 : 1, 0, 1);
    double adherence = f.number(n, p, "adherence", 1, 0, 1);
    if (reg.equals("none") && level > 0) f.problem(p + ".level", "regimen none must have level 0 (got " + level + ")");
    return new Arm.Immunosuppression(reg, level, adherence);
  }

  private static List<Endpoint> endpoints(JsonNode n, Fields f) {
    List<Endpoint> list = new ArrayList<>();
    if (n == null) return list;
    if (!n.isArray() || n.isEmpty()) {
      f.problem("endpoints", "expected a non-empty list of endpoints (" + Endpoint.allIds() + ")");
      return list;
    }
    for (int i = 0; i < n.size(); i++) {
      String id = n.get(i).asText();
      Endpoint e = Endpoint.parse(id);
      if (e == null) f.problem("endpoints[" + i + "]", "unknown endpoint '" + id + "' (expected one of " + Endpoint.allIds() + ")");
      else if (list.contains(e)) f.problem("endpoints[" + i + "]", "duplicate endpoint '" + id + "'");
      else list.add(e);
    }
    return list;
  }

  private static SuccessCriterion success(JsonNode n, Fields f, List<Arm> arms, List<Integer> visits, int followUp) {
    if (n == null) return null;
    String p = "success";
    if (!f.object(n, p, Set.of("arm", "endpoint", "minCount", "ciLowAbove"))) return null;
    f.require(n, p, "arm");
    f.require(n, p, "endpoint");
    String arm = f.text(n, p, "arm", "");
    if (!arm.isEmpty() && arms.stream().noneMatch(a -> a.name().equals(arm))) f.problem(p + ".arm", "no arm named '" + arm + "'");
    String endpoint = f.text(n, p, "endpoint", "");
    if (!endpoint.isEmpty() && !BinaryEndpoints.valid(endpoint, visits)) {
      f.problem(p + ".endpoint", "not a binary participant endpoint '" + endpoint + "' of this protocol (expected one of "
          + String.join(", ", BinaryEndpoints.NAMES) + " or insulin_independent_d<visit day after 0>; visits: " + visits + ")");
    }
    String unobservable = BinaryEndpoints.unobservable(endpoint, visits, followUp);
    if (unobservable != null) f.problem(p + ".endpoint", "'" + endpoint + "' " + unobservable);
    int min = f.integer(n, p, "minCount", 0, 0, 1_000_000);
    double ciLow = f.number(n, p, "ciLowAbove", Double.NaN, 0, 1);
    return new SuccessCriterion(arm, endpoint, min, ciLow);
  }

  /** The {@code published} block: {@code {source, arm, note, counts: {endpoint: [count, n]}, means: {measure: {day: value}}}}. */
  private static Published published(JsonNode n, Fields f, List<Arm> arms, List<Integer> visits, List<Endpoint> endpoints,
      int followUpDays) {
    if (n == null) return null;
    String p = "published";
    if (!f.object(n, p, Set.of("source", "arm", "note", "counts", "means"))) return null;
    f.require(n, p, "source");
    f.require(n, p, "arm");
    String source = f.text(n, p, "source", "");
    String arm = f.text(n, p, "arm", "");
    if (!arm.isEmpty() && arms.stream().noneMatch(a -> a.name().equals(arm))) f.problem(p + ".arm", "no arm named '" + arm + "'");
    String note = f.text(n, p, "note", "");
    Map<String, Published.Count> counts = new LinkedHashMap<>();
    JsonNode c = n.get("counts");
    if (c != null && f.object(c, p + ".counts", null)) {
      for (Iterator<String> it = c.fieldNames(); it.hasNext(); ) {
        String ep = it.next(), q = p + ".counts." + ep;
        JsonNode v = c.get(ep);
        String unobservable = BinaryEndpoints.unobservable(ep, visits, followUpDays);
        if (!BinaryEndpoints.valid(ep, visits)) {
          f.problem(q, "not a binary participant endpoint of this protocol (expected one of " + String.join(", ", BinaryEndpoints.NAMES)
              + " or insulin_independent_d<visit day after 0>; visits: " + visits + ")");
        } else if (unobservable != null) {
          f.problem(q, unobservable);
        } else if (!listed(ep, endpoints)) {
          f.problem(q, "belongs to endpoint '" + Endpoint.familyOf(ep).id() + "', which is not in endpoints");
        } else if (!v.isArray() || v.size() != 2 || !v.get(0).isIntegralNumber() || !v.get(1).isIntegralNumber()
            || v.get(0).longValue() < 0 || v.get(1).longValue() < 1 || v.get(0).longValue() > v.get(1).longValue()) {
          f.problem(q, "expected [count, n] with 0 <= count <= n and n >= 1, got " + v);
        } else {
          counts.put(ep, new Published.Count(v.get(0).intValue(), v.get(1).intValue()));
        }
      }
    }
    Map<String, List<Published.Value>> measures = new LinkedHashMap<>();
    JsonNode m = n.get("means");
    if (m != null && f.object(m, p + ".means", null)) {
      for (Iterator<String> it = m.fieldNames(); it.hasNext(); ) {
        String measure = it.next(), q = p + ".means." + measure;
        if (!ParticipantOutcome.VISIT_MEASURES.contains(measure)) {
          f.problem(q, "unknown per-visit measure (expected one of " + String.join(", ", ParticipantOutcome.VISIT_MEASURES) + ")");
          continue;
        }
        if (!listed(measure, endpoints)) {
          f.problem(q, "belongs to endpoint '" + Endpoint.familyOf(measure).id() + "', which is not in endpoints");
          continue;
        }
        JsonNode days = m.get(measure);
        if (!f.object(days, q, null)) continue;
        TreeMap<Integer, Published.Value> values = new TreeMap<>();
        for (Iterator<String> d = days.fieldNames(); d.hasNext(); ) {
          String key = d.next(), dq = q + "." + key;
          int day = key.matches("\\d{1,5}") ? Integer.parseInt(key) : -1;
          if (!visits.contains(day)) {
            f.problem(dq, "not a visit day (visits: " + visits + "): nothing simulated to compare with");
            continue;
          }
          JsonNode v = days.get(key);
          boolean atLeast = v.isObject();
          double x = atLeast ? (f.object(v, dq, Set.of("min")) ? f.number(v, dq, "min", Double.NaN, -1e12, 1e12) : Double.NaN)
              : f.number(days, q, key, Double.NaN, -1e12, 1e12);
          if (atLeast && !v.has("min")) f.problem(dq + ".min", "is required (a published lower bound, e.g. {min: 98})");
          if (Double.isFinite(x)) values.put(day, new Published.Value(day, x, atLeast));
        }
        measures.put(measure, new ArrayList<>(values.values()));
      }
    }
    return new Published(source, arm, note, measures, counts);
  }

  private static boolean listed(String row, List<Endpoint> endpoints) {
    Endpoint family = Endpoint.familyOf(row);
    return family == null || endpoints.contains(family);
  }
}
