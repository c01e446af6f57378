package org.isletsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.isletsim.InvalidInputException;
import org.isletsim.graft.GraftCourseCsv;
import org.isletsim.graft.GraftFunctionIndices;
import org.isletsim.graft.GraftPlan;
import org.isletsim.graft.GraftPlanYaml;
import org.isletsim.graft.GraftedMmtt;
import org.isletsim.graft.LabSubject;
import org.isletsim.graft.LabUnits;
import org.isletsim.graft.Mmtt;
import org.isletsim.graft.MmttResult;
import org.isletsim.graft.VirtualSubjects;
import org.isletsim.io.table.TableFormat;
import org.isletsim.io.table.Tables;
import org.isletsim.report.progress.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code isletsim mmtt}: mixed-meal tolerance test and fasting labs on one virtual subject. */
@Command(
    name = "mmtt",
    mixinStandardHelpOptions = true,
    description = {
      "Mixed-meal tolerance test (6 mL/kg Boost HP, max 360 mL) after an overnight fast on one virtual subject.",
      "Writes the minute-by-minute course (t_min,glucose_mgdl,cpeptide_pmol_l,insulin_pmol_l,sample) as CSV or",
      "Parquet and prints fasting labs, the 30/60/90/120-min values, peak, AUC and graft-function indices.",
      "--day needs --graft; --seed needs --graft or a healthy control (a T1D subject without graft has nothing random).",
      "With --course-out, progress of the day-by-day course goes to stderr (--quiet silences it)."
    })
