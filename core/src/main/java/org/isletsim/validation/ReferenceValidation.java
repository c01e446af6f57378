package org.isletsim.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.isletsim.InvalidInputException;
import org.isletsim.physiology.PatientCatalog;
import org.isletsim.physiology.Integration;
import org.isletsim.physiology.PatientParameters;
import org.isletsim.simulation.MealSpec;
import org.isletsim.simulation.MinuteSink;
import org.isletsim.simulation.SimulationSpec;
import org.isletsim.simulation.SimulationSpec.ControllerKind;

/**
 * Re-runs the engine in the configuration of each reference trace and compares observed glucose: per minute
 * for open-loop traces (basal u2ss·BW/6000, reference meals, no devices), and per 3-minute step mean for
 * basal-bolus traces (noise-free Dexcom, Insulet, reference controller and meals). Also compares delivered
 * insulin.
 */
public final class ReferenceValidation {
  private ReferenceValidation() {}

  /**
   * One trace's comparison.
   *
   * @param trace the reference
   * @param maxAbsDiffBgMgDl max |engine − reference| of BG
   * @param rmsDiffBgMgDl root-mean-square of the BG differences
   * @param maxAbsDiffInsulinUPerMin max |engine − reference| of delivered insulin
   */
  public record Result(
      ReferenceTrace trace, double maxAbsDiffBgMgDl, double rmsDiffBgMgDl, double maxAbsDiffInsulinUPerMin) {
    public boolean within(double toleranceMgDl) {
      return maxAbsDiffBgMgDl <= toleranceMgDl;
    }
  }

  /** The engine configuration that reproduces a reference trace of {@code kind}. */
  public static SimulationSpec specFor(ReferenceTrace.Kind kind) {
    return switch (kind) {
      case OPEN_LOOP -> new SimulationSpec(1, 0, MealSpec.REFERENCE_DAY, ControllerKind.BASAL, "ideal", "ideal", 1, false, 0, Integration.FAST);
      case BASAL_BOLUS -> SimulationSpec.referenceBasalBolusDay();
    };
  }

  /**
   * One patient's difference between the default (fast) integration and reference mode, which reproduces
   * simglucose's traces to round-off and so stands in for simglucose on patients without a shared trace.
   *
   * @param patient patient id
   * @param kind the run configuration compared
   * @param maxAbsDiffBgMgDl max over minutes 0..1440 of |fast − reference| BG
   */
  public record CrossCheck(String patient, ReferenceTrace.Kind kind, double maxAbsDiffBgMgDl) {}

