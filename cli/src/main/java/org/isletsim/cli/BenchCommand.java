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
      "threads per patient-day. Warm-up passes run first, then --passes measured passes; the figures are their",
      "medians (pass-to-pass spread on this machine is up to ±20%%). Last line: cpu_us_per_patient_day=N patient_days_per_s=M"
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

  @Option(names = "--passes", defaultValue = "5", description = "Measured passes; their medians are reported (default ${DEFAULT-VALUE}).")
  int passes;

  @Override
  public Integer call() {
    if (patients < 1 || patients > 10_000_000) throw new InvalidInputException("--patients: expected 1..10000000");
    if (days < 1 || days > 36_500) throw new InvalidInputException("--days: expected 1..36500");
    if (warmup < 0 || warmup > 100) throw new InvalidInputException("--warmup: expected 0..100");
    if (!(warmupSeconds >= 0 && warmupSeconds <= 600)) throw new InvalidInputException("--warmup-seconds: expected 0..600");
    if (passes < 1 || passes > 1000) throw new InvalidInputException("--passes: expected 1..1000");
    int t = Threads.resolve(threads);
    long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
    for (int i = 0; i < warmup || System.nanoTime() < warmupEnd; i++) {
      LoopBenchmark.Result w = LoopBenchmark.run(patients, days, t);
      System.out.printf(Locale.ROOT, "warm-up %d: %.1f us CPU per patient-day%n", i + 1, w.cpuMicrosPerPatientDay());
    }
    double[] cpu = new double[passes];
    double[] rate = new double[passes];
    long evaluations = 0, patientDays = 0;
    for (int i = 0; i < passes; i++) {
      LoopBenchmark.Result r = LoopBenchmark.run(patients, days, t);
      cpu[i] = r.cpuMicrosPerPatientDay();
      rate[i] = r.patientDaysPerSecond();
      evaluations += r.rhsEvaluations();
      patientDays += r.patientDays();
      System.out.printf(Locale.ROOT, "pass %d: %.1f us CPU per patient-day, %.1f patient-days/s%n", i + 1, cpu[i], rate[i]);
    }
    double cpuMedian = median(cpu);
    System.out.printf(
        Locale.ROOT,
        "measured: %d passes of %d patient-days on %d thread(s); CPU us per patient-day median %.1f, min %.1f, max %.1f;"
            + " %.0f RHS evaluations per patient-day%n",
        passes, (long) patients * days, t, cpuMedian, java.util.Arrays.stream(cpu).min().orElseThrow(),
        java.util.Arrays.stream(cpu).max().orElseThrow(), (double) evaluations / patientDays);
    System.out.printf(
        Locale.ROOT, "cpu_us_per_patient_day=%.1f patient_days_per_s=%.1f%n", cpuMedian, median(rate));
    return 0;
  }

  /** Median (mean of the two middle values for an even count). */
  static double median(double[] values) {
    double[] v = values.clone();
    java.util.Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }
}
