package org.isletsim.device;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.isletsim.random.RandomStreams;

/**
 * CGM measurement error of the reference simulator (Breton & Kovatchev 2008, as implemented by simglucose):
 * a 15-minute AR(1) process e_k = PACF·(e_{k−1} + z_k) (e_0 = z_0, z ~ N(0,1)) mapped through the Johnson SU
 * transform ε = ξ + λ·sinh((e − γ)/δ), upsampled to the sensor's sample time with a not-a-knot cubic spline
 * over batches of eleven 15-minute points (0…150 min), each batch starting from the previous one's last point.
 * One value per sensor sample; seeded, so reproducible, but not numpy-compatible.
 */
public final class CgmNoise {
  private static final int BATCH_KNOTS = 11;
  private static final double KNOT_SPACING_MIN = 15;

  private final SensorParameters p;
  private final ContinuousSampler normal;
  private final NotAKnotSpline spline;
  private final double[] knots = new double[BATCH_KNOTS];
  private final double[] batch;
  private int next;
  private double e;
  private boolean started;

  public CgmNoise(SensorParameters p, UniformRandomProvider rng) {
    this.p = p;
    this.normal = RandomStreams.standardNormal(rng);
    this.spline = SPLINES.computeIfAbsent(p.sampleTimeMin(), CgmNoise::upsampler);
    this.batch = new double[spline.points()];
    this.next = batch.length;
  }

  private static final java.util.concurrent.ConcurrentHashMap<Integer, NotAKnotSpline> SPLINES =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The spline from one batch of 15-minute knots to the sample times Ts, 2Ts, …, ≤ 150 min. */
  private static NotAKnotSpline upsampler(int sampleTimeMin) {
    int perBatch = (int) Math.floor((BATCH_KNOTS - 1) * KNOT_SPACING_MIN / sampleTimeMin);
    double[] at = new double[perBatch];
    for (int j = 0; j < perBatch; j++) at[j] = (j + 1) * (double) sampleTimeMin;
    return new NotAKnotSpline(BATCH_KNOTS, KNOT_SPACING_MIN, at);
  }

  /** The next noise value, mg/dL. */
  public double next() {
    if (next == batch.length) refill();
    return batch[next++];
  }

  private void refill() {
    if (!started) {
      e = normal.sample();
      knots[0] = johnson(e);
      started = true;
    } else {
      knots[0] = knots[BATCH_KNOTS - 1];
    }
    for (int k = 1; k < BATCH_KNOTS; k++) {
      e = p.pacf() * (e + normal.sample());
      knots[k] = johnson(e);
    }
    spline.apply(knots, batch);
    next = 0;
  }

  private double johnson(double v) {
    return p.xi() + p.lambda() * Math.sinh((v - p.gamma()) / p.delta());
  }
}