  /** Cross-checks every catalogue patient for one day in the configuration of {@code kind}. */
  public static List<CrossCheck> crossCheck(ReferenceTrace.Kind kind) {
    SimulationSpec fast = specFor(kind);
    SimulationSpec ref = fast.withIntegration(Integration.REFERENCE);
    List<CrossCheck> out = new ArrayList<>();
    for (PatientParameters p : PatientCatalog.all()) {
      double[] a = new double[(int) fast.minutes() + 1];
      double[] b = new double[a.length];
      ref.subject(p).run(fast.minutes(), (t, g, pg, c, cho, ins, s) -> a[(int) t] = g);
      fast.subject(p).run(fast.minutes(), (t, g, pg, c, cho, ins, s) -> b[(int) t] = g);
      double worst = 0;
      for (int i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]));
      out.add(new CrossCheck(p.name(), kind, worst));
    }
    return out;
  }

  /** All reference traces in {@code dir}, sorted by file name. */
  public static List<Path> referenceFiles(Path dir) {
    if (Files.isRegularFile(dir)) {
      throw new InvalidInputException(dir + ": is a file; expected the directory that holds the reference traces");
    }
    if (!Files.isDirectory(dir)) throw new InvalidInputException("reference directory not found: " + dir);
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> files = s.filter(ReferenceTrace::isReferenceFile).sorted().toList();
      if (files.isEmpty()) {
        throw new InvalidInputException(
            dir + ": no reference traces (expected files openloop_<patient>.csv[.gz] or bb_<patient>.csv[.gz])");
      }
      return files;
    } catch (IOException e) {
      throw new InvalidInputException("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Compares with the default (fast) integration. */
  public static Result compare(ReferenceTrace ref) {
    return compare(ref, Integration.FAST);
  }

  public static Result compare(ReferenceTrace ref, Integration integration) {
    PatientParameters p;
    try {
      p = PatientCatalog.get(ref.patient());
    } catch (InvalidInputException e) { // the patient comes from the file's name
      throw new InvalidInputException(ref.file() + ": the file name names " + e.getMessage(), e);
    }
    SimulationSpec spec = specFor(ref.kind()).withIntegration(integration);
    int minutes = (int) spec.minutes();
    double[] bg = new double[minutes + 1];
    double[] insulin = new double[minutes + 1];
    MinuteSink capture =
        (t, g, pg, c, cho, ins, s) -> {
          bg[(int) t] = g;
          insulin[(int) t] = ins;
        };
    spec.subject(p).run(minutes, capture);
    double[] refBg = ref.column("BG");
    double[] refIns = ref.column("insulin_Upm");
    double[] refT = ref.column("t_min");
    double max = 0, sq = 0, maxIns = 0;
    int n = ref.rows();
    // one day: open loop every minute 0..1440, basal-bolus every 3 minutes 0..1437 (the reference's layout)
    int expectedRows = ref.kind() == ReferenceTrace.Kind.OPEN_LOOP ? minutes + 1 : minutes / 3;
    if (n != expectedRows) {
      throw new InvalidInputException(ref.file() + ": " + n + " data rows; expected " + expectedRows + " (one day, t_min 0.."
          + (ref.kind() == ReferenceTrace.Kind.OPEN_LOOP ? minutes : minutes - 3) + ") — truncated or not a one-day trace?");
    }
    for (int i = 0; i < n; i++) {
      double tRaw = refT[i];
      if (!(tRaw >= 0) || tRaw != Math.rint(tRaw)) {
        throw new InvalidInputException(ref.file() + ":" + (i + 2) + ": t_min " + tRaw + " is not a whole number of minutes >= 0");
      }
      int t = (int) tRaw;
      int expectedT = ref.kind() == ReferenceTrace.Kind.OPEN_LOOP ? i : 3 * i;
      if (t != expectedT) {
        throw new InvalidInputException(ref.file() + ":" + (i + 2) + ": t_min " + t + "; expected " + expectedT + " (rows "
            + (ref.kind() == ReferenceTrace.Kind.OPEN_LOOP ? "one minute" : "3 minutes") + " apart from 0, in order)");
      }
      double engineBg, engineIns;
      if (ref.kind() == ReferenceTrace.Kind.OPEN_LOOP) {
        if (t > minutes) throw new InvalidInputException(ref.file() + ": t_min " + t + " beyond one day");
        engineBg = bg[t];
        engineIns = insulin[t];
      } else {
        if (t + 3 > minutes) throw new InvalidInputException(ref.file() + ": t_min " + t + " beyond one day");
        engineBg = (bg[t + 1] + bg[t + 2] + bg[t + 3]) / 3; // post-minute values of the step
        engineIns = (insulin[t] + insulin[t + 1] + insulin[t + 2]) / 3;
      }
      double d = Math.abs(engineBg - refBg[i]);
      max = Math.max(max, d);
      sq += d * d;
      if (t < minutes) maxIns = Math.max(maxIns, Math.abs(engineIns - refIns[i]));
    }
    return new Result(ref, max, Math.sqrt(sq / n), maxIns);
  }

  /** Compares every trace in {@code dir} with the default (fast) integration. */
  public static List<Result> compareAll(Path dir) {
    return compareAll(dir, Integration.FAST);
  }

  public static List<Result> compareAll(Path dir, Integration integration) {
    List<Result> out = new ArrayList<>();
    for (Path f : referenceFiles(dir)) out.add(compare(ReferenceTrace.read(f), integration));
    return out;
  }
}
