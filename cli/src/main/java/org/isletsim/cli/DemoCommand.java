package org.isletsim.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.isletsim.InvalidInputException;
import org.isletsim.io.table.TableFormat;
import org.isletsim.report.progress.Progress;
import org.isletsim.report.trial.TrialReport;
import org.isletsim.trial.TrialOptions;
import org.isletsim.trial.Trials;
import org.isletsim.trial.output.Summary;
import org.isletsim.trial.protocol.Arm;
import org.isletsim.trial.protocol.Protocol;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code isletsim demo}: the zimislecel-phase12 preset at a few replicates, with its HTML report. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the zimislecel-phase12 preset (FORWARD-101 phase 1/2: 2 half-dose + 12 full-dose participants, one",
      "year) as a few replicate in-silico trials, prints the headline endpoints and writes participants.csv,",
      "endpoints.csv, events.csv (or .parquet), summary.json and report.html into --out. Same as",
      "`isletsim trial zimislecel-phase12 --replicates R --threads T --out DIR`. Progress goes to stderr."
    })
final class DemoCommand implements Callable<Integer> {
  static final String PRESET = "zimislecel-phase12";
  /** Replicates by default: about 10 s on the shared 2-core machine (docs/PERFORMANCE.md). */
  static final int REPLICATES = 5;

  @Option(names = "--out", defaultValue = "out/demo", description = "Output directory (default ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--replicates", defaultValue = "" + REPLICATES, description = "Replicate trials (default ${DEFAULT-VALUE}).")
  int replicates;

  @Option(names = "--threads", defaultValue = "0", description = "Threads (0 = all processors).")
  int threads;

  @Option(names = "--quiet", description = "No progress on stderr.")
  boolean quiet;

  @picocli.CommandLine.Mixin TableFormatOption tableFormat;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Progress.Mode progressMode = Progress.detect(quiet); // a bad ISLETSIM_PROGRESS: exit 2 before any work
    Trials.checkReplicates(replicates);
    TableFormat format = tableFormat.forDirectory();
    Outputs.directory("--out", out);
    Protocol p = Trials.load(PRESET);
    TrialOptions options = new TrialOptions(p.seed(), replicates, Threads.resolve(threads), 0);
    long t0 = System.nanoTime();
    Summary s;
    try (Progress progress = Progress.start("demo", replicates, "replicates", progressMode,
        spec.commandLine().getErr())) {
      s = Trials.run(p, options, out, r -> progress.step(), List.of(new TrialReport(p)), format);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    PrintStream o = System.out;
    o.printf(Locale.ROOT, "%s: %d replicate trials of %d participants, seed %d (each participant a care course)%n",
        p.name(), replicates, p.totalParticipants(), p.seed());
    o.printf(Locale.ROOT, "%-10s %10s %12s %10s %10s %14s%n", "arm", "primary", "insulin-free", "HbA1c", "TIR", "peak C-pep");
    o.printf(Locale.ROOT, "%-10s %10s %12s %10s %10s %14s%n", "", "endpoint", "day 365", "day 365 %", "day 365 %", "day 365 pmol/L");
    for (Arm a : p.arms()) {
      o.printf(Locale.ROOT, "%-10s %10s %12s %10s %10s %14s%n", a.name(), pct(s, a, "primary_endpoint"),
          pct(s, a, "insulin_independent_d365"), num(s, a, "hba1c_pct_d365", 2), num(s, a, "tir_pct_d365", 1),
          num(s, a, "cpeptide_peak_pmol_l_d365", 0));
    }
    o.println("(means over replicates; published full dose: primary 12/12, insulin independent 10/12, TIR 93.3%)");
    o.printf(Locale.ROOT, "simulated in %.1f s; results in %s%n", seconds, out);
    o.println("report: " + out.resolve(TrialReport.FILE));
    return 0;
  }

  private static String pct(Summary s, Arm a, String ep) {
    double[] q = s.replicateInterval(a.name(), ep);
    return q == null || !Double.isFinite(q[3]) ? "NA" : String.format(Locale.ROOT, "%.0f%%", 100 * q[3]);
  }

  private static String num(Summary s, Arm a, String ep, int decimals) {
    double[] q = s.replicateInterval(a.name(), ep);
    return q == null || !Double.isFinite(q[3]) ? "NA" : String.format(Locale.ROOT, "%." + decimals + "f", q[3]);
  }
}
