package org.isletsim.candidacy.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.isletsim.InvalidInputException;
import org.isletsim.io.UserFiles;
import org.isletsim.trial.protocol.Fields;
import org.isletsim.trial.protocol.Problem;

/**
 * Reads a profile (YAML, schema in docs/candidacy.md) strictly with the trial module's located-YAML helpers:
 * unknown keys, missing required fields, impossible values (HbA1c 25%, negative events) and contradictory ones
 * (diabetes longer than life, an HbA1c that the time in range rules out, a dose impossible for the weight) are
 * all collected and reported in one {@link InvalidInputException}, one line per problem:
 * {@code FILE:LINE: FIELD: message}.
 */
public final class ProfileReader {
  private static final Set<String> TOP = Set.of(
      "name", "ageYears", "sex", "weightKg", "heightM", "diabetes", "hba1cPercent", "tirPct", "severeEventsPastYear",
      "awareness", "therapy", "totalDailyInsulinU", "cpeptidePmolL", "egfrMlMin", "comorbidities");
  /** HbA1c outside this range (%) is not a value a living person with diabetes has (DCCT/NGSP units). */
  static final double HBA1C_MIN = 4, HBA1C_MAX = 18;
  /** |HbA1c − HbA1c implied by TIR| above this (percentage points) is contradictory. */
  static final double HBA1C_TIR_TOLERANCE = 3;
  /** Default eGFR when the profile gives none (the care policy's baseline), mL/min/1.73 m². */
  public static final double DEFAULT_EGFR = 90;

  private ProfileReader() {}

  public static Profile read(Path file) {
    return parse(UserFiles.readText(file, "profile"), Fields.nameOf(file));
  }

  /** Parses profile text; {@code source} names it in messages. */
  public static Profile parse(String text, String source) {
    Fields f = Fields.parse(text, source);
    JsonNode root = f.root();
    Profile p = null;
    if (f.object(root, "", TOP)) p = read(root, f, source);
    Problem.throwIfAny(f.problems(), "profile");
    return p;
  }

  private static Profile read(JsonNode root, Fields f, String source) {
    for (String k : List.of("ageYears", "sex", "weightKg", "diabetes", "hba1cPercent", "severeEventsPastYear",
        "awareness", "therapy", "cpeptidePmolL")) {
      f.require(root, "", k);
    }
    String name = f.text(root, "", "name", stem(source));
    double age = f.number(root, "", "ageYears", Double.NaN, 0, 130);
    if (age < 18) f.problem("ageYears", "isletsim models adults (the S2008 adult physiology): expected >= 18 (got " + Fields.fmt(age) + ")");
    if (age > 90) f.problem("ageYears", "expected <= 90 for this analysis (got " + Fields.fmt(age) + ")");
    String sex = f.text(root, "", "sex", "female");
    if (!sex.equals("female") && !sex.equals("male")) f.problem("sex", "expected female or male (got '" + sex + "')");
    double weight = f.number(root, "", "weightKg", Double.NaN, 25, 300);
    double height = f.number(root, "", "heightM", Double.NaN, 1.0, 2.5);
    if (!Double.isNaN(height) && !Double.isNaN(weight)) {
      double bmi = weight / (height * height);
      if (bmi < 12 || bmi > 70) f.problem("heightM", String.format(Locale.ROOT,
          "weight %s kg and height %s m give a BMI of %.0f kg/m2, which is not possible", Fields.fmt(weight), Fields.fmt(height), bmi));
    }
    int type = 1;
    double duration = Double.NaN;
    JsonNode d = root.get("diabetes");
    if (d != null && f.object(d, "diabetes", Set.of("type", "durationYears"))) {
      f.require(d, "diabetes", "type");
      f.require(d, "diabetes", "durationYears");
      type = f.integer(d, "diabetes", "type", 1, 1, 2);
      if (type == 2) f.problem("diabetes.type", "type 2 diabetes is not modelled (the physiology is the S2008 type 1 model); expected 1");
      duration = f.number(d, "diabetes", "durationYears", Double.NaN, 0, 100);
      if (duration > age) f.problem("diabetes.durationYears", "diabetes for " + Fields.fmt(duration) + " years is longer than the age (" + Fields.fmt(age) + " years)");
    }
    double hba1c = hba1c(root, f);
    double tir = f.number(root, "", "tirPct", Double.NaN, 0, 100);
    if (!Double.isNaN(tir) && !Double.isNaN(hba1c)) {
      double implied = impliedHba1c(tir);
      if (Math.abs(hba1c - implied) > HBA1C_TIR_TOLERANCE) {
        f.problem("tirPct", String.format(Locale.ROOT, "time in range %s%% and HbA1c %s%% contradict each other (%s%% in range goes with an HbA1c near %.1f%%: 70%% ~ 7%%, 0.5 points per 10%%, Battelino 2019)",
            Fields.fmt(tir), Fields.fmt(hba1c), Fields.fmt(tir), implied));
      }
    }
    int events = f.integer(root, "", "severeEventsPastYear", 0, 0, 365);
    Awareness awareness = awareness(root.get("awareness"), f);
    String th = f.text(root, "", "therapy", "pump");
    Therapy therapy = Therapy.parse(th);
    if (therapy == null) {
      f.problem("therapy", "unknown therapy '" + th + "' (expected " + Therapy.ids() + ")");
      therapy = Therapy.PUMP;
    }
    double tdi = f.number(root, "", "totalDailyInsulinU", Double.NaN, 0, 1000);
    if (tdi >= 0 && weight > 0) {
      double perKg = tdi / weight;
      if (perKg < 0.1 || perKg > 3) f.problem("totalDailyInsulinU", String.format(Locale.ROOT,
          "%s U/day is %.2f U/kg/day for %s kg: expected 0.1-3 U/kg/day for insulin-treated type 1 diabetes", Fields.fmt(tdi), perKg, Fields.fmt(weight)));
    }
    double cpep = f.number(root, "", "cpeptidePmolL", Double.NaN, 0, 5000);
    double egfr = f.number(root, "", "egfrMlMin", DEFAULT_EGFR, 5, 200);
    List<Comorbidity> comorbidities = comorbidities(root.get("comorbidities"), f);
    if (!f.problems().isEmpty()) return null;
    return new Profile(name, source, age, sex.equals("female"), weight, height, type, duration, hba1c, tir, events,
        awareness, therapy, tdi, cpep, egfr, comorbidities, null);
  }

