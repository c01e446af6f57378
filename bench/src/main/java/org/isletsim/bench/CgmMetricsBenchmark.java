package org.isletsim.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.isletsim.cgm.AgpProfile;
import org.isletsim.cgm.CgmMetrics;
import org.isletsim.cgm.GlucoseGrid;
import org.isletsim.cgm.GlucoseSeries;
import org.isletsim.cgm.Mage;
import org.isletsim.cgm.MageResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * All CGM metrics (docs/cgm.md) on 14 days of 5-minute data (4,032 readings with jittered timestamps, a 3-hour gap).
 * Target: under 5 ms per call. Run: {@code java -jar bench/target/benchmarks.jar CgmMetricsBenchmark -f 1 -wi 3 -i 5
 * -w 1 -r 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CgmMetricsBenchmark {
  GlucoseSeries fourteenDays;

  @Setup
  public void setUp() {
    Random rnd = new Random(42);
    int n = 14 * 288;
    long[] t = new long[n];
    double[] g = new double[n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (i > 1500 && i < 1536) {
        continue;
      }
      t[m] = 1_714_953_600L + 300L * i + rnd.nextInt(40);
      double h = (i % 288) / 12.0;
      g[m] = Math.max(40, 140 + 50 * Math.sin(2 * Math.PI * h / 24) + 40 * Math.exp(-Math.pow(h - 13, 2) / 2)
          + 15 * rnd.nextGaussian());
      m++;
    }
    fourteenDays = new GlucoseSeries(java.util.Arrays.copyOf(t, m), java.util.Arrays.copyOf(g, m));
  }

  @Benchmark
  public CgmMetrics allMetrics() {
    return CgmMetrics.of(fourteenDays);
  }

  @Benchmark
  public GlucoseGrid grid() {
    return GlucoseGrid.of(fourteenDays);
  }

  @Benchmark
  public MageResult mage() {
    return Mage.movingAverage(fourteenDays);
  }

  @Benchmark
  public AgpProfile agp() {
    return AgpProfile.of(fourteenDays);
  }
}
