package org.isletsim.candidacy.twin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.isletsim.candidacy.profile.Profile;
import org.isletsim.care.regimen.TherapyDerivation;
import org.isletsim.physiology.PatientParameters;
import org.isletsim.random.RandomStreams;
import org.isletsim.trial.cohort.CohortGenerator;
import org.isletsim.trial.cohort.PhysiologyScaling;
import org.isletsim.trial.cohort.VirtualPerson;
import org.isletsim.trial.protocol.Population;

/**
 * Draws virtual twins of a profile: the trial module's population generator ({@link CohortGenerator}) conditioned
 * on what the profile observes. Observed attributes (age, sex, weight, diabetes duration, awareness, C-peptide,
 * HbA1c, events) are set to the profile's values; the latent physiology (catalogue adult, peripheral and hepatic
 * insulin action) comes from the generator. Conditioning happens in two importance steps:
 *
 * <ol>
 *   <li>here, on the cheap observable: a pool of {@value #POOL_PER_TWIN} generated candidates per twin, weighted
 *       by the likelihood of the person's total daily insulin given the candidate's (log-normal, SD(log) {@value
 *       #TDI_SD_LOG}: day-to-day CV 17–31% plus the dose rules' error), then systematic resampling — sampling
 *       importance resampling;
 *   <li>after the twin's current-care year is simulated ({@link Conditioning}), on the simulated observables
 *       (HbA1c or the CGM's mean glucose and TIR, severe events), by importance weights.
 * </ol>
 *
 * The twin's glycaemic-control behaviour (missed-bolus probability) is drawn from {@link BehaviourProposal}.
 * Every draw comes from {@code RandomStreams.stream(seed, key, purpose)}: a twin depends only on (seed, profile,
 * its index).
 */
public final class TwinSampler {
  public static final int POOL_PER_TWIN = 20;
  public static final double TDI_SD_LOG = 0.25;

  private TwinSampler() {}

  public static List<Twin> sample(Profile p, int n, long seed) {
    int poolSize = Math.max(200, POOL_PER_TWIN * n);
    List<VirtualPerson> pool = new ArrayList<>(poolSize);
    double[] logW = new double[poolSize];
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < poolSize; k++) {
      VirtualPerson c = CohortGenerator.generate(seed, String.format(Locale.ROOT, "pool-%05d", k + 1),
          Population.Phenotype.WELL_MANAGED);
      pool.add(c);
      if (!Double.isNaN(p.totalDailyInsulinU())) {
        PatientParameters atWeight = PhysiologyScaling.scale(c.physiology(), c.id(), p.weightKg(), 1, 1);
        double tdi = TherapyDerivation.derive(atWeight).totalDailyInsulinU();
        double z = Math.log(p.totalDailyInsulinU() / tdi) / TDI_SD_LOG;
        logW[k] = -0.5 * z * z;
      }
      max = Math.max(max, logW[k]);
    }
    double[] w = new double[poolSize];
    double sum = 0;
    for (int k = 0; k < poolSize; k++) sum += w[k] = Math.exp(logW[k] - max);
    // systematic resampling: one uniform offset, n equally spaced pointers through the cumulative weights
    UniformRandomProvider rs = RandomStreams.stream(seed, "twins", "resample");
    double u = rs.nextDouble() / n;
    List<Twin> twins = new ArrayList<>(n);
    double cum = w[0] / sum;
    int k = 0;
    for (int i = 0; i < n; i++) {
      double target = u + (double) i / n;
      while (cum < target && k < poolSize - 1) cum += w[++k] / sum;
      twins.add(twin(p, pool.get(k), String.format(Locale.ROOT, "twin-%03d", i + 1), seed));
    }
    return List.copyOf(twins);
  }

  private static Twin twin(Profile p, VirtualPerson candidate, String id, long seed) {
    PatientParameters physiology = PhysiologyScaling.scale(candidate.physiology(), id, p.weightKg(), 1, 1);
    UniformRandomProvider rng = RandomStreams.stream(seed, id, "behaviour");
    ContinuousSampler z = RandomStreams.standardNormal(rng);
    double centre = BehaviourProposal.centre(p.therapy(), p.awareness().impaired(),
        p.cgm() != null ? p.cgm().gmiPct() : p.hba1cPercent());
    double sd = BehaviourProposal.sd(p.therapy(), p.awareness().impaired());
    double x;
    int tries = 0;
    do {
      x = centre + sd * z.sample();
    } while ((x < 0 || x > BehaviourProposal.MAX) && ++tries < 10_000);
    x = Math.max(0, Math.min(BehaviourProposal.MAX, x));
    // height sets the C-peptide kinetics (with age and sex); drawn for the profile's sex when the profile has none
    double heightM = !Double.isNaN(p.heightM()) ? p.heightM()
        : CohortGenerator.heightM(p.female(), RandomStreams.standardNormal(RandomStreams.stream(seed, id, "height")));
    VirtualPerson person = new VirtualPerson(id, candidate.catalogueId(), false, physiology, p.ageYears(), p.female(),
        heightM, p.weightKg(), p.diabetesType(), p.diabetesDurationYears(), p.awareness().score(),
        p.severeEventsPastYear(), p.hba1cPercent(), p.cpeptidePmolL(), Double.NaN);
    return new Twin(id, candidate.catalogueId(), physiology, x, BehaviourProposal.logRatio(x, centre, sd), person);
  }
}
