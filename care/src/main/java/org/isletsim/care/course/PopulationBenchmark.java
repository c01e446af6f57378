package org.isletsim.care.course;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.isletsim.care.graft.NoGraft;
import org.isletsim.care.policy.CarePolicy;
import org.isletsim.care.policy.CarePolicyLoader;
import org.isletsim.physiology.PatientCatalog;
import org.isletsim.physiology.PatientParameters;

/**
 * Speed and memory of courses (docs/PERFORMANCE.md, section "Care"). Usage:
 * {@code java -cp cli/target/isletsim.jar org.isletsim.care.course.PopulationBenchmark PEOPLE DAYS THREADS}.
 * First times single 1-year courses on one thread (CPU time, after warm-up), then runs PEOPLE adults (the 10
 * adult parameter sets, replicated) for DAYS days on THREADS threads, streaming results (nothing kept), and
 * reports wall time, process CPU time and the largest heap in use sampled every 0.2 s.
 */
public final class PopulationBenchmark {
  private PopulationBenchmark() {}

  public static void main(String[] args) throws Exception {
    int people = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    int days = args.length > 1 ? Integer.parseInt(args[1]) : 365;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    CarePolicy policy = CarePolicyLoader.defaults();
    List<PatientParameters> adults = new ArrayList<>();
    for (PatientParameters p : PatientCatalog.all()) if (p.name().startsWith("adult")) adults.add(p);

    ThreadMXBean tmx = ManagementFactory.getThreadMXBean();
    for (int rep = 0; rep < 8; rep++) {
      long c0 = tmx.getCurrentThreadCpuTime();
      new CourseRunner(adults.get(rep % adults.size()), policy, NoGraft.INSTANCE, rep).run(365, CourseOutput.NONE);
      double s = (tmx.getCurrentThreadCpuTime() - c0) / 1e9;
      System.out.printf(Locale.ROOT, "single 1-year course %d (%s): %.3f s CPU (365 days + %d-day run-in)%n",
          rep, adults.get(rep % adults.size()).name(), s, CourseRunner.RUN_IN_DAYS);
    }

    MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
    long[] peak = {0};
    Thread sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        peak[0] = Math.max(peak[0], mem.getHeapMemoryUsage().getUsed());
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    sampler.setDaemon(true);
    System.gc();
    sampler.start();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu0 = os.getProcessCpuTime(), t0 = System.nanoTime();
    long[] she = {0};
    double[] years = {0};
    Population.stream(Population.people(adults, people), policy, () -> NoGraft.INSTANCE, 1, days, threads, r -> {
      she[0] += r.sheEvents();
      years[0] += r.days() / 365.25;
    });
    double wall = (System.nanoTime() - t0) / 1e9, cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
    sampler.interrupt();
    System.out.printf(Locale.ROOT,
        "%d people x %d days on %d threads: wall %.1f s, process CPU %.1f s (%.3f s per person-year), peak heap used %.0f MB, "
            + "SH %.2f per person-year%n",
        people, days, threads, wall, cpu, cpu / years[0], peak[0] / 1e6, she[0] / years[0]);
  }
}
