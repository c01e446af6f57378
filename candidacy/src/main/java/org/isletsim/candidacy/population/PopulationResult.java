package org.isletsim.candidacy.population;

import java.util.List;
import org.isletsim.candidacy.analysis.Verdict;
import org.isletsim.candidacy.profile.Profile;
import org.isletsim.trial.stats.ProportionCi;

/**
 * The population view: per person the trial eligibility and the candidacy verdict, and the shares.
 *
 * @param spec the population
 * @param people one row per person, in generation order
 * @param eligible share meeting the trial's eligibility (exact 95% CI)
 * @param likelyBenefit share whose verdict vs current care is likely_benefit
 * @param likelyBenefitAmongEligible the same among the eligible
 * @param likelyBenefitAmongIneligible the same among the others
 * @param likelyNetHarm share with likely_net_harm
 */
public record PopulationResult(
    PopulationSpec spec, List<Person> people, Share eligible, Share likelyBenefit, Share likelyBenefitAmongEligible,
    Share likelyBenefitAmongIneligible, Share likelyNetHarm) {

  /**
   * @param profile the generated person's profile
   * @param eligible meets the trial's eligibility
   * @param failedCriteria failed criteria
   * @param verdict islets vs current care
   * @param verdictVsBest islets vs best standard care
   * @param netBenefitQaly mean net benefit vs current care
   * @param probabilityOfBenefit share of the person's twins with benefit
   * @param severeEventsPerYear the person's conditioned severe-event rate on current care
   */
  public record Person(Profile profile, boolean eligible, List<String> failedCriteria, Verdict verdict, Verdict verdictVsBest,
      double netBenefitQaly, double probabilityOfBenefit, double severeEventsPerYear) {}

  /** A share with its exact (Clopper–Pearson) 95% CI. */
  public record Share(int count, int n, double p, double low, double high) {
    static Share of(int count, int n) {
      if (n == 0) return new Share(0, 0, Double.NaN, Double.NaN, Double.NaN);
      ProportionCi ci = ProportionCi.clopperPearson(count, n);
      return new Share(count, n, (double) count / n, ci.low(), ci.high());
    }
  }
}
