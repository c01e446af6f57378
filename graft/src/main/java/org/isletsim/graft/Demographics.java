package org.isletsim.graft;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.isletsim.random.RandomStreams;

/**
 * Age, sex and height of a virtual subject (the S2008 parameter sets carry only body weight); they set the
 * Van Cauter C-peptide kinetics.
 *
 * @param ageYears age, years
 * @param female sex
 * @param heightM height, m
 */
public record Demographics(double ageYears, boolean female, double heightM) {
  public Demographics {
    if (!(ageYears > 0 && ageYears < 120)) throw new IllegalArgumentException("ageYears must be in (0, 120)");
    if (!(heightM > 0.5 && heightM <= 2.5)) throw new IllegalArgumentException("heightM must be in (0.5, 2.5]");
  }

  /**
   * Adult demographics drawn from {@code RandomStreams.stream(seed, subjectId, "demographics")}: age uniform
   * on [25, 60) years, half women, height normal (men 1.76 ± 0.07 m, women 1.63 ± 0.065 m) [prior].
   */
  public static Demographics sample(long seed, String subjectId) {
    UniformRandomProvider rng = RandomStreams.stream(seed, subjectId, "demographics");
    ContinuousSampler z = RandomStreams.standardNormal(rng);
    double age = 25 + 35 * rng.nextDouble();
    boolean female = rng.nextBoolean();
    double height = female ? 1.63 + 0.065 * z.sample() : 1.76 + 0.07 * z.sample();
    return new Demographics(age, female, Math.min(2.1, Math.max(1.45, height)));
  }

  /** Van Cauter 1992 C-peptide kinetics for this subject at {@code weightKg}. */
  public CpeptideKinetics cpeptideKinetics(double weightKg) {
    return CpeptideKinetics.vanCauter(
        ageYears, female, heightM, weightKg, CpeptideKinetics.categoryFor(female, heightM, weightKg));
  }
}
