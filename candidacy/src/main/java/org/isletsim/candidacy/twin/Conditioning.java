package org.isletsim.candidacy.twin;

import java.util.List;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.isletsim.candidacy.profile.Profile;
import org.isletsim.candidacy.sim.SimulatedCourse;
import org.isletsim.care.policy.CarePolicy;
import org.isletsim.random.RandomStreams;
import org.isletsim.trial.stats.SpecialFunctions;

/**
 * The second conditioning step: importance weights of the twins from their simulated current-care course, and
 * each twin's severe-hypoglycaemia frailty.
 *
 * <ul>
 *   <li>Glycaemia: without a CGM export, the person's HbA1c against the twin's model HbA1c at the end of the
 *       window (normal, SD {@value #HBA1C_SD} %: lab CV ~2%, biological variation and the model's own error) and,
 *       if the profile gives one, TIR against the twin's (SD {@value #TIR_SD} points). With a CGM export: the
 *       export's mean glucose (SD {@value #MEAN_SD} mg/dL) and TIR replace them.
 *   <li>Severe events: the person's true rate is the twin's simulated rate r (expected events per year from the
 *       care module's LBGI link with the awareness multiplier) times a frailty f with the population generator's
 *       gamma prior (shape {@value #FRAILTY_SHAPE}, mean 1; CohortGenerator, after Pedersen-Bjergaard 2004). The
 *       past year's count y is Poisson(f·r), so the twin's weight has the negative-binomial marginal likelihood of y
 *       and its frailty is drawn from the conjugate posterior Gamma(shape + y, rate shape + r).
 *   <li>The behaviour draw's prior/proposal ratio ({@link BehaviourProposal}).
 * </ul>
 *
 * Weights are self-normalised; the effective sample size (Σw)²/Σw² says how many independent twins they are worth.
 *
 * @param weights normalised importance weights (sum 1)
 * @param frailty each twin's frailty draw
 * @param simulatedRatePerYear each twin's simulated severe-event rate on current care (before frailty)
 * @param simulatedHba1cPct each twin's model HbA1c at the end of the current-care window
 * @param simulatedTirPct each twin's mean TIR on current care
 * @param simulatedMeanMgDl each twin's mean glucose on current care
 * @param effectiveSampleSize Kish effective sample size of the weights
 */
public record Conditioning(
    double[] weights, double[] frailty, double[] simulatedRatePerYear, double[] simulatedHba1cPct,
    double[] simulatedTirPct, double[] simulatedMeanMgDl, double effectiveSampleSize) {
  public static final double HBA1C_SD = 0.5, TIR_SD = 8, MEAN_SD = 15, FRAILTY_SHAPE = 0.6;
  /** Simulated rates below this (events/year) are not resolved by a half-year window. */
  public static final double MIN_RATE_PER_YEAR = 0.02;

  public static Conditioning of(Profile p, List<Twin> twins, List<SimulatedCourse> current, CarePolicy policy, long seed) {
    int n = twins.size();
    double[] logW = new double[n], frailty = new double[n], rate = new double[n], hb = new double[n],
        tir = new double[n], mean = new double[n];
    double max = Double.NEGATIVE_INFINITY;
    int y = p.severeEventsPastYear();
    for (int i = 0; i < n; i++) {
      SimulatedCourse c = current.get(i);
      int w = c.days();
      hb[i] = c.hba1cPct()[w - 1];
      tir[i] = SimulatedCourse.mean(c.tirPct(), 0, w);
      mean[i] = SimulatedCourse.mean(c.meanGlucoseMgDl(), 0, w);
      rate[i] = Math.max(MIN_RATE_PER_YEAR, ratePerYear(c, policy));
      double ll = twins.get(i).logProposalRatio();
      if (p.cgm() != null) {
        ll += normal(p.cgm().meanMgDl(), mean[i], MEAN_SD) + normal(p.cgm().tirPct(), tir[i], TIR_SD);
      } else {
        ll += normal(p.hba1cPercent(), hb[i], HBA1C_SD);
        if (!Double.isNaN(p.tirPct())) ll += normal(p.tirPct(), tir[i], TIR_SD);
      }
      ll += negativeBinomial(y, FRAILTY_SHAPE, rate[i]);
      logW[i] = ll;
      max = Math.max(max, ll);
      double shape = FRAILTY_SHAPE + y, scale = 1 / (FRAILTY_SHAPE + rate[i]);
      frailty[i] = AhrensDieterMarsagliaTsangGammaSampler.of(
          RandomStreams.stream(seed, twins.get(i).id(), "frailty"), shape, scale).sample();
    }
    double[] weights = new double[n];
    double sum = 0, sum2 = 0;
    for (int i = 0; i < n; i++) sum += weights[i] = Math.exp(logW[i] - max);
    for (int i = 0; i < n; i++) {
      weights[i] /= sum;
      sum2 += weights[i] * weights[i];
    }
    return new Conditioning(weights, frailty, rate, hb, tir, mean, 1 / sum2);
  }

  /** Expected severe events per year of a course (awareness multiplier of each day, no frailty). */
  public static double ratePerYear(SimulatedCourse c, CarePolicy policy) {
    double s = 0;
    for (int d = 0; d < c.days(); d++) s += c.severeHazardBase()[d] * multiplier(c.impaired()[d], policy);
    return s * 365.25 / c.days();
  }

  /** The care policy's awareness multiplier of the severe-event link. */
  public static double multiplier(boolean impaired, CarePolicy policy) {
    return impaired ? policy.hypoglycaemia().rateMultiplierImpaired() : policy.hypoglycaemia().rateMultiplierAware();
  }

  static double normal(double observed, double simulated, double sd) {
    double z = (observed - simulated) / sd;
    return -0.5 * z * z;
  }

  /** log P(y) for a gamma(shape, mean 1)–Poisson(mean) mixture: the negative binomial with mean {@code mean}. */
  static double negativeBinomial(int y, double shape, double mean) {
    return SpecialFunctions.logGamma(shape + y) - SpecialFunctions.logGamma(shape) - SpecialFunctions.logFactorial(y)
        + shape * Math.log(shape / (shape + mean)) + y * Math.log(mean / (shape + mean));
  }
}
