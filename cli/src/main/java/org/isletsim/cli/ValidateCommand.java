package org.isletsim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.isletsim.InvalidInputException;
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

  @Option(names = "--reference", required = true, description = "Directory of reference traces.")
  Path reference;

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
    List<ReferenceValidation.Result> results =
        ReferenceValidation.compareAll(reference, SimulationOptions.integration(integrator));
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
          r.trace().kind() == org.isletsim.validation.ReferenceTrace.Kind.OPEN_LOOP ? "openloop" : "bb",
          r.trace().rows(),
          r.maxAbsDiffBgMgDl(),
          r.rmsDiffBgMgDl(),
          r.maxAbsDiffInsulinUPerMin(),
          pass ? "ok" : "FAIL");
    }
    System.out.printf(Locale.ROOT, "%d trace(s), tolerance %.3g mg/dL: %s%n", results.size(), toleranceMgDl, ok ? "all within" : "MISMATCH");
    return ok ? 0 : EXIT_MISMATCH;
  }
}
