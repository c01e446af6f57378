package org.isletsim.trial.endpoint;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.isletsim.trial.cohort.Screening;
import org.isletsim.trial.sim.AdverseEvent;
import org.isletsim.trial.stats.FisherExactTest;
import org.isletsim.trial.stats.KaplanMeier;
import org.isletsim.trial.stats.LocationCi;
import org.isletsim.trial.stats.LogRankTest;
import org.isletsim.trial.stats.ProportionCi;

/**
 * Arm-level estimates of one replicate trial: screening, binary endpoints (exact Clopper–Pearson 95% CI),
 * continuous endpoints (mean with Student-t 95% CI, and {@code <name>_median} with the distribution-free
 * order-statistic 95% CI, NaN limits for n ≤ 5), Kaplan–Meier graft survival and duration of insulin
 * independence at each visit (Greenwood variance, log-transformed CI as R's default), adverse events by
 * category, and between-arm tests (Fisher exact for binary endpoints, log-rank for graft survival).
 */
public final class ArmEndpoints {
  private ArmEndpoints() {}

  public static List<EndpointRow> rows(int replicate, String arm, Screening.Result screening, List<ParticipantOutcome> outs, List<Integer> visits) {
    List<EndpointRow> rows = new ArrayList<>();
    int screened = screening.screened();
    ProportionCi sf = ProportionCi.clopperPearson(screening.screenFailures(), screened);
    rows.add(new EndpointRow(replicate, arm, "screen_failures", screened, screening.screenFailures(), sf.estimate(), sf.low(), sf.high()));
    for (Map.Entry<String, Integer> e : screening.failuresByCriterion().entrySet()) {
      ProportionCi p = ProportionCi.clopperPearson(e.getValue(), screened);
      rows.add(new EndpointRow(replicate, arm, "screen_fail_" + e.getKey(), screened, e.getValue(), p.estimate(), p.low(), p.high()));
    }
    if (outs.isEmpty()) return rows;
    for (String name : names(outs, ParticipantOutcome::binary)) {
      // n counts the participants in whom the endpoint was observed (docs/trial.md: missing after death)
      int n = (int) outs.stream().filter(o -> o.has(name)).count();
      int count = (int) outs.stream().filter(o -> o.met(name)).count();
      ProportionCi p = ProportionCi.clopperPearson(count, n);
      rows.add(new EndpointRow(replicate, arm, name, n, count, p.estimate(), p.low(), p.high()));
    }
    for (String name : names(outs, ParticipantOutcome::continuous)) {
      double[] v = outs.stream().mapToDouble(o -> o.value(name)).toArray();
      LocationCi m = LocationCi.mean(v, 0.95);
      rows.add(new EndpointRow(replicate, arm, name, m.n(), -1, m.estimate(), m.low(), m.high()));
      LocationCi md = LocationCi.median(v, 0.95);
      rows.add(new EndpointRow(replicate, arm, name + "_median", md.n(), -1, md.estimate(), md.low(), md.high()));
    }
    KaplanMeier graft = graftKm(outs);
    KaplanMeier ii = insulinIndependenceKm(outs);
    for (int day : visits) {
      if (day < 90) continue;
      rows.add(kmRow(replicate, arm, "graft_survival_km_d" + day, graft, day));
      if (ii != null) rows.add(kmRow(replicate, arm, "insulin_independence_km_d" + day, ii, day));
    }
    Set<String> categories = new TreeSet<>(AdverseEvent.CATEGORIES); // every category, count 0 included
    for (ParticipantOutcome o : outs) for (AdverseEvent e : o.course().events()) categories.add(e.category());
    for (String cat : categories) {
      int count = (int) outs.stream().filter(o -> o.course().events().stream().anyMatch(e -> e.category().equals(cat))).count();
      ProportionCi p = ProportionCi.clopperPearson(count, outs.size());
      rows.add(new EndpointRow(replicate, arm, "ae_" + cat.replace('-', '_'), outs.size(), count, p.estimate(), p.low(), p.high()));
    }
    return rows;
  }

