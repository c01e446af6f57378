package org.isletsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.isletsim.InvalidInputException;
import org.isletsim.report.progress.Progress;
import org.isletsim.candidacy.analysis.CandidacyAnalysis;
import org.isletsim.candidacy.analysis.CandidacyOptions;
import org.isletsim.candidacy.analysis.CandidacyResult;
import org.isletsim.candidacy.analysis.Comparison;
import org.isletsim.candidacy.outcome.InputsReader;
import org.isletsim.candidacy.outcome.ModelInputs;
import org.isletsim.candidacy.output.CandidacyFiles;
import org.isletsim.candidacy.output.CandidacyJson;
import org.isletsim.candidacy.output.CandidacyReport;
import org.isletsim.candidacy.population.PopulationAnalysis;
import org.isletsim.candidacy.population.PopulationFiles;
import org.isletsim.candidacy.population.PopulationReader;
import org.isletsim.candidacy.population.PopulationResult;
import org.isletsim.candidacy.population.PopulationSpec;
import org.isletsim.candidacy.profile.CgmExports;
import org.isletsim.candidacy.profile.Profile;
import org.isletsim.candidacy.profile.ProfileReader;
import org.isletsim.care.policy.CarePolicyLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code isletsim candidacy}: benefit–risk of stem-cell islets for a person's profile or a population (docs/candidacy.md). */
@Command(
    name = "candidacy",
    mixinStandardHelpOptions = true,
    description = {
      "Who should get stem-cell islets: compares current care, best standard care (hybrid closed loop) and",
      "stem-cell islets with immunosuppression for virtual twins of the person in PROFILE.yaml over a horizon;",
      "writes candidacy.json (top-level \"verdict\": likely_benefit | uncertain | likely_net_harm) and report.html.",
      "With --population FILE.yaml: the same analysis over a generated population (population.json, people.csv,",
      "report.html). Input errors name the file, line and field and exit with code 2."
    })
