package org.isletsim.trial.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Kaplan–Meier product-limit estimate (Kaplan EL, Meier P, JASA 1958;53:457-481) with Greenwood's variance
 * (Greenwood M, 1926): Var[S(t)] = S(t)² Σ d/(n(n−d)) over event times ≤ t. Events at a time are counted
 * before censorings at the same time (the usual convention, as in R's {@code survfit}).
 *
 * <p>Confidence intervals ({@link CiType}): {@code LOG} — exp(log S ± z·σ) with σ² = Σ d/(n(n−d)), capped at 1 —
 * is R survival's default ({@code conf.type = "log"}); {@code LOG_LOG} — S^exp(±z·σ/log S) — stays inside (0, 1)
 * and is Stata's and SAS's default; {@code PLAIN} — S ± z·S·σ, clipped to [0, 1]. The trial outputs use
 * {@code LOG} so that numbers match R.
 */
public final class KaplanMeier {
  /** Confidence-interval transformation. */
  public enum CiType { PLAIN, LOG, LOG_LOG }

  /**
   * One distinct event time.
   *
   * @param time event time
   * @param atRisk number at risk just before {@code time}
   * @param events events at {@code time}
   * @param censored censorings at {@code time}
   * @param survival S(time)
   * @param stdErr Greenwood standard error of S(time)
   * @param low lower confidence limit
   * @param high upper confidence limit
   */
  public record Step(double time, int atRisk, int events, int censored, double survival, double stdErr, double low, double high) {}

  private final List<Step> steps;
  private final double[] times;
  private final boolean[] event;

  private KaplanMeier(List<Step> steps, double[] times, boolean[] event) {
    this.steps = List.copyOf(steps);
    this.times = times;
    this.event = event;
  }

  /**
   * Fits the curve.
   *
   * @param times follow-up times (event or censoring), ≥ 0
   * @param event true for an event, false for censoring
   * @param level confidence level, e.g. 0.95
   */
  public static KaplanMeier fit(double[] times, boolean[] event, CiType ci, double level) {
    if (times.length != event.length) throw new IllegalArgumentException("times and event differ in length");
    ProportionCi.checkLevel(level);
    double z = SpecialFunctions.normalQuantile(1 - (1 - level) / 2);
    Integer[] order = new Integer[times.length];
    for (int i = 0; i < order.length; i++) {
      if (!(times[i] >= 0)) throw new IllegalArgumentException("times must be >= 0 (got " + times[i] + ")");
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(times[a], times[b]));
    List<Step> steps = new ArrayList<>();
    int atRisk = times.length;
    double s = 1, sumVar = 0;
    int i = 0;
    while (i < order.length) {
      double t = times[order[i]];
      int d = 0, c = 0;
      while (i < order.length && times[order[i]] == t) {
        if (event[order[i]]) d++; else c++;
        i++;
      }
      if (d > 0) {
        s *= 1 - (double) d / atRisk;
        sumVar += atRisk == d ? Double.POSITIVE_INFINITY : (double) d / ((double) atRisk * (atRisk - d));
        double se = s * Math.sqrt(sumVar);
        double[] lim = limits(s, sumVar, z, ci);
        steps.add(new Step(t, atRisk, d, c, s, s == 0 ? 0 : se, lim[0], lim[1]));
      }
      atRisk -= d + c;
    }
    return new KaplanMeier(steps, times.clone(), event.clone());
  }

  private static double[] limits(double s, double sumVar, double z, CiType ci) {
    if (s == 0 || !Double.isFinite(sumVar)) return new double[] {Double.NaN, Double.NaN};
    double sigma = Math.sqrt(sumVar);
    return switch (ci) {
      case PLAIN -> new double[] {Math.max(0, s - z * s * sigma), Math.min(1, s + z * s * sigma)};
      case LOG -> new double[] {s * Math.exp(-z * sigma), Math.min(1, s * Math.exp(z * sigma))};
      case LOG_LOG -> {
        if (s == 1) yield new double[] {1, 1};
        double w = z * sigma / Math.log(s);
        yield new double[] {Math.pow(s, Math.exp(-w)), Math.pow(s, Math.exp(w))};
      }
    };
  }

  /** The steps, one per distinct event time, in time order. */
  public List<Step> steps() {
    return steps;
  }

  /** S(t): the estimate just after time t (right-continuous); 1 before the first event. */
  public double survivalAt(double t) {
    double s = 1;
    for (Step st : steps) {
      if (st.time() <= t) s = st.survival(); else break;
    }
    return s;
  }

  /** The step in force at time t, or null before the first event. */
  public Step stepAt(double t) {
    Step last = null;
    for (Step st : steps) {
      if (st.time() <= t) last = st; else break;
    }
    return last;
  }

  /** Number at risk at time t (follow-up time ≥ t). */
  public int atRisk(double t) {
    int n = 0;
    for (double x : times) if (x >= t) n++;
    return n;
  }

  /** Median survival: the first time S ≤ 0.5 (R's definition for a step down through ½), NaN if never. */
  public double medianTime() {
    for (Step st : steps) if (st.survival() <= 0.5 + 1e-12) return st.time();
    return Double.NaN;
  }

}
