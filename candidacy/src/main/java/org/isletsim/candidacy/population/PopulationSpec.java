package org.isletsim.candidacy.population;

/**
 * A generated population (docs/candidacy.md "Population").
 *
 * @param name label
 * @param seed run seed
 * @param people people generated
 * @param twinsPerPerson virtual twins per person (fewer than for one profile: the population's own spread carries
 *     most of the uncertainty)
 * @param horizonYears horizon, years
 * @param severePhenotypeShare share drawn from the trial generator's {@code severe-hypoglycaemia} phenotype (the
 *     rest from {@code well-managed}: impaired awareness 25%, Gold's event rates; CohortGenerator)
 * @param mdiShare share on multiple daily injections
 * @param pumpShare share on a pump (the rest on a hybrid closed loop)
 * @param egfrMeanMlMin mean eGFR (normal, SD {@code egfrSdMlMin}, truncated to 30–130)
 * @param egfrSdMlMin SD of eGFR
 */
public record PopulationSpec(
    String name, long seed, int people, int twinsPerPerson, int horizonYears, double severePhenotypeShare,
    double mdiShare, double pumpShare, double egfrMeanMlMin, double egfrSdMlMin) {

  public PopulationSpec withSeed(long s) {
    return new PopulationSpec(name, s, people, twinsPerPerson, horizonYears, severePhenotypeShare, mdiShare, pumpShare,
        egfrMeanMlMin, egfrSdMlMin);
  }

  public PopulationSpec withTwinsPerPerson(int n) {
    return new PopulationSpec(name, seed, people, n, horizonYears, severePhenotypeShare, mdiShare, pumpShare,
        egfrMeanMlMin, egfrSdMlMin);
  }

  public PopulationSpec withHorizonYears(int y) {
    return new PopulationSpec(name, seed, people, twinsPerPerson, y, severePhenotypeShare, mdiShare, pumpShare,
        egfrMeanMlMin, egfrSdMlMin);
  }
}
