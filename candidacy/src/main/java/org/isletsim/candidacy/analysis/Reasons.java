package org.isletsim.candidacy.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.isletsim.candidacy.profile.Comorbidity;
import org.isletsim.candidacy.profile.Profile;
import org.isletsim.candidacy.sim.Strategy;

/** The main reasons behind a verdict, in words, most important first. */
final class Reasons {
  private Reasons() {}

  static List<String> of(Profile p, List<String> failed, List<StrategySummary> strategies, Comparison vsCurrent,
      Comparison vsBest, List<TornadoBar> tornado, ConditioningSummary cs, int years) {
    List<String> out = new ArrayList<>();
    StrategySummary cur = find(strategies, Strategy.CURRENT), isl = find(strategies, Strategy.ISLETS);
    out.add(String.format(Locale.ROOT, "Net benefit of stem-cell islets over current care: %+.2f QALY over %d years "
            + "(90%% of twins %+.2f to %+.2f; Monte-Carlo SE %.3f); benefit in %.0f%% of twins -> %s",
        vsCurrent.netBenefitQaly().mean(), years, vsCurrent.netBenefitQaly().p05(), vsCurrent.netBenefitQaly().p95(),
        vsCurrent.netBenefitQaly().mcSe(), 100 * vsCurrent.probabilityOfBenefit(), vsCurrent.verdict().id()));
    // QALY drivers, largest first
    List<Map.Entry<String, Double>> drivers = new ArrayList<>(vsCurrent.componentDeltas().entrySet());
    drivers.sort(Comparator.comparingDouble((Map.Entry<String, Double> e) -> Math.abs(e.getValue())).reversed());
    for (Map.Entry<String, Double> e : drivers) {
      if (Math.abs(e.getValue()) < 0.005) continue;
      out.add(driver(e.getKey(), e.getValue(), cur, isl, p, years));
    }
    out.add(String.format(Locale.ROOT, "Versus best standard care (hybrid closed loop): %+.2f QALY (90%% %+.2f to %+.2f) -> %s",
        vsBest.netBenefitQaly().mean(), vsBest.netBenefitQaly().p05(), vsBest.netBenefitQaly().p95(), vsBest.verdict().id()));
    out.add(failed.isEmpty()
        ? "Meets the eligibility criteria of the zimislecel phase 1/2 trial (FORWARD-101)"
        : "Does not meet the zimislecel phase 1/2 trial's eligibility: fails " + String.join(", ", failed));
    for (Comorbidity c : p.comorbidities()) {
      if (c.infectionFactor() * c.malignancyFactor() * c.deathFactor() * c.procedureFactor() > 1) {
        out.add("Comorbidity " + c.id() + " raises the risks of immunosuppression or of the infusion in the model");
      }
    }
    List<String> flips = new ArrayList<>();
    for (TornadoBar b : tornado) {
      if (!b.flips()) continue;
      String end = b.verdictLow() != vsCurrent.verdict() ? String.format(Locale.ROOT, "%s = %s gives %s", b.input(), num(b.low()), b.verdictLow().id())
          : String.format(Locale.ROOT, "%s = %s gives %s", b.input(), num(b.high()), b.verdictHigh().id());
      flips.add(end);
    }
    if (!tornado.isEmpty()) {
      out.add(flips.isEmpty() ? "No single input of the sensitivity analysis changes the verdict within its range"
          : "The verdict changes with: " + String.join("; ", flips));
    }
    if (cs.effectiveSampleSize() < Math.max(5, 0.2 * cs.twins())) {
      out.add(String.format(Locale.ROOT, "Caution: the twins reproduce this person poorly (effective sample size %.1f of %d)",
          cs.effectiveSampleSize(), cs.twins()));
    }
    return List.copyOf(out);
  }

  private static String driver(String component, double delta, StrategySummary cur, StrategySummary isl, Profile p, int years) {
    return switch (component) {
      case "severe_hypoglycaemia" -> String.format(Locale.ROOT,
          "Severe hypoglycaemia: %.2f expected events/year on current care vs %.2f with islets (%+.2f QALY)",
          cur.severeEventsPerYear().mean(), isl.severeEventsPerYear().mean(), delta);
      case "quality_of_life" -> String.format(Locale.ROOT,
          "Quality of life on treatment (insulin independence %s, graft function, awareness): %+.2f QALY",
          independence(isl), delta);
      case "immunosuppression_adverse_events" -> String.format(Locale.ROOT,
          "Immunosuppression adverse events over %d years: %.2f serious infections, %.2f serious neutropenias, %.3f malignancies expected (%+.2f QALY)",
          years, isl.adverseEvents().seriousInfections(), isl.adverseEvents().neutropenias(), isl.adverseEvents().malignancies(), delta);
      case "procedure" -> String.format(Locale.ROOT, "Infusion complications: %.2f expected (%+.3f QALY)",
          isl.adverseEvents().procedureComplications(), delta);
      case "kidney" -> String.format(Locale.ROOT, "Kidney function: eGFR %.0f -> %.0f mL/min/1.73m2 on immunosuppression (%+.2f QALY)",
          p.egfrMlMin(), isl.egfrEndMlMin().mean(), delta);
      case "mortality" -> String.format(Locale.ROOT, "Risk of death on immunosuppression over %d years: %.1f%% (%+.2f QALY)",
          years, 100 * isl.adverseEvents().deathProbability(), delta);
      default -> component + ": " + String.format(Locale.ROOT, "%+.2f QALY", delta);
    };
  }

  private static String independence(StrategySummary isl) {
    StringBuilder b = new StringBuilder();
    for (StrategySummary.Proportion pr : isl.insulinIndependence()) {
      if (pr.year() == 1 || pr.year() == 3 || pr.year() == 5 || pr.year() == isl.insulinIndependence().size()) {
        if (b.length() > 0) b.append(", ");
        b.append(String.format(Locale.ROOT, "%.0f%% at %d y", 100 * pr.p(), pr.year()));
      }
    }
    return b.toString();
  }

  private static StrategySummary find(List<StrategySummary> s, String id) {
    for (StrategySummary x : s) if (x.id().equals(id)) return x;
    throw new IllegalStateException(id);
  }

  static String num(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.3g", v);
  }
}
