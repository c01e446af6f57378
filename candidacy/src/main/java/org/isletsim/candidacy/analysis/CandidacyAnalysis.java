package org.isletsim.candidacy.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.ToDoubleFunction;
import org.isletsim.candidacy.analysis.StrategySummary.AdverseEvents;
import org.isletsim.candidacy.analysis.StrategySummary.Proportion;
import org.isletsim.candidacy.analysis.Weighted.Estimate;
import org.isletsim.candidacy.outcome.ModelInputs;
import org.isletsim.candidacy.outcome.OutcomeModel;
import org.isletsim.candidacy.outcome.Trajectory;
import org.isletsim.candidacy.outcome.TwinOutcome;
import org.isletsim.candidacy.profile.Profile;
import org.isletsim.candidacy.sim.PhysiologyRunner;
import org.isletsim.candidacy.sim.SimulatedCourse;
import org.isletsim.candidacy.sim.Strategies;
import org.isletsim.candidacy.sim.Strategy;
import org.isletsim.candidacy.twin.Conditioning;
import org.isletsim.candidacy.twin.Twin;
import org.isletsim.candidacy.twin.TwinSampler;
import org.isletsim.care.policy.CarePolicy;
import org.isletsim.care.policy.CarePolicyLoader;
import org.isletsim.trial.cohort.Screening;
import org.isletsim.trial.protocol.Eligibility;
import org.isletsim.trial.protocol.ProtocolReader;

/**
 * The analysis of one profile: twins, physiology (once), outcomes for the base inputs, net benefit and verdict,
 * then the one-way sensitivity analysis on the cached physiology (docs/candidacy.md "Method").
 */
public final class CandidacyAnalysis {
  /** The trial whose eligibility is reported (and whose full-dose arm is the islet strategy). */
  public static final String TRIAL_PRESET = "zimislecel-phase12";

  private static final int[] ISLETS_VS_CURRENT = {0, 2};

  private CandidacyAnalysis() {}

  /** The trial's eligibility criteria. */
  public static Eligibility trialEligibility() {
    return ProtocolReader.preset(TRIAL_PRESET).population().eligibility();
  }

