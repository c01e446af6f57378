package org.isletsim.device;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A continuous glucose monitor: samples the observed glucose every {@code sampleTimeMin} minutes (at minutes
 * that are multiples of it), adds measurement noise, clips to the reporting range and holds the reading in
 * between (zero-order hold), as the reference sensor does.
 */
public final class CgmSensor {
  private final String name;
  private final int sampleTimeMin;
  private final double minMgDl;
  private final double maxMgDl;
  private final CgmNoise noise; // null = noise-free
  private double lastMgDl;

  private CgmSensor(String name, int sampleTimeMin, double minMgDl, double maxMgDl, CgmNoise noise) {
    if (sampleTimeMin < 1) throw new IllegalArgumentException("sample time must be >= 1 min");
    this.name = name;
    this.sampleTimeMin = sampleTimeMin;
    this.minMgDl = minMgDl;
    this.maxMgDl = maxMgDl;
    this.noise = noise;
  }

  /** A catalogue sensor with its noise drawn from {@code rng}. */
  public static CgmSensor noisy(SensorParameters p, UniformRandomProvider rng) {
    return new CgmSensor(p.name(), p.sampleTimeMin(), p.minMgDl(), p.maxMgDl(), new CgmNoise(p, rng));
  }

  /** A catalogue sensor's sampling and clipping with the noise replaced by zero (the reference traces' setup). */
  public static CgmSensor noiseFree(SensorParameters p) {
    return new CgmSensor(p.name(), p.sampleTimeMin(), p.minMgDl(), p.maxMgDl(), null);
  }

  /** A perfect sensor: no noise, no clipping, sampled every {@code sampleTimeMin} minutes. */
  public static CgmSensor ideal(int sampleTimeMin) {
    return new CgmSensor("ideal", sampleTimeMin, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, null);
  }

  /**
   * Called after every simulated minute (and once at minute 0) with the observed glucose at that minute;
   * returns the reading the device shows at that minute.
   */
  public double observe(long minute, double glucoseMgDl) {
    return samplesAt(minute) ? measure(glucoseMgDl) : lastMgDl;
  }

  /** Whether the sensor takes a sample at {@code minute} (a multiple of its sample time). */
  public boolean samplesAt(long minute) {
    return minute % sampleTimeMin == 0;
  }

  /** Takes a sample now: glucose plus noise, clipped; the reading is held until the next sample. */
  public double measure(double glucoseMgDl) {
    double v = glucoseMgDl + (noise == null ? 0 : noise.next());
    lastMgDl = Math.max(Math.min(v, maxMgDl), minMgDl);
    return lastMgDl;
  }

  /** The reading shown now (the last sample; 0 before the first). */
  public double lastMgDl() {
    return lastMgDl;
  }

  public int sampleTimeMin() {
    return sampleTimeMin;
  }

  public String name() {
    return name;
  }
}
