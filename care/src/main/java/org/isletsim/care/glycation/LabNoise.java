package org.isletsim.care.glycation;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.isletsim.random.RandomStreams;

/**
 * Laboratory measurement error: multiplicative Gaussian noise with a coefficient of variation, the result
 * rounded to the reporting resolution. Default HbA1c analytical CV 2% (the NACB within-laboratory imprecision
 * criterion; median laboratory CVs 1.5–1.9% in a 2012–2016 proficiency survey, J Clin Lab Anal 2017;31:e22099),
 * reported to 0.1%.
 */
public final class LabNoise {
  private final double cv;
  private final double resolution;
  private final ContinuousSampler normal;

  public LabNoise(double cv, double resolution, UniformRandomProvider rng) {
    if (!(cv >= 0) || !(resolution >= 0)) throw new IllegalArgumentException("cv and resolution must be >= 0");
    this.cv = cv;
    this.resolution = resolution;
    this.normal = RandomStreams.standardNormal(rng);
  }

  /** One measurement of a true value. */
  public double measure(double trueValue) {
    double v = trueValue * (1 + cv * normal.sample());
    return resolution > 0 ? Math.rint(v / resolution) * resolution : v;
  }
}