  /** Fisher exact tests of the binary endpoints and the log-rank test of graft survival, arm A vs arm B. */
  public static List<EndpointRow> compare(int replicate, String a, List<ParticipantOutcome> outA, String b, List<ParticipantOutcome> outB) {
    List<EndpointRow> rows = new ArrayList<>();
    if (outA.isEmpty() || outB.isEmpty()) return rows;
    String label = a + "_vs_" + b;
    Set<String> inB = names(outB, ParticipantOutcome::binary);
    for (String name : names(outA, ParticipantOutcome::binary)) {
      if (!inB.contains(name)) continue;
      int na = (int) outA.stream().filter(o -> o.has(name)).count(), nb = (int) outB.stream().filter(o -> o.has(name)).count();
      int ca = (int) outA.stream().filter(o -> o.met(name)).count();
      int cb = (int) outB.stream().filter(o -> o.met(name)).count();
      double p = FisherExactTest.of(ca, na - ca, cb, nb - cb).pTwoSided();
      rows.add(new EndpointRow(replicate, label, "fisher_p_" + name, na + nb, -1, p, Double.NaN, Double.NaN));
    }
    LogRankTest lr = LogRankTest.of(times(outA), failed(outA), times(outB), failed(outB));
    rows.add(new EndpointRow(replicate, label, "logrank_p_graft_survival", outA.size() + outB.size(), -1, lr.pValue(), Double.NaN, Double.NaN));
    return rows;
  }

  /**
   * Every endpoint name that any participant has in {@code endpoints} (its binary or continuous map), in the fixed
   * order of {@link ParticipantOutcome#rank}: a participant who died before a visit lacks that visit's continuous
   * endpoints and counts as missing, not as a reason to drop the row.
   */
  static Set<String> names(List<ParticipantOutcome> outs, Function<ParticipantOutcome, Map<String, ?>> endpoints) {
    Set<String> names = new LinkedHashSet<>();
    for (ParticipantOutcome o : outs) names.addAll(endpoints.apply(o).keySet());
    // a fixed order, whoever has a name first (a participant who died early lacks the later visits' values)
    List<String> sorted = new ArrayList<>(names);
    sorted.sort(java.util.Comparator.comparingLong(ParticipantOutcome::rank)); // stable: unranked keep first-seen order
    return new LinkedHashSet<>(sorted);
  }

  private static EndpointRow kmRow(int replicate, String arm, String name, KaplanMeier km, int day) {
    KaplanMeier.Step s = km.stepAt(day);
    // before the first event S = 1 with Greenwood variance 0: the interval is [1, 1], as R's survfit reports it
    double est = s == null ? 1 : s.survival();
    double lo = s == null ? 1 : s.low(), hi = s == null ? 1 : s.high();
    return new EndpointRow(replicate, arm, name, km.atRisk(day), -1, est, lo, hi);
  }

  /** Graft survival of one arm (Kaplan–Meier, log CI), as in the endpoint rows. */
  public static KaplanMeier graftKm(List<ParticipantOutcome> outs) {
    return KaplanMeier.fit(times(outs), failed(outs), KaplanMeier.CiType.LOG, 0.95);
  }

  /** Duration of insulin independence of those who achieved it, or null if nobody did. */
  public static KaplanMeier insulinIndependenceKm(List<ParticipantOutcome> outs) {
    List<ParticipantOutcome> ever = outs.stream().filter(o -> o.insulinIndependenceDays() >= 0).toList();
    if (ever.isEmpty()) return null;
    double[] t = ever.stream().mapToDouble(ParticipantOutcome::insulinIndependenceDays).toArray();
    boolean[] e = new boolean[ever.size()];
    for (int i = 0; i < e.length; i++) e[i] = ever.get(i).insulinIndependenceLost();
    return KaplanMeier.fit(t, e, KaplanMeier.CiType.LOG, 0.95);
  }

  private static double[] times(List<ParticipantOutcome> outs) {
    return outs.stream().mapToDouble(ParticipantOutcome::graftFailureDay).toArray();
  }

  private static boolean[] failed(List<ParticipantOutcome> outs) {
    boolean[] f = new boolean[outs.size()];
    for (int i = 0; i < f.length; i++) f[i] = outs.get(i).graftFailed();
    return f;
  }
}
