package org.isletsim.trial.cohort;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.isletsim.trial.protocol.Eligibility;
import org.isletsim.trial.protocol.Population;

/**
 * Eligibility screening: candidates are drawn one by one ({@code <prefix>-c0001}, {@code -c0002}, …) until
 * {@code needed} are eligible; each failed criterion is counted (a candidate may fail several).
 */
public final class Screening {
  /**
   * @param enrolled eligible candidates, in screening order
   * @param screened candidates screened
   * @param failuresByCriterion screening failures per criterion (criteria in {@link Eligibility#CRITERIA} order)
   */
  public record Result(List<VirtualPerson> enrolled, int screened, Map<String, Integer> failuresByCriterion)
      implements java.io.Serializable {
    public int screenFailures() {
      return screened - enrolled.size();
    }
  }

  private Screening() {}

  /** The criteria {@code p} fails (empty when eligible). */
  public static List<String> failedCriteria(VirtualPerson p, Eligibility e) {
    List<String> failed = new ArrayList<>(2);
    if (!e.ageYears().contains(p.ageYears())) failed.add("ageYears");
    if (!e.diabetesTypes().contains(p.diabetesType())) failed.add("diabetesTypes");
    if (!e.diabetesDurationYears().contains(p.diabetesDurationYears())) failed.add("diabetesDurationYears");
    if (!e.cpeptidePmolL().contains(p.cpeptidePmolL())) failed.add("cpeptidePmolL");
    if (!e.awarenessScore().contains(p.awarenessScore())) failed.add("awarenessScore");
    if (!e.severeEventsPriorYear().contains(p.severeEventsPriorYear())) failed.add("severeEventsPriorYear");
    if (!e.hba1cPercent().contains(p.hba1cPercent())) failed.add("hba1cPercent");
    if (!e.bmiKgM2().contains(p.bmiKgM2())) failed.add("bmiKgM2");
    if (!e.weightKg().contains(p.weightKg())) failed.add("weightKg");
    return failed;
  }

  /**
   * Screens reference patients (in order), then generated candidates, until {@code needed} are eligible or
   * {@code population.maxScreened()} candidates have been screened, whichever comes first: in the second case the
   * result holds fewer than {@code needed} enrolled. Whether that is an error is decided in one place, by the trial runner
   * ({@code TrialRunner.screen}, {@code checkScreening}), which names the protocol line, replicate and arm.
   *
   * @param seed run seed
   * @param prefix key prefix, e.g. {@code r1-full-dose}
   */
  public static Result screenUpTo(long seed, String prefix, Population population, int needed) {
    Map<String, Integer> failures = new LinkedHashMap<>();
    for (String c : Eligibility.CRITERIA) failures.put(c, 0);
    List<VirtualPerson> enrolled = new ArrayList<>(needed);
    int screened = 0;
    for (String ref : population.referencePatients()) {
      if (enrolled.size() >= needed) break;
      String key = prefix + "-" + ref;
      screened++;
      consider(CohortGenerator.reference(seed, key, ref, population.phenotype()), population, enrolled, failures);
    }
    int k = 0;
    while (enrolled.size() < needed && screened < population.maxScreened()) {
      String key = String.format(Locale.ROOT, "%s-c%04d", prefix, ++k);
      screened++;
      consider(CohortGenerator.generate(seed, key, population.phenotype()), population, enrolled, failures);
    }
    return new Result(List.copyOf(enrolled), screened, failures);
  }

  /**
   * What a screening that fell short found, e.g. "3 of the 4 participants needed were eligible among 3 screened
   * candidates (screen failures: hba1cPercent 2, bmiKgM2 1)".
   */
  public static String shortfall(Result r, int needed) {
    StringBuilder failed = new StringBuilder();
    r.failuresByCriterion().forEach((criterion, n) -> {
      if (n > 0) failed.append(failed.length() == 0 ? "" : ", ").append(criterion).append(' ').append(n);
    });
    return String.format(Locale.ROOT, "%d of the %d participants needed were eligible among %d screened candidates"
        + " (screen failures: %s)", r.enrolled().size(), needed, r.screened(), failed.length() == 0 ? "none" : failed);
  }

  private static void consider(VirtualPerson p, Population pop, List<VirtualPerson> enrolled, Map<String, Integer> failures) {
    List<String> failed = failedCriteria(p, pop.eligibility());
    if (failed.isEmpty()) enrolled.add(p);
    else for (String c : failed) failures.merge(c, 1, Integer::sum);
  }
}