  /**
   * Runs the analysis.
   *
   * @param progress called with (courses done) while the physiology runs; {@link #courses} gives the total
   */
  public static CandidacyResult run(Profile profile, CandidacyOptions o, IntConsumer progress) {
    CarePolicy policy = CarePolicyLoader.defaults();
    ModelInputs inputs = o.inputs() != null ? o.inputs() : ModelInputs.defaults(policy);
    long t0 = System.nanoTime();
    List<Strategy> strategies = Strategies.forTherapy(profile.therapy(), o.extraStrategies());
    List<Twin> twins = TwinSampler.sample(profile, o.twins(), o.seed());
    long t1 = System.nanoTime();
    List<List<SimulatedCourse>> courses =
        new PhysiologyRunner(profile, policy, o.seed()).run(twins, strategies, o.threads(), progress);
    long t2 = System.nanoTime();
    List<SimulatedCourse> current = courses.stream().map(r -> r.get(0)).toList();
    Conditioning cond = Conditioning.of(profile, twins, current, policy, o.seed());
    OutcomeModel model = new OutcomeModel(profile, twins, strategies, courses, cond, policy, o.horizonYears(), o.seed());
    double[] w = cond.weights();
    List<List<TwinOutcome>> base = model.evaluate(inputs);
    List<StrategySummary> summaries = new ArrayList<>();
    for (int s = 0; s < strategies.size(); s++) summaries.add(summarise(strategies.get(s), column(base, s), w, o.horizonYears()));
    List<Comparison> comparisons = new ArrayList<>();
    for (int s = 2; s < strategies.size(); s++) {
      comparisons.add(compare(strategies, base, s, 0, w, inputs));
      comparisons.add(compare(strategies, base, s, 1, w, inputs));
    }
    long t3 = System.nanoTime();
    List<TornadoBar> tornado = o.sensitivity() ? sensitivity(model, strategies, w, inputs, comparisons.get(0).verdict()) : List.of();
    long t4 = System.nanoTime();
    List<String> failed = Screening.failedCriteria(profile.asScreenedPerson(), trialEligibility());
    ConditioningSummary cs = conditioningSummary(profile, cond, w);
    Comparison vsCurrent = comparisons.get(0), vsBest = comparisons.get(1);
    List<String> reasons = Reasons.of(profile, failed, summaries, vsCurrent, vsBest, tornado, cs, o.horizonYears());
    return new CandidacyResult(profile, o, failed.isEmpty(), failed, cs, summaries, comparisons, vsCurrent.verdict(),
        vsBest.verdict(), reasons, tornado, inputs,
        new CandidacyResult.Timing((t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9));
  }

  /** Physiology courses a run simulates (progress total). */
  public static int courses(Profile profile, CandidacyOptions o) {
    return PhysiologyRunner.courses(o.twins(), Strategies.forTherapy(profile.therapy(), o.extraStrategies()));
  }

  private static List<TwinOutcome> column(List<List<TwinOutcome>> outs, int s) {
    return outs.stream().map(r -> r.get(s)).toList();
  }

  private static double[] values(List<TwinOutcome> xs, ToDoubleFunction<TwinOutcome> f) {
    return xs.stream().mapToDouble(f).toArray();
  }

  static StrategySummary summarise(Strategy strategy, List<TwinOutcome> xs, double[] w, int years) {
    Map<String, Double> comps = new LinkedHashMap<>();
    for (int k = 0; k < TwinOutcome.COMPONENTS.size(); k++) {
      int kk = k;
      comps.put(TwinOutcome.COMPONENTS.get(k), Weighted.mean(values(xs, x -> x.components()[kk]), w));
    }
    List<Estimate> byYear = new ArrayList<>();
    for (int y = 0; y < years; y++) {
      int yy = y;
      byYear.add(Weighted.estimate(values(xs, x -> x.severeEventsPerYear()[yy]), w));
    }
    double[] times = Trajectory.times(years);
    List<Estimate> hb = new ArrayList<>(), tir = new ArrayList<>();
    for (int t = 0; t < times.length; t++) {
      int tt = t;
      hb.add(Weighted.estimate(values(xs, x -> x.trajectoryHba1cPct()[tt]), w));
      tir.add(Weighted.estimate(values(xs, x -> x.trajectoryTirPct()[tt]), w));
    }
    List<Proportion> indep = new ArrayList<>();
    if (strategy.graft()) {
      for (int y = 0; y < years; y++) {
        int yy = y;
        double[] v = values(xs, x -> x.insulinFreeAtYearEnd()[yy] ? 1 : 0);
        indep.add(Proportion.of(y + 1, Weighted.mean(v, w), Weighted.monteCarloSe(v, w)));
      }
    }
    AdverseEvents ae = new AdverseEvents(
        Weighted.mean(values(xs, TwinOutcome::seriousInfections), w),
        Weighted.mean(values(xs, x -> -Math.expm1(-x.seriousInfections())), w),
        Weighted.mean(values(xs, TwinOutcome::neutropenias), w),
        Weighted.mean(values(xs, x -> -Math.expm1(-x.neutropenias())), w),
        Weighted.mean(values(xs, TwinOutcome::malignancies), w),
        Weighted.mean(values(xs, x -> -Math.expm1(-x.malignancies())), w),
        Weighted.mean(values(xs, TwinOutcome::procedureComplications), w),
        Weighted.mean(values(xs, TwinOutcome::deathProbability), w),
        Weighted.mean(values(xs, TwinOutcome::immunosuppressionYears), w),
        Weighted.mean(values(xs, x -> x.egfrEndMlMin() < 60 ? 1 : 0), w),
        Weighted.mean(values(xs, x -> x.egfrEndMlMin() < 30 ? 1 : 0), w));
    double[] total = values(xs, x -> x.severeEventsTotal() / years);
    return new StrategySummary(strategy.id(), strategy.label(), strategy.source(),
        Weighted.estimate(values(xs, TwinOutcome::qaly), w), comps, Weighted.estimate(total, w), byYear, times, hb, tir,
        indep, ae, Weighted.estimate(values(xs, TwinOutcome::egfrEndMlMin), w),
        strategy.graft() ? Weighted.estimate(values(xs, TwinOutcome::graftBetaEnd), w) : null);
  }

  static Comparison compare(List<Strategy> strategies, List<List<TwinOutcome>> outs, int t, int c, double[] w,
      ModelInputs in) {
    int n = outs.size();
    double[] delta = new double[n], avoided = new double[n];
    for (int i = 0; i < n; i++) {
      delta[i] = outs.get(i).get(t).qaly() - outs.get(i).get(c).qaly();
      avoided[i] = outs.get(i).get(c).severeEventsTotal() - outs.get(i).get(t).severeEventsTotal();
    }
    Map<String, Double> comps = new LinkedHashMap<>();
    for (int k = 0; k < TwinOutcome.COMPONENTS.size(); k++) {
      double[] d = new double[n];
      for (int i = 0; i < n; i++) d[i] = outs.get(i).get(t).components()[k] - outs.get(i).get(c).components()[k];
      comps.put(TwinOutcome.COMPONENTS.get(k), Weighted.mean(d, w));
    }
    Estimate e = Weighted.estimate(delta, w);
    double pb = Weighted.shareAbove(delta, 0, w), ph = Weighted.shareAbove(negate(delta), 0, w);
    Verdict v = Verdict.of(e.mean(), e.mcSe(), pb, ph, in.get("minimumImportantDifferenceQaly"),
        in.get("benefitProbabilityThreshold"));
    return new Comparison(strategies.get(t).id(), strategies.get(c).id(), e, pb, ph, comps, Weighted.mean(avoided, w), v);
  }

  private static double[] negate(double[] x) {
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) y[i] = -x[i];
    return y;
  }

