package org.isletsim.simulation;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.isletsim.physiology.PatientCatalog;
import org.isletsim.physiology.PatientParameters;
import org.isletsim.simulation.SimulationSpec.ControllerKind;

/**
 * Measures the basal-bolus loop (noisy Dexcom, Insulet, reference meals): CPU time of the simulation threads
 * per patient-day and throughput. Patients cycle through the 30-patient catalogue.
 */
public final class LoopBenchmark {
  private LoopBenchmark() {}

  /**
   * @param patientDays patients × days simulated
   * @param cpuNanos CPU time of the simulation threads
   * @param wallNanos elapsed time
   * @param rhsEvaluations right-hand-side evaluations
   */
  public record Result(long patientDays, long cpuNanos, long wallNanos, long rhsEvaluations) {
    public double cpuMicrosPerPatientDay() {
      return cpuNanos / 1e3 / patientDays;
    }

    public double patientDaysPerSecond() {
      return patientDays / (wallNanos / 1e9);
    }
  }

  /** The benchmark's run configuration. */
  public static SimulationSpec spec(int days) {
    return new SimulationSpec(days, 0, MealSpec.REFERENCE_DAY, ControllerKind.BB, "Dexcom", "Insulet", 3, true, 42, org.isletsim.physiology.Integration.FAST);
  }

  public static Result run(int patients, int days, int threads) {
    List<PatientParameters> all = PatientCatalog.all();
    List<PatientParameters> selected = new ArrayList<>();
    for (int i = 0; i < patients; i++) selected.add(all.get(i % all.size()));
    SimulationSpec spec = spec(days);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    AtomicLong cpu = new AtomicLong();
    AtomicLong evals = new AtomicLong();
    long wall0 = System.nanoTime();
    OrderedParallel.map(
        selected,
        threads,
        p -> {
          long c0 = mx.getCurrentThreadCpuTime();
          Subject s = spec.subject(p);
          s.run(spec.minutes(), MinuteSink.NONE);
          cpu.addAndGet(mx.getCurrentThreadCpuTime() - c0);
          evals.addAndGet(s.patient().evaluations());
          return null;
        },
        r -> {});
    long wall = System.nanoTime() - wall0;
    return new Result((long) patients * days, cpu.get(), wall, evals.get());
  }
}
