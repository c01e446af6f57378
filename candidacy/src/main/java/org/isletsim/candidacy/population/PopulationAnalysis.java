package org.isletsim.candidacy.population;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import org.apache.commons.rng.UniformRandomProvider;
import org.isletsim.candidacy.analysis.CandidacyAnalysis;
import org.isletsim.candidacy.analysis.CandidacyOptions;
import org.isletsim.candidacy.analysis.CandidacyResult;
import org.isletsim.candidacy.analysis.Comparison;
import org.isletsim.candidacy.analysis.Verdict;
import org.isletsim.candidacy.outcome.ModelInputs;
import org.isletsim.candidacy.profile.Awareness;
import org.isletsim.candidacy.profile.Profile;
import org.isletsim.candidacy.profile.Therapy;
import org.isletsim.care.regimen.TherapyDerivation;
import org.isletsim.random.RandomStreams;
import org.isletsim.trial.cohort.CohortGenerator;
import org.isletsim.trial.cohort.VirtualPerson;
import org.isletsim.trial.protocol.Population;

/**
 * The same analysis over a generated population: each person is drawn by the trial module's population generator
 * (realistic joint distributions of age, duration, awareness, severe events, HbA1c and C-peptide;
 * docs/trial.md "Virtual cohorts"), given a therapy and an eGFR, turned into a profile and analysed with
 * {@code twinsPerPerson} twins (no sensitivity analysis). Reports the share meeting the trial's eligibility and the
 * share likely to benefit, with exact CIs.
 */
public final class PopulationAnalysis {
  private PopulationAnalysis() {}

  public static PopulationResult run(PopulationSpec spec, int threads, List<String> extras, ModelInputs inputs,
      IntConsumer progress) {
    List<PopulationResult.Person> rows = new ArrayList<>(spec.people());
    for (int k = 1; k <= spec.people(); k++) {
      Profile p = profile(spec, k);
      // each person's twins get their own streams (the twins' keys do not name the person): independent Monte-Carlo
      // errors across people, as the shares' exact intervals assume
      long personSeed = RandomStreams.stream(spec.seed(), p.name(), "person-twins").nextLong();
      CandidacyOptions o = new CandidacyOptions(personSeed, spec.twinsPerPerson(), spec.horizonYears(), threads, extras,
          inputs, false);
      CandidacyResult r = CandidacyAnalysis.run(p, o, done -> { });
      Comparison c = r.comparison("islets", "current");
      rows.add(new PopulationResult.Person(p, r.eligibleForTrial(), r.failedCriteria(), r.verdict(),
          r.verdictVsBestStandardCare(), c.netBenefitQaly().mean(), c.probabilityOfBenefit(),
          r.conditioning().severeRatePerYear().mean()));
      progress.accept(k);
    }
    int n = rows.size(), eligible = 0, benefit = 0, harm = 0, benefitElig = 0;
    for (PopulationResult.Person x : rows) {
      if (x.eligible()) eligible++;
      if (x.verdict() == Verdict.LIKELY_BENEFIT) {
        benefit++;
        if (x.eligible()) benefitElig++;
      }
      if (x.verdict() == Verdict.LIKELY_NET_HARM) harm++;
    }
    return new PopulationResult(spec, List.copyOf(rows), PopulationResult.Share.of(eligible, n),
        PopulationResult.Share.of(benefit, n), PopulationResult.Share.of(benefitElig, eligible),
        PopulationResult.Share.of(benefit - benefitElig, n - eligible), PopulationResult.Share.of(harm, n));
  }

  /** Person {@code k} of the population as a profile (depends only on the seed and k). */
  static Profile profile(PopulationSpec spec, int k) {
    String key = String.format(Locale.ROOT, "person-%05d", k);
    UniformRandomProvider rng = RandomStreams.stream(spec.seed(), key, "population");
    Population.Phenotype ph = rng.nextDouble() < spec.severePhenotypeShare()
        ? Population.Phenotype.SEVERE_HYPOGLYCAEMIA : Population.Phenotype.WELL_MANAGED;
    VirtualPerson v = CohortGenerator.generate(spec.seed(), key, ph);
    double u = rng.nextDouble();
    Therapy therapy = u < spec.mdiShare() ? Therapy.MDI : u < spec.mdiShare() + spec.pumpShare() ? Therapy.PUMP : Therapy.HCL;
    var z = RandomStreams.standardNormal(rng);
    // the clinic's record of the dose: the person's steady-state need with a 15% day-to-day/record error [ours]
    double tdi = TherapyDerivation.derive(v.physiology()).totalDailyInsulinU() * Math.exp(0.15 * z.sample());
    double egfr = Math.max(30, Math.min(130, spec.egfrMeanMlMin() + spec.egfrSdMlMin() * z.sample()));
    return new Profile(key, spec.name(), Math.round(v.ageYears() * 10) / 10.0, v.female(), Math.round(v.weightKg() * 10) / 10.0,
        v.heightM(), 1, Math.round(v.diabetesDurationYears() * 10) / 10.0, Math.round(v.hba1cPercent() * 10) / 10.0,
        Double.NaN, v.severeEventsPriorYear(), new Awareness("clarke", v.awarenessScore()), therapy,
        Math.round(tdi), Math.round(v.cpeptidePmolL()), Math.round(egfr), List.of(), null);
  }
}