final class CandidacyCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "PROFILE.yaml", description = "the person's profile (examples/profiles/)")
  Path profile;

  @Option(names = "--population", paramLabel = "FILE.yaml", description = "analyse a generated population instead of one profile")
  Path population;

  @Option(names = "--cgm", paramLabel = "FILE", description = "a real CGM export (any format of 'isletsim cgm'); replaces the profile's HbA1c/TIR in the conditioning")
  Path cgm;

  @Mixin CgmImportOptions cgmOptions;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "output directory")
  Path out;

  @Option(names = "--seed", paramLabel = "S", description = "run seed (default " + CandidacyOptions.DEFAULT_SEED + "; a population file's own seed otherwise)")
  Long seed;

  @Option(names = "--threads", paramLabel = "T", defaultValue = "0", description = "worker threads, 0 = all processors (default); results do not depend on it")
  int threads;

  @Option(names = "--horizon-years", paramLabel = "Y", description = "horizon in whole years, 1-10 (default " + CandidacyOptions.DEFAULT_HORIZON_YEARS + ")")
  Integer horizonYears;

  @Option(names = "--twins", paramLabel = "N", description = "virtual twins (default " + CandidacyOptions.DEFAULT_TWINS + "; more twins, smaller Monte-Carlo error)")
  Integer twins;

  @Option(names = "--extra-strategies", split = ",", paramLabel = "S", description = "also compare: autologous, encapsulated (no immunosuppression)")
  List<String> extra = new ArrayList<>();

  @Option(names = {"--inputs", "--utilities"}, paramLabel = "FILE.yaml", description = "override utility weights and rates (name: value; docs/candidacy.md)")
  Path inputs;

  @Option(names = "--quiet", description = "no progress or summary on the terminal")
  boolean quiet;

  @Override
  public Integer call() {
    int t = Threads.resolve(threads);
    Progress.Mode progressMode = Progress.detect(quiet); // a bad ISLETSIM_PROGRESS: exit 2 before any work
    Outputs.directoryWrittenInPlace("--out", out); // before the run, which takes minutes, not after it
    String cgmOption = cgmOptions.firstGiven();
    if (cgm == null && cgmOption != null) {
      throw new InvalidInputException(cgmOption + ": a CGM import option, which needs --cgm FILE");
    }
    ModelInputs in = ModelInputs.defaults(CarePolicyLoader.defaults());
    if (inputs != null) in = InputsReader.read(inputs, in);
    if (population != null) {
      if (profile != null) throw new InvalidInputException("give either PROFILE.yaml or --population FILE.yaml, not both");
      if (cgm != null) throw new InvalidInputException("--cgm: a CGM export describes one person; not with --population");
      return population(t, in, progressMode);
    }
    if (profile == null) throw new InvalidInputException("missing PROFILE.yaml (or --population FILE.yaml); see 'isletsim candidacy --help'");
    Profile p = ProfileReader.read(profile);
    PrintWriter err = spec.commandLine().getErr();
    if (cgm != null) {
      var summary = CgmExports.read(cgm, cgmOptions.format, cgmOptions.options());
      p = p.withCgm(summary);
      if (!quiet) {
        err.printf(Locale.ROOT, "isletsim: %s: %.1f days, mean %.0f mg/dL, TIR %.1f%%, GMI %.2f%% (replaces the profile's HbA1c/TIR)%n",
            summary.source(), summary.days(), summary.meanMgDl(), summary.tirPct(), summary.gmiPct());
      }
    }
    CandidacyOptions o = new CandidacyOptions(seed == null ? CandidacyOptions.DEFAULT_SEED : seed,
        twins == null ? CandidacyOptions.DEFAULT_TWINS : twins,
        horizonYears == null ? CandidacyOptions.DEFAULT_HORIZON_YEARS : horizonYears, t, extra, in, true);
    long t0 = System.nanoTime();
    CandidacyResult r;
    try (Progress progress = Progress.start("physiology", CandidacyAnalysis.courses(p, o), "courses", progressMode, err)) {
      r = CandidacyAnalysis.run(p, o, done -> progress.step()); // called once per finished course
    }
    CandidacyFiles.write(r, out);
    if (!quiet) {
      var tm = r.timing();
      err.printf(Locale.ROOT, "run %.1f s (twins %.2f s, physiology %.1f s, outcomes %.2f s, sensitivity %.2f s) on %d threads%n",
          (System.nanoTime() - t0) / 1e9, tm.twinsSeconds(), tm.physiologySeconds(), tm.outcomesSeconds(), tm.sensitivitySeconds(), t);
      err.flush();
      java.io.PrintStream o2 = System.out; // stdout: the result line (progress goes to stderr)
      Comparison c = r.comparison("islets", "current");
      o2.printf(Locale.ROOT, "%s: verdict %s (islets vs current care: %+.2f QALY over %d y, 90%% of twins %+.2f to %+.2f, "
              + "Monte-Carlo SE %.3f, P(benefit) %.2f); vs best standard care: %s%n", p.name(), r.verdict().id(),
          c.netBenefitQaly().mean(), o.horizonYears(), c.netBenefitQaly().p05(), c.netBenefitQaly().p95(),
          c.netBenefitQaly().mcSe(), c.probabilityOfBenefit(), r.verdictVsBestStandardCare().id());
      o2.println("wrote " + out.resolve(CandidacyJson.FILE) + " and " + out.resolve(CandidacyReport.FILE));
      o2.flush();
    }
    return 0;
  }

  private int population(int t, ModelInputs in, Progress.Mode progressMode) {
    PopulationSpec s = PopulationReader.read(population);
    if (seed != null) s = s.withSeed(seed);
    if (twins != null) s = s.withTwinsPerPerson(twins);
    if (horizonYears != null) s = s.withHorizonYears(horizonYears);
    PrintWriter err = spec.commandLine().getErr();
    long t0 = System.nanoTime();
    PopulationResult r;
    try (Progress progress = Progress.start("population", s.people(), "people", progressMode, err)) {
      r = PopulationAnalysis.run(s, t, extra, in, done -> progress.step()); // called once per finished person
    }
    PopulationFiles.write(r, out);
    if (!quiet) {
      java.io.PrintStream o = System.out;
      o.printf(Locale.ROOT, "%s: %d people; meet the trial's eligibility %.1f%% (95%% CI %.1f-%.1f); likely benefit %.1f%% "
              + "(95%% CI %.1f-%.1f); run %.1f s%n", s.name(), r.people().size(), 100 * r.eligible().p(), 100 * r.eligible().low(),
          100 * r.eligible().high(), 100 * r.likelyBenefit().p(), 100 * r.likelyBenefit().low(), 100 * r.likelyBenefit().high(),
          (System.nanoTime() - t0) / 1e9);
      o.println("wrote " + out.resolve(PopulationFiles.JSON) + ", " + out.resolve(PopulationFiles.CSV) + " and " + out.resolve(CandidacyReport.FILE));
      o.flush();
    }
    return 0;
  }
}
