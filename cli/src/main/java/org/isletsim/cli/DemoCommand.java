package org.isletsim.cli;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.isletsim.io.AtomicFile;
import org.isletsim.physiology.PatientCatalog;
import org.isletsim.simulation.GlucoseSummary;
import org.isletsim.simulation.MealSpec;
import org.isletsim.simulation.Runs;
import org.isletsim.simulation.SimulationSpec;
import org.isletsim.simulation.SimulationSpec.ControllerKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code isletsim demo}: the main job on built-in defaults. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Simulate the 30 reference patients for one day (basal-bolus therapy, Dexcom CGM with noise, Insulet pump,",
      "meals 07:00 45 g, 12:00 70 g, 18:00 80 g, seed 1), print a per-patient summary and write it to",
      "OUT/summary.csv."
    })
final class DemoCommand implements Callable<Integer> {
  @Option(names = "--out", defaultValue = "out/demo", description = "Output directory (default ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--threads", defaultValue = "0", description = "Threads (0 = all processors).")
  int threads;

  @Override
  public Integer call() {
    SimulationSpec spec =
        new SimulationSpec(1, 0, MealSpec.REFERENCE_DAY, ControllerKind.BB, "Dexcom", "Insulet", 3, true, 1, org.isletsim.physiology.Integration.FAST);
    long t0 = System.nanoTime();
    List<GlucoseSummary> rows = Runs.summaries(PatientCatalog.all(), spec, Threads.resolve(threads));
    double seconds = (System.nanoTime() - t0) / 1e9;
    String header = "patient,mean_bg_mgdl,sd_bg_mgdl,min_bg_mgdl,max_bg_mgdl,tir_pct,tbr70_pct,tbr54_pct,tar180_pct,insulin_u,cho_g";
    System.out.println("One day, 30 virtual patients, basal-bolus therapy (BG = subcutaneous glucose, every minute)");
    System.out.printf("%-15s %7s %6s %6s %6s %6s %6s %6s %7s %6s%n", "patient", "meanBG", "sdBG", "minBG", "maxBG", "TIR%", "TBR70", "TAR180", "insulin", "carbs");
    StringBuilder csv = new StringBuilder(header).append('\n');
    for (GlucoseSummary s : rows) {
      System.out.printf(
          Locale.ROOT, "%-15s %7.1f %6.1f %6.1f %6.1f %6.1f %6.1f %6.1f %7.2f %6.0f%n",
          s.patient(), s.meanMgDl(), s.sdMgDl(), s.minMgDl(), s.maxMgDl(), s.tirPct(), s.tbr70Pct(), s.tar180Pct(), s.insulinU(), s.choG());
      csv.append(
          String.format(
              Locale.ROOT, "%s,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f%n",
              s.patient(), s.meanMgDl(), s.sdMgDl(), s.minMgDl(), s.maxMgDl(), s.tirPct(), s.tbr70Pct(), s.tbr54Pct(), s.tar180Pct(), s.insulinU(), s.choG()));
    }
    Path summary = out.resolve("summary.csv");
    AtomicFile.write(
        summary,
        temp -> {
          try (BufferedWriter w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            w.write(csv.toString());
          }
        });
    System.out.printf(Locale.ROOT, "simulated 30 patient-days in %.2f s; summary written to %s%n", seconds, summary);
    return 0;
  }
}