  /** One-way sensitivity analysis of islets vs current care on the cached physiology. */
  static List<TornadoBar> sensitivity(OutcomeModel model, List<Strategy> strategies, double[] w, ModelInputs base,
      Verdict baseVerdict) {
    List<TornadoBar> bars = new ArrayList<>();
    for (ModelInputs.Input in : ModelInputs.INPUTS) {
      if (!in.varied()) continue;
      Comparison lo = compare(strategies, model.evaluate(base.with(in.name(), in.low()), ISLETS_VS_CURRENT), 2, 0, w, base);
      Comparison hi = compare(strategies, model.evaluate(base.with(in.name(), in.high()), ISLETS_VS_CURRENT), 2, 0, w, base);
      bars.add(new TornadoBar(in.name(), in.label(), base.get(in.name()), in.low(), in.high(), lo.netBenefitQaly().mean(),
          hi.netBenefitQaly().mean(), lo.verdict(), hi.verdict(), lo.verdict() != baseVerdict || hi.verdict() != baseVerdict));
    }
    bars.sort(Comparator.comparingDouble(TornadoBar::swing).reversed());
    return List.copyOf(bars);
  }

  private static ConditioningSummary conditioningSummary(Profile p, Conditioning c, double[] w) {
    double[] rate = new double[w.length];
    for (int i = 0; i < w.length; i++) rate[i] = c.simulatedRatePerYear()[i] * c.frailty()[i];
    boolean cgm = p.cgm() != null;
    return new ConditioningSummary(w.length, c.effectiveSampleSize(), cgm ? p.cgm().gmiPct() : p.hba1cPercent(),
        Weighted.estimate(c.simulatedHba1cPct(), w), cgm ? p.cgm().tirPct() : p.tirPct(),
        Weighted.estimate(c.simulatedTirPct(), w), p.severeEventsPastYear(), Weighted.estimate(rate, w),
        cgm ? p.cgm().source() : "profile");
  }
}
