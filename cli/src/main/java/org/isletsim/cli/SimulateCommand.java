package org.isletsim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.isletsim.physiology.PatientCatalog;
import org.isletsim.physiology.PatientParameters;
import org.isletsim.report.progress.Progress;
import org.isletsim.io.table.TableFormat;
import org.isletsim.simulation.SimulationSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code isletsim simulate}: per-minute traces of virtual patients. */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = {
      "Simulate virtual patients and write one row per patient per minute (t_min = 0..days*1440), CSV or Parquet.",
      "Columns: patient,t_min,bg_mgdl,cgm_mgdl,cho_g_per_min,insulin_u_per_min,plasma_bg_mgdl[,13 states].",
      "Glucose and states are at t_min; inputs are those applied during [t_min, t_min+1).",
      "Parquet: the same columns, patient as text, t_min as a 64-bit integer, the rest as doubles."
    })
final class SimulateCommand implements Callable<Integer> {
  @Option(names = "--patient", required = true, description = "Patient id(s), comma-separated (e.g. adult#001), or 'all'.")
  String patient;

  @Mixin SimulationOptions sim;

  @Option(names = "--threads", defaultValue = "0", description = "Worker threads (0 = all processors). Output does not depend on it.")
  int threads;

  @Option(names = "--states", description = "Also write the 13 model states.")
  boolean states;

  @Option(names = "--out", required = true, description = "Output file.")
  Path out;

  @Mixin TableFormatOption tableFormat;

  @Option(names = "--quiet", description = "No progress on stderr (shown for several patients: a bar when stderr is a terminal,"
      + " a line every 10 s otherwise).")
  boolean quiet;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec cli;

  @Override
  public Integer call() {
    Progress.Mode progressMode = Progress.detect(quiet); // a bad ISLETSIM_PROGRESS: exit 2 before any work
    TableFormat format = tableFormat.forFile("--out", out);
    Outputs.file("--out", out, cli);
    List<PatientParameters> patients = PatientCatalog.select(patient);
    SimulationSpec spec = sim.toSpec();
    int threadCount = Threads.resolve(threads); // a user error before any progress line
    Progress.Mode mode = patients.size() > 1 ? progressMode : Progress.Mode.QUIET;
    try (Progress progress = Progress.start("simulate", patients.size(), "patients", mode, cli.commandLine().getErr())) {
      TraceRun.write(patients, spec, threadCount, states, out, format, progress);
    }
    System.out.printf(java.util.Locale.ROOT,
        "wrote %s: %d patient(s) x %d minutes%n", out, patients.size(), spec.minutes() + 1);
    return 0;
  }
}
