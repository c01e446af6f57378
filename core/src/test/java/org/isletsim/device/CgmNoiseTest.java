package org.isletsim.device;

import static org.assertj.core.api.Assertions.assertThat;

import org.isletsim.random.RandomStreams;
import org.junit.jupiter.api.Test;

/**
 * Statistical checks of the CGM error model on a fixed seed (deterministic, so the test cannot flake). At the
 * 15-minute knots the noise is ε = ξ + λ·sinh((e − γ)/δ) with e a stationary AR(1) process of variance
 * PACF²/(1 − PACF²) and lag-1 correlation PACF.
 */
class CgmNoiseTest {
  private static final SensorParameters DEXCOM = SensorParameters.named("Dexcom");

  @Test
  void knotValuesHaveTheJohnsonSuMarginalAndTheArCorrelation() {
    CgmNoise noise = new CgmNoise(DEXCOM, RandomStreams.stream(7, "test", "cgm"));
    int knots = 100_000;
    double[] e = new double[knots];
    double sum = 0, sumSq = 0;
    for (int k = 0; k < knots; k++) {
      double v = 0;
      for (int j = 0; j < 5; j++) v = noise.next(); // 15 min / 3 min: every 5th sample is a knot
      sum += v;
      sumSq += v * v;
      e[k] = DEXCOM.gamma() + DEXCOM.delta() * asinh((v - DEXCOM.xi()) / DEXCOM.lambda());
    }
    double mean = sum / knots;
    double sd = Math.sqrt(sumSq / knots - mean * mean);
    double varE = DEXCOM.pacf() * DEXCOM.pacf() / (1 - DEXCOM.pacf() * DEXCOM.pacf());
    double[] moments = johnsonMoments(varE);
    // standard error of the mean is inflated by autocorrelation ((1+ρ)/(1-ρ) ≈ 5.7 in variance)
    double se = moments[1] * Math.sqrt(5.7 / knots);
    assertThat(mean).isCloseTo(moments[0], org.assertj.core.api.Assertions.within(5 * se));
    assertThat(sd).isCloseTo(moments[1], org.assertj.core.api.Assertions.within(0.05 * moments[1]));
    double c0 = 0, c1 = 0;
    for (int k = 0; k < knots; k++) c0 += e[k] * e[k];
    for (int k = 1; k < knots; k++) c1 += e[k] * e[k - 1];
    assertThat(c1 / c0).isCloseTo(DEXCOM.pacf(), org.assertj.core.api.Assertions.within(0.02));
    assertThat(c0 / knots).isCloseTo(varE, org.assertj.core.api.Assertions.within(0.05));
  }

  @Test
  void sameSeedSameNoiseAndStreamsAreIndependent() {
    CgmNoise a = new CgmNoise(DEXCOM, RandomStreams.stream(1, "adult#001", "cgm"));
    CgmNoise b = new CgmNoise(DEXCOM, RandomStreams.stream(1, "adult#001", "cgm"));
    CgmNoise c = new CgmNoise(DEXCOM, RandomStreams.stream(1, "adult#002", "cgm"));
    boolean differs = false;
    for (int i = 0; i < 200; i++) {
      double x = a.next();
      assertThat(b.next()).isEqualTo(x);
      differs |= c.next() != x;
    }
    assertThat(differs).isTrue();
  }

  @Test
  void sensorSamplesHoldsAndClips() {
    CgmSensor s = CgmSensor.noiseFree(DEXCOM);
    assertThat(s.observe(0, 100)).isEqualTo(100);
    assertThat(s.observe(1, 120)).isEqualTo(100); // held
    assertThat(s.observe(3, 20)).isEqualTo(39); // clipped at the sensor's minimum
    assertThat(s.observe(6, 700)).isEqualTo(600);
    assertThat(CgmSensor.ideal(1).observe(1, 20)).isEqualTo(20);
  }

  private static double asinh(double x) {
    return Math.log(x + Math.sqrt(x * x + 1));
  }

  /** Mean and SD of ξ + λ sinh((e − γ)/δ) for e ~ N(0, var), by numerical integration. */
  private static double[] johnsonMoments(double var) {
    double sd = Math.sqrt(var), m1 = 0, m2 = 0, dz = 1e-3;
    for (double z = -10; z <= 10; z += dz) {
      double w = Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI) * dz;
      double v = DEXCOM.xi() + DEXCOM.lambda() * Math.sinh((sd * z - DEXCOM.gamma()) / DEXCOM.delta());
      m1 += w * v;
      m2 += w * v * v;
    }
    return new double[] {m1, Math.sqrt(m2 - m1 * m1)};
  }
}