  /** HbA1c implied by time in range: 7% at 70%, 0.5 points per 10 points of TIR (consensus, Battelino 2019; clinical.md §4e). */
  static double impliedHba1c(double tirPct) {
    return 7 + (70 - tirPct) * 0.05;
  }

  private static double hba1c(JsonNode root, Fields f) {
    JsonNode n = root.get("hba1cPercent");
    if (n != null && n.isNumber()) {
      double v = n.doubleValue();
      if (v > HBA1C_MAX && v <= 200) {
        String hint = v >= 20 ? String.format(Locale.ROOT, "; if this is mmol/mol (IFCC), %s mmol/mol = %.1f%%", Fields.fmt(v), 0.09148 * v + 2.152) : "";
        f.problem("hba1cPercent", "HbA1c " + Fields.fmt(v) + "% is impossible: expected " + Fields.fmt(HBA1C_MIN) + "-" + Fields.fmt(HBA1C_MAX) + "% (DCCT/NGSP)" + hint);
        return Double.NaN;
      }
    }
    return f.number(root, "", "hba1cPercent", Double.NaN, HBA1C_MIN, HBA1C_MAX);
  }

  private static Awareness awareness(JsonNode n, Fields f) {
    String p = "awareness";
    if (n == null || !f.object(n, p, Set.of("clarke", "gold"))) return new Awareness("clarke", 0);
    if (n.size() != 1) {
      f.problem(p, "expected exactly one score: {clarke: 0-7} or {gold: 1-7}");
      return new Awareness("clarke", 0);
    }
    if (n.has("clarke")) return new Awareness("clarke", f.integer(n, p, "clarke", 0, 0, 7));
    return new Awareness("gold", f.integer(n, p, "gold", 1, 1, 7));
  }

  private static List<Comorbidity> comorbidities(JsonNode n, Fields f) {
    List<Comorbidity> out = new ArrayList<>();
    if (n == null || n.isNull()) return out;
    if (!n.isArray()) {
      f.problem("comorbidities", "expected a list, e.g. [retinopathy] or [] (known: " + Comorbidity.ids() + ")");
      return out;
    }
    for (int i = 0; i < n.size(); i++) {
      String id = n.get(i).asText();
      Comorbidity c = Comorbidity.parse(id);
      if (c == null) f.problem("comorbidities[" + i + "]", "unknown comorbidity '" + id + "' (expected one of " + Comorbidity.ids() + ")");
      else if (out.contains(c)) f.problem("comorbidities[" + i + "]", "duplicate comorbidity '" + id + "'");
      else out.add(c);
    }
    return out;
  }

  private static String stem(String source) {
    int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf(':'));
    String s = source.substring(slash + 1);
    return s.endsWith(".yaml") ? s.substring(0, s.length() - 5) : s.endsWith(".yml") ? s.substring(0, s.length() - 4) : s;
  }
}
