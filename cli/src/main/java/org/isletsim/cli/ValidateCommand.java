package org.isletsim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.isletsim.InvalidInputException;
import org.isletsim.physiology.Integration;
import org.isletsim.validation.ReferenceTrace;
import org.isletsim.validation.ReferenceValidation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code isletsim validate}: compare the engine with simglucose reference traces. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Re-run every reference trace in DIR (openloop_<patient>.csv[.gz], bb_<patient>.csv[.gz]) and print, per trace,",
      "the max and RMS absolute difference of BG (mg/dL). Exit code 3 if any max exceeds --tolerance."
    })
final class ValidateCommand implements Callable<Integer> {
  /** Exit code when a trace differs by more than the tolerance. */
  static final int EXIT_MISMATCH = 3;

  @Option(names = "--reference", description = "Directory of reference traces.")
  Path reference;

  @Option(
      names = "--cross-check",
      description = "Instead of traces: compare the fast integration with reference mode (which reproduces simglucose"
          + " to round-off) for all 30 patients, open loop and basal-bolus, one day each.")
  boolean crossCheck;

  @Option(names = "--tolerance", defaultValue = "0.1", description = "Allowed max |dBG|, mg/dL (default ${DEFAULT-VALUE}).")
  double toleranceMgDl;

  @Option(
      names = "--integrator",
      defaultValue = "fast",
      description = "fast (default, the engine as used everywhere) or reference (simglucose's per-minute DOPRI5).")
  String integrator;

  @Override
  public Integer call() {
    if (!(toleranceMgDl >= 0)) throw new InvalidInputException("--tolerance must be >= 0 mg/dL");
    Integration chosen = SimulationOptions.integration(integrator); // a bad --integrator is an error in every mode
    if (crossCheck && reference != null) {
      throw new InvalidInputException("--cross-check compares the two integrators on all 30 patients; --reference DIR"
          + " compares against traces: give one");
    }
    if (crossCheck) return crossCheck();
    if (reference == null) throw new InvalidInputException("give --reference DIR (reference traces) or --cross-check");
    List<ReferenceValidation.Result> results =
        ReferenceValidation.compareAll(reference, chosen);
    System.out.println("file,patient,kind,rows,max_abs_dbg_mgdl,rms_dbg_mgdl,max_abs_dinsulin_u_per_min,status");
    boolean ok = true;
    for (ReferenceValidation.Result r : results) {
      boolean pass = r.within(toleranceMgDl);
      ok &= pass;
      System.out.printf(
          Locale.ROOT,
          "%s,%s,%s,%d,%.3e,%.3e,%.3e,%s%n",
          r.trace().file().getFileName(),
          r.trace().patient(),
          r.trace().kind() == ReferenceTrace.Kind.OPEN_LOOP ? "openloop" : "bb",
          r.trace().rows(),
          r.maxAbsDiffBgMgDl(),
          r.rmsDiffBgMgDl(),
          r.maxAbsDiffInsulinUPerMin(),
          pass ? "ok" : "FAIL");
    }
    System.out.printf(Locale.ROOT, "%d trace(s), tolerance %.3g mg/dL: %s%n", results.size(), toleranceMgDl, ok ? "all within" : "MISMATCH");
    return ok ? 0 : EXIT_MISMATCH;
  }

  private int crossCheck() {
    System.out.println("patient,kind,max_abs_dbg_mgdl,status");
    boolean ok = true;
    double worst = 0;
    for (ReferenceTrace.Kind kind : ReferenceTrace.Kind.values()) {
      for (ReferenceValidation.CrossCheck c : ReferenceValidation.crossCheck(kind)) {
        boolean pass = c.maxAbsDiffBgMgDl() <= toleranceMgDl;
        ok &= pass;
        worst = Math.max(worst, c.maxAbsDiffBgMgDl());
        System.out.printf(Locale.ROOT, "%s,%s,%.3e,%s%n", c.patient(), kind == ReferenceTrace.Kind.OPEN_LOOP ? "openloop" : "bb",
            c.maxAbsDiffBgMgDl(), pass ? "ok" : "FAIL");
      }
    }
    System.out.printf(Locale.ROOT, "60 runs, worst %.3e mg/dL, tolerance %.3g mg/dL: %s%n", worst, toleranceMgDl, ok ? "all within" : "MISMATCH");
    return ok ? 0 : EXIT_MISMATCH;
  }
}
