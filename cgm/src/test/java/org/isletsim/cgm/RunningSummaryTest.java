package org.isletsim.cgm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.lang.management.ManagementFactory;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A year of 1-minute CGM streams through {@link RunningSummary} in bounded memory and agrees with the batch code. */
class RunningSummaryTest {
  private static final long START = 1_704_067_200L; // 2024-01-01T00:00
  private static final int YEAR_MINUTES = 366 * 1440;

  private static double glucose(int i) {
    double h = (i % 1440) / 60.0;
    return 135 + 55 * Math.sin(2 * Math.PI * h / 24) + 40 * Math.sin(2 * Math.PI * i / 997.0)
        + 20 * Math.cos(i * 0.37);
  }

  @Test
  void yearOfOneMinuteDataStreamsWithoutPerReadingAllocation() {
    RunningSummary warm = new RunningSummary();
    for (int i = 0; i < 10_000; i++) {
      warm.add(START + 60L * i, glucose(i));
    }
    com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long tid = Thread.currentThread().getId();
    RunningSummary s = new RunningSummary();
    long before = mx.getThreadAllocatedBytes(tid);
    for (int i = 0; i < YEAR_MINUTES; i++) {
      s.add(START + 60L * i, glucose(i));
    }
    long allocated = mx.getThreadAllocatedBytes(tid) - before;
    // 527,040 readings; a materialised series alone would need 8.4 MB
    assertThat(allocated).isLessThan(256 * 1024);
    assertThat(s.count()).isEqualTo(YEAR_MINUTES);
  }

  @Test
  void agreesWithBatchMetricsOnAYearOfOneMinuteData() {
    double[] g = new double[YEAR_MINUTES];
    RunningSummary s = new RunningSummary();
    for (int i = 0; i < g.length; i++) {
      g[i] = glucose(i);
      s.add(START + 60L * i, g[i]);
    }
    CgmMetrics batch = CgmMetrics.of(GlucoseSeries.regular(START, 60, g));
    Map<String, Object> all = batch.scalars();
    for (Map.Entry<String, Object> e : s.scalars().entrySet()) {
      double exp = ((Number) all.get(e.getKey())).doubleValue();
      assertThat(((Number) e.getValue()).doubleValue()).as(e.getKey())
          .isCloseTo(exp, within(1e-9 * Math.max(1, Math.abs(exp))));
    }
    assertThat(batch.agp().minuteOfDay()).hasSize(1440);
    assertThat(batch.activePercent()).isEqualTo(100.0);
  }
}
