package org.isletsim.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import org.isletsim.physiology.PatientCatalog;
import org.junit.jupiter.api.Test;

/**
 * The basal-bolus loop allocates nothing per control period once the JIT has compiled it (issue 2: an
 * allocation-free hot loop). The controller's observation is built where the controller takes it and the controller
 * returns a shared basal-only command between meals, so the compiled loop keeps both off the heap; what is left is
 * one command per meal bolus. Before, the loop allocated an observation and a command every control period
 * (480 a day with Dexcom's 3-minute period: ~23 KB per patient-day even when compiled).
 */
class LoopAllocationTest {
  @Test
  void theCompiledLoopAllocatesAlmostNothingPerPatientDay() {
    assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean);
    com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    assumeTrue(mx.isThreadAllocatedMemorySupported() && mx.isThreadAllocatedMemoryEnabled());
    SimulationSpec spec = LoopBenchmark.spec(1);
    Subject subject = spec.subject(PatientCatalog.get("adult#001"));
    // batches of 200 one-day runs of the same subject (each run starts from the initial state) until the JIT has
    // compiled the loop; the allocation of the best batch is what the compiled loop costs
    long best = Long.MAX_VALUE;
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < deadline && best > 1024) {
      long before = mx.getCurrentThreadAllocatedBytes();
      for (int i = 0; i < 200; i++) subject.run(spec.minutes(), MinuteSink.NONE);
      best = Math.min(best, (mx.getCurrentThreadAllocatedBytes() - before) / 200);
    }
    // three meal boluses a day are three commands (~100 B); 1 KB leaves room, 23 KB was the loop before
    assertThat(best).as("bytes allocated per patient-day by the compiled loop").isLessThanOrEqualTo(1024);
  }
}
