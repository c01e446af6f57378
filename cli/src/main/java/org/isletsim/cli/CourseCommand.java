package org.isletsim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.isletsim.InvalidInputException;
import org.isletsim.care.course.CareEvent;
import org.isletsim.care.course.CourseFiles;
import org.isletsim.care.course.CourseOutput;
import org.isletsim.care.course.CourseResult;
import org.isletsim.care.course.CourseRunner;
import org.isletsim.care.course.DailySummary;
import org.isletsim.care.graft.IsletGraft;
import org.isletsim.care.graft.NoGraft;
import org.isletsim.care.graft.RecipientGraft;
import org.isletsim.graft.GraftPlanYaml;
import org.isletsim.care.policy.CarePolicy;
import org.isletsim.care.policy.CarePolicyLoader;
import org.isletsim.io.table.TableFormat;
import org.isletsim.physiology.PatientCatalog;
import org.isletsim.report.progress.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code isletsim course}: one virtual person over months or years under a care policy (docs/care.md). */
@Command(
    name = "course",
    mixinStandardHelpOptions = true,
    description = {
      "Simulate one virtual person for up to 10 years with day-to-day life, insulin regimen, clinician titration,",
      "severe hypoglycaemia, HbA1c and immunosuppression; write daily.csv, events.csv and summary.txt to --out",
      "(and trace.csv with --trace; the tables as .parquet with --format parquet). Progress goes to stderr."
    })
final class CourseCommand implements Callable<Integer> {
  @Option(names = "--patient", required = true, description = "Catalogue patient id, e.g. adult#001.")
  String patient;

  @Option(names = "--years", required = true, description = "Course length in years (0 < Y <= 10; days = round(Y*365)).")
  double years;

  @Option(names = "--care", description = "Care policy YAML overriding the bundled defaults (docs/care.md).")
  Path care;

  @Option(names = "--graft", description = "Graft plan YAML (examples/graft/, docs/graft.md): the person is a graft recipient infused on day 0.")
  Path graft;

  @Option(names = "--seed", defaultValue = "1", description = "Run seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = {"--trace", "--traces"}, description = "Also write trace.csv, one row per minute (large).")
  boolean trace;

  @Mixin TableFormatOption tableFormat;

  @Option(names = "--quiet", description = "No progress on stderr (a bar when stderr is a terminal, a line every 10 s otherwise).")
  boolean quiet;

  @Spec CommandSpec spec;

  @Option(names = "--out", required = true, description = "Output directory.")
  Path out;

  @Override
  public Integer call() {
    Progress.Mode progressMode = Progress.detect(quiet); // a bad ISLETSIM_PROGRESS: exit 2 before any work
    if (!(years > 0 && years <= 10)) throw new InvalidInputException("--years " + years + ": expected 0 < years <= 10");
    TableFormat format = tableFormat.forDirectory();
    Outputs.directory("--out", out);
    RecipientGraft recipient = graft == null ? NoGraft.INSTANCE : new IsletGraft(GraftPlanYaml.read(graft));
    CarePolicy policy = CarePolicyLoader.load(care);
    int days = (int) Math.max(1, Math.round(years * 365));
    CourseRunner runner = new CourseRunner(PatientCatalog.get(patient), policy, recipient, seed);
    CourseResult r;
    try (Progress progress = Progress.start("course", days, "days", progressMode, spec.commandLine().getErr())) {
      r = CourseFiles.write(runner, days, trace, out, format, new CourseOutput() {
        @Override
        public void day(DailySummary summary) {
          progress.step();
        }

        @Override
        public void event(CareEvent event) {}
      });
    }
    System.out.printf(java.util.Locale.ROOT,
        "wrote %s: %s, %d days, %d severe hypoglycaemic events, TIR %.1f%%, HbA1c %.2f%% -> %.2f%%%n",
        out, r.patient(), r.days(), r.sheEvents(), r.tirPct(), r.hba1cStartPct(), r.hba1cEndPct());
    return 0;
  }
}
