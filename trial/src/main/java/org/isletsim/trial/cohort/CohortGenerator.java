package org.isletsim.trial.cohort;

import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.isletsim.physiology.PatientCatalog;
import org.isletsim.physiology.PatientParameters;
import org.isletsim.random.RandomStreams;
import org.isletsim.trial.protocol.Population.Phenotype;

/**
 * Draws virtual adults with type 1 diabetes. Each candidate is drawn from its own stream
 * {@code RandomStreams.stream(seed, key, "cohort")}, so a candidate depends only on (seed, key). The joint
 * distribution (docs/trial.md, "Virtual cohorts"; all [prior] unless a source is given):
 *
 * <ul>
 *   <li>physiology: a catalogue adult (adult#001–#010, uniform), body weight from height and BMI, Vmx and kp3
 *       scaled log-normally (CV 25%) by {@link PhysiologyScaling}, which keeps the basal steady state;
 *   <li>age ~ N(45, 12²) truncated to [18, 75] y; sex 50/50; height N(1.76, 0.07²) m men, N(1.63, 0.065²) women,
 *       truncated to [1.45, 2.05] m; BMI log-normal, median 25.5 kg/m², SD(log) 0.14, truncated to [17, 45] kg/m²
 *       (every truncation redraws: no mass piles up on a bound);
 *   <li>age at diagnosis uniform on [1, min(age − 1, 40)] y, so duration = age − age at diagnosis is joint with age;
 *   <li>awareness: impaired (Clarke ≥ 4) with probability 0.85 (severe phenotype) or 0.25 (well-managed; IAH
 *       prevalence 25–30%, Yeoh 2015); Clarke score uniform on 4–7 if impaired, 0–3 otherwise;
 *   <li>underlying severe-hypoglycaemia rate: 2.8/y impaired vs 0.5/y aware (Gold 1994), times a gamma frailty
 *       with shape 0.6 (mean 1; the skew of Pedersen-Bjergaard 2004: 5% of patients have 54% of events), times
 *       1.5 in the severe phenotype (referral for β-cell replacement selects frequent events); prior-year
 *       events ~ Poisson(rate);
 *   <li>HbA1c ~ N(7.8, 0.9²) % (severe phenotype; FORWARD-101 baseline mean 7.8%) or N(7.4, 0.8²) %
 *       (well-managed), minus 0.1 per ln(1 + prior events), truncated to [5.5, 12];
 *   <li>fasting C-peptide: detectable with probability 0.35·exp(−duration/8 y); if detectable, log-normal with
 *       median 40 pmol/L (SD(log) 0.8) truncated to at least the 13 pmol/L assay limit; otherwise 0.
 * </ul>
 */
public final class CohortGenerator {
  /** Assay detection limit used for 'undetectable' C-peptide, pmol/L. */
  public static final double CPEPTIDE_LIMIT_PMOL_L = 13.0;
  private static final double GOLD_IMPAIRED_RATE = 2.8, GOLD_AWARE_RATE = 0.5;

  private CohortGenerator() {}

  /** A generated candidate. */
  public static VirtualPerson generate(long seed, String key, Phenotype phenotype) {
    UniformRandomProvider rng = RandomStreams.stream(seed, key, "cohort");
    ContinuousSampler z = RandomStreams.standardNormal(rng);
    String catalogueId = String.format(Locale.ROOT, "adult#%03d", 1 + rng.nextInt(10));
    PatientParameters base = PatientCatalog.get(catalogueId);
    boolean female = rng.nextBoolean();
    double height = heightM(female, z);
    double bmi = 25.5 * Math.exp(truncated(z, 0, 0.14, Math.log(17 / 25.5), Math.log(45 / 25.5)));
    double weight = bmi * height * height;
    double vmx = logNormalMeanOne(z.sample(), 0.25), kp3 = logNormalMeanOne(z.sample(), 0.25);
    PatientParameters physiology = PhysiologyScaling.scale(base, key, weight, vmx, kp3);
    return clinical(rng, z, key, catalogueId, false, physiology, female, height, weight, phenotype);
  }

  /** A catalogue reference patient: catalogue physiology and weight, clinical attributes drawn as above. */
  public static VirtualPerson reference(long seed, String key, String catalogueId, Phenotype phenotype) {
    UniformRandomProvider rng = RandomStreams.stream(seed, key, "cohort");
    ContinuousSampler z = RandomStreams.standardNormal(rng);
    PatientParameters p = PatientCatalog.get(catalogueId);
    boolean female = rng.nextBoolean();
    double height = heightM(female, z);
    return clinical(rng, z, key, catalogueId, true, p, female, height, p.bodyWeightKg(), phenotype);
  }

  private static VirtualPerson clinical(
      UniformRandomProvider rng, ContinuousSampler z, String key, String catalogueId, boolean reference,
      PatientParameters physiology, boolean female, double height, double weight, Phenotype phenotype) {
    boolean severe = phenotype == Phenotype.SEVERE_HYPOGLYCAEMIA;
    double age = truncated(z, 45, 12, 18, 75);
    double ageAtDx = 1 + rng.nextDouble() * (Math.min(age - 1, 40) - 1);
    double duration = age - ageAtDx;
    boolean impaired = rng.nextDouble() < (severe ? 0.85 : 0.25);
    int clarke = impaired ? 4 + rng.nextInt(4) : rng.nextInt(4);
    double frailty = AhrensDieterMarsagliaTsangGammaSampler.of(rng, 0.6, 1 / 0.6).sample();
    double rate = (impaired ? GOLD_IMPAIRED_RATE : GOLD_AWARE_RATE) * frailty * (severe ? 1.5 : 1.0);
    int prior = rate > 0 ? PoissonSampler.of(rng, rate).sample() : 0;
    double shift = -0.1 * Math.log1p(prior);
    double hba1c = severe ? truncated(z, 7.8 + shift, 0.9, 5.5, 12) : truncated(z, 7.4 + shift, 0.8, 5.5, 12);
    // detectable means at or above the assay limit: the log-normal truncated there
    double cpep = rng.nextDouble() < 0.35 * Math.exp(-duration / 8)
        ? 40 * Math.exp(truncated(z, 0, 0.8, Math.log(CPEPTIDE_LIMIT_PMOL_L / 40), Double.POSITIVE_INFINITY)) : 0;
    return new VirtualPerson(key, catalogueId, reference, physiology, age, female, height, weight, 1, duration,
        clarke, prior, hba1c, cpep, rate);
  }

  static double logNormalMeanOne(double z, double cv) {
    double s2 = Math.log(1 + cv * cv);
    return Math.exp(Math.sqrt(s2) * z - s2 / 2);
  }

  /**
   * Adult height, m: normal (men 1.76 ± 0.07, women 1.63 ± 0.065) truncated to [1.45, 2.05] [prior]; also drawn for
   * a candidacy twin whose profile gives no height.
   */
  public static double heightM(boolean female, ContinuousSampler z) {
    return female ? truncated(z, 1.63, 0.065, 1.45, 2.05) : truncated(z, 1.76, 0.07, 1.45, 2.05);
  }

  /**
   * Normal(mean, sd²) truncated to [lo, hi] by rejection (redrawn, not clamped: clamping would pile the tails'
   * probability onto the bounds). Every bound used here keeps at least ~3% of the mass, so the loop ends quickly.
   */
  static double truncated(ContinuousSampler z, double mean, double sd, double lo, double hi) {
    while (true) {
      double v = mean + sd * z.sample();
      if (v >= lo && v <= hi) return v;
    }
  }
}
