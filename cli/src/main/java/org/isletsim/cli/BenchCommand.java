package org.isletsim.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.isletsim.InvalidInputException;
import org.isletsim.simulation.LoopBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code isletsim bench}: CPU cost of the basal-bolus loop. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Run the basal-bolus loop (Dexcom with noise, Insulet, 3 meals/day) and report CPU time of the simulation",
      "threads per patient-day. Warm-up passes run first. Last line: cpu_us_per_patient_day=N patient_days_per_s=M"
    })
final class BenchCommand implements Callable<Integer> {
  @Option(names = "--patients", defaultValue = "300", description = "Patients (cycling through the catalogue; default ${DEFAULT-VALUE}).")
  int patients;

  @Option(names = "--days", defaultValue = "1", description = "Days per patient (default ${DEFAULT-VALUE}).")
  int days;

  @Option(names = "--threads", defaultValue = "0", description = "Threads (0 = all processors).")
  int threads;

  @Option(names = "--warmup", defaultValue = "2", description = "At least this many warm-up passes (default ${DEFAULT-VALUE}).")
  int warmup;

  @Option(
      names = "--warmup-seconds",
      defaultValue = "10",
      description = "Warm up for at least this long, so the JIT has compiled the loop on a busy machine"
          + " (default ${DEFAULT-VALUE}).")
  double warmupSeconds;

  @Override
  public Integer call() {
    if (patients < 1 || patients > 10_000_000) throw new InvalidInputException("--patients: expected 1..10000000");
    if (days < 1 || days > 36_500) throw new InvalidInputException("--days: expected 1..36500");
    if (warmup < 0 || warmup > 100) throw new InvalidInputException("--warmup: expected 0..100");
    if (!(warmupSeconds >= 0 && warmupSeconds <= 600)) throw new InvalidInputException("--warmup-seconds: expected 0..600");
    int t = Threads.resolve(threads);
    long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
    for (int i = 0; i < warmup || System.nanoTime() < warmupEnd; i++) {
      LoopBenchmark.Result w = LoopBenchmark.run(patients, days, t);
      System.out.printf(Locale.ROOT, "warm-up %d: %.1f us CPU per patient-day%n", i + 1, w.cpuMicrosPerPatientDay());
    }
    LoopBenchmark.Result r = LoopBenchmark.run(patients, days, t);
    System.out.printf(
        Locale.ROOT,
        "measured: %d patient-days on %d thread(s), %.3f s wall, %.3f s CPU, %.0f RHS evaluations per patient-day%n",
        r.patientDays(), t, r.wallNanos() / 1e9, r.cpuNanos() / 1e9, (double) r.rhsEvaluations() / r.patientDays());
    System.out.printf(
        Locale.ROOT, "cpu_us_per_patient_day=%.1f patient_days_per_s=%.1f%n", r.cpuMicrosPerPatientDay(), r.patientDaysPerSecond());
    return 0;
  }
}