public final class MmttCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--patient", required = true, paramLabel = "ID",
      description = "catalogue subject (adult#001 ...), or 'healthy' / 'healthy#N' for a virtual healthy control")
  String patient;

  @Option(names = "--graft", paramLabel = "FILE.yaml", description = "graft file (see docs/graft.md); T1D subjects only")
  Path graft;

  /** Latest day of the graft course an MMTT can be asked for: 10 years, the longest course. */
  static final int MAX_DAY = 3650;

  @Option(names = "--day", paramLabel = "D", defaultValue = "365",
      description = "with --graft: day of the graft course on which the test is done (default ${DEFAULT-VALUE});"
          + " an error without --graft, as there is no course")
  int day;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "run seed (default ${DEFAULT-VALUE}): draws a graft recipient's course and a healthy control's"
          + " between-subject variability; an error for a catalogue T1D subject without --graft, who has nothing random")
  long seed;

  @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "course output (CSV, or Parquet"
      + " for FILE.parquet or --format parquet)")
  Path out;

  @Option(names = "--course-out", paramLabel = "FILE.csv",
      description = "with --graft: also simulate and write the recipient's course day by day from day 0 to --day"
          + " (graft mass, insulin fraction, mean glucose, TIR, time below range, fasting glucose and C-peptide)")
  Path courseOut;

  @Option(names = "--hba1c", paramLabel = "PERCENT", description = "HbA1c for beta-score and BETA-2 (optional)")
  Double hba1c;

  @CommandLine.Mixin TableFormatOption tableFormat;

  @Option(names = "--quiet", description = "no progress of the --course-out course on stderr")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    Progress.Mode progressMode = Progress.detect(quiet); // a bad ISLETSIM_PROGRESS: exit 2 before any work
    if (day < 0 || day > MAX_DAY) {
      throw new InvalidInputException("--day: " + day + "; expected a day of the graft course, 0 to " + MAX_DAY
          + " (10 years, as course --years)");
    }
    if (hba1c != null && !(hba1c > 3 && hba1c < 20)) throw new InvalidInputException("--hba1c: must be a percentage in (3, 20) (got " + hba1c + ")");
    MmttResult result;
    double basalUPerMin;
    double bodyWeightKg;
    String what;
    if (courseOut != null && graft == null) throw new InvalidInputException("--course-out: needs --graft");
    boolean healthy = VirtualSubjects.isHealthy(patient);
    if (healthy && graft != null) throw new InvalidInputException("--graft: a healthy control has a native pancreas and takes no graft");
    CommandLine.ParseResult given = spec.commandLine().getParseResult();
    if (graft == null && given.hasMatchedOption("--day")) {
      throw new InvalidInputException("--day: " + patient + (healthy ? " is a healthy control with" : " has") + " no graft course"
          + " to pick a day of; expected --day only with --graft");
    }
    if (graft == null && !healthy && given.hasMatchedOption("--seed")) {
      throw new InvalidInputException("--seed: " + patient + " without a graft is the catalogue subject, the same for every seed;"
          + " expected --seed only with --graft or for a healthy control");
    }
    TableFormat format = tableFormat.forFile("--out", out);
    TableFormat courseFormat = courseOut == null ? null : tableFormat.forFile("--course-out", courseOut);
    Outputs.file("--out", out, spec);
    if (courseOut != null && courseOut.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
      throw new InvalidInputException("--course-out " + courseOut + ": the same file as --out; expected two different files");
    }
    if (courseOut != null) Outputs.file("--course-out", courseOut, spec);
    if (healthy) {
      LabSubject s = VirtualSubjects.healthy(patient, seed);
      basalUPerMin = 0;
      bodyWeightKg = s.bodyWeightKg();
      result = Mmtt.run(s, 0);
      what = patient + " (healthy control, native pancreas; seed " + seed + ")";
    } else if (graft == null) {
      LabSubject s = VirtualSubjects.t1d(patient);
      basalUPerMin = s.usualBasalUPerMin();
      bodyWeightKg = s.bodyWeightKg();
      result = Mmtt.run(s, basalUPerMin);
      what = patient + " (T1D, no graft)";
    } else {
      GraftPlan plan = GraftPlanYaml.read(graft);
      String id = patient.trim().replace('_', '#');
      GraftedMmtt.Outcome o = GraftedMmtt.run(id, id, seed, plan, day);
      if (courseOut != null) {
        try (Progress progress = Progress.start("mmtt course", day + 1L, "days", progressMode,
            spec.commandLine().getErr())) {
          Tables.write(courseOut, courseFormat, GraftCourseCsv.COLUMNS,
              w -> GraftCourseCsv.write(w, id, id, seed, plan, day, d -> progress.step()));
        }
      }
      result = o.mmtt();
      basalUPerMin = o.basalUPerMin();
      bodyWeightKg = VirtualSubjects.t1d(id).bodyWeightKg();
      what = String.format(Locale.ROOT, "%s with %s graft (%s), day %d: beta fraction %.3f, alpha fraction %.3f, mature %.0f IEQ, immature %.0f IEQ",
          id, plan.product().id(), plan.site().id(), day, o.graft().betaFraction(), o.graft().alphaFraction(),
          o.graft().matureIeq(), o.graft().immatureIeq());
    }
    Tables.write(out, format, MmttResult.COLUMNS, result::writeTo);
    print(spec.commandLine().getOut(), what, result, basalUPerMin, bodyWeightKg);
    return 0;
  }

  private void print(PrintWriter o, String what, MmttResult r, double basalUPerMin, double bw) {
    double fg = r.fastingGlucoseMgDl(), fcp = r.fastingCpeptidePmolL(), pk = r.peakCpeptidePmolL();
    double insulinUPerKgDay = basalUPerMin * 1440 / bw;
    o.println("MMTT: " + what);
    o.printf(Locale.ROOT, "drink %.1f g carbohydrate; basal insulin during test %.4f U/min (%.3f U/kg/d)%n", r.carbohydrateG(), basalUPerMin, insulinUPerKgDay);
    o.printf(Locale.ROOT, "fasting: glucose %.1f mg/dL (%.2f mmol/L), C-peptide %.1f pmol/L (%.3f nmol/L, %.3f ng/mL), insulin %.1f pmol/L%n",
        fg, LabUnits.glucoseMgDlToMmolL(fg), fcp, LabUnits.pmolLToNmolL(fcp), LabUnits.cpeptidePmolLToNgMl(fcp), r.at(0).insulinPmolL());
    o.println("t_min  glucose_mgdl  cpeptide_pmol_l");
    for (int t : new int[] {0, 30, 60, 90, 120}) o.printf(Locale.ROOT, "%5d  %12.1f  %15.1f%n", t, r.glucoseAt(t), r.cpeptideAt(t));
    o.printf(Locale.ROOT, "peak C-peptide %.1f pmol/L; AUC 0-120 min: C-peptide %.0f pmol/L*min, glucose %.0f mg/dL*min; C-peptide %s%n",
        pk, r.cpeptideAucPmolLMin(120), r.glucoseAucMgDlMin(120), r.cpeptideDetectable() ? "detectable" : "undetectable (<13 pmol/L)");
    double fcpNg = LabUnits.cpeptidePmolLToNgMl(fcp);
    o.printf(Locale.ROOT, "SUITO %.1f; Igls 2.0 graft function %s%n", GraftFunctionIndices.suito(fg, fcpNg),
        GraftFunctionIndices.igls2GraftFunction(fcpNg, LabUnits.cpeptidePmolLToNgMl(pk), basalUPerMin > 0));
    if (hba1c != null) {
      double fgMmol = LabUnits.glucoseMgDlToMmolL(fg);
      o.printf(Locale.ROOT, "beta-score %d; BETA-2 %.1f (HbA1c %.1f%%, insulin %.3f U/kg/d)%n",
          GraftFunctionIndices.betaScore(fgMmol, hba1c, insulinUPerKgDay, false, LabUnits.pmolLToNmolL(fcp), LabUnits.pmolLToNmolL(pk)),
          GraftFunctionIndices.beta2(fgMmol, hba1c, insulinUPerKgDay, LabUnits.pmolLToNmolL(fcp)), hba1c, insulinUPerKgDay);
    } else {
      o.println("beta-score, BETA-2: pass --hba1c to compute");
    }
    o.println("MMTT time course written to " + out + (courseOut != null ? "; day-by-day course to " + courseOut : ""));
    o.flush();
  }
}
