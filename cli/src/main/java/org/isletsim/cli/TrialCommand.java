package org.isletsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.isletsim.InvalidInputException;
import org.isletsim.io.table.TableFormat;
import org.isletsim.report.progress.Progress;
import org.isletsim.report.trial.TrialReport;
import org.isletsim.trial.TrialBackend;
import org.isletsim.trial.TrialOptions;
import org.isletsim.trial.TrialRunner;
import org.isletsim.trial.output.TrialOutput;
import org.isletsim.trial.output.TrialTraces;
import org.isletsim.trial.Trials;
import org.isletsim.trial.output.Summary;
import org.isletsim.trial.protocol.Protocol;
import org.isletsim.trial.protocol.ProtocolReader;
import org.isletsim.trial.stats.OperatingCharacteristic;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code isletsim trial}: run an in-silico trial protocol (YAML file or built-in preset). */
@Command(
    name = "trial",
    mixinStandardHelpOptions = true,
    description = {
      "Runs an in-silico trial: screens virtual cohorts, simulates every participant, evaluates endpoints at the",
      "visits and writes participants.csv, endpoints.csv, events.csv (or .parquet with --format parquet),",
      "summary.json and report.html (one self-contained HTML page with the charts) into --out (docs/trial.md,",
      "docs/report.md). Progress goes to stderr: a bar when stderr is a terminal, a line every 10 s otherwise.",
      "PROTOCOL is a YAML file or a preset: zimislecel-phase12, edmonton-2006, cipsc-autologous,",
      "encapsulated-no-immunosuppression. Protocol errors are all listed (file:line: field) and exit with code 2.",
      "Each participant is a care course of a graft recipient (docs/trial.md).",
      "--runner spark runs the replicates on Apache Spark (--master, default local[T]) with the same outputs;",
      "--out may then be any Hadoop-compatible URI (docs/spark.md)."
    })
public final class TrialCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PROTOCOL.yaml|PRESET", description = "protocol file or preset name")
  String protocol;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "output directory (created if needed); with --runner spark also a URI (hdfs://, s3a://, file://)")
  String out;

  @Option(names = "--seed", paramLabel = "S", description = "run seed (default: the protocol's seed)")
  Long seed;

  @Option(names = "--replicates", paramLabel = "R", defaultValue = "1", description = "replicate trials (default ${DEFAULT-VALUE})")
  int replicates;

  @Option(names = "--threads", paramLabel = "T", defaultValue = "0",
      description = "worker threads, 0 = all processors (default, as every command); outputs are identical for any value")
  int threads;

  @Option(names = "--patients", paramLabel = "N", description = "participants per arm, overriding the protocol")
  Integer patients;

  @Option(names = {"--traces", "--trace"}, description = "also write traces.csv (or .parquet): minute-level courses of "
      + "replicate 1's participants (t_min, bg, cgm, cho, insulin), replayed from the seed after the run (large)")
  boolean traces;

  @Option(names = "--quiet", description = "no progress or summary on the terminal")
  boolean quiet;

  @CommandLine.Mixin TableFormatOption tableFormat;

  @Option(names = "--runner", paramLabel = "R", defaultValue = "${sys:isletsim.runner:-local}",
      description = "local (default: threads of this JVM) or spark (docs/spark.md)")
  String runner;

  @Option(names = "--master", paramLabel = "URL",
      description = "with --runner spark: Spark master, e.g. local[2], spark://host:7077, yarn (default: spark-submit's, else local[T])")
  String master;

  @Override
  public Integer call() {
    Progress.Mode progressMode = Progress.detect(quiet); // a bad ISLETSIM_PROGRESS: exit 2 before any work
    Trials.checkReplicates(replicates);
    int threads = Threads.resolve(this.threads); // 0 = all processors, as every command
    if (patients != null) Trials.checkPatients(patients);
    TableFormat format = tableFormat.forDirectory();
    if (!runner.equals("local") && !runner.equals("spark")) {
      throw new InvalidInputException("--runner " + runner + ": expected local or spark");
    }
    if (master != null && runner.equals("local")) throw new InvalidInputException("--master: needs --runner spark");
    TrialBackend backend = runner.equals("local") ? null : TrialBackend.find(runner); // not on the class path: exit 2 now
    boolean uri = out.matches("^[A-Za-z][A-Za-z0-9+.-]*:/.*"); // hdfs://…, s3a://…, file:///…
    if (uri && runner.equals("local")) {
      throw new InvalidInputException("--out " + out + ": a URI needs --runner spark (the local runner writes a local directory)");
    }
    if (!uri) Outputs.directory("--out", Path.of(out));
    ProtocolReader.Source source = ProtocolReader.source(protocol);
    Protocol p = Trials.load(source);
    TrialOptions options = new TrialOptions(seed == null ? p.seed() : seed, replicates, threads, patients == null ? 0 : patients);
    // every arm of every replicate screened before progress starts: an arm that cannot be filled is exit 2 here
    // (the Spark runner's executors screen their replicates again; screening is cheap)
    TrialRunner.Screened screened = backend == null ? Trials.screen(p, options) : null;
    if (backend != null) TrialRunner.checkScreening(p, options); // the executors screen again; nothing kept here
    PrintWriter err = spec.commandLine().getErr();
    var success = p.success();
    if (success != null && !quiet) {
      int n = options.patientsPerArm() > 0 ? options.patientsPerArm() : p.arm(success.arm()).participants();
      if (success.minCount() > n) {
        err.printf(Locale.ROOT, "note: the success criterion needs %d participants in arm %s, which has %d: it cannot be met%n",
            success.minCount(), success.arm(), n);
      }
    }
    long t0 = System.nanoTime();
    TrialReport report = new TrialReport(p);
    List<TrialOutput.Extra> extras = traces ? List.of(report, new TrialTraces(format)) : List.of(report);
    Summary s;
    // a backend starts (a Spark session: its master and settings checked) before progress, so its user errors come first
    IntConsumer[] replicateDone = {r -> {}};
    TrialBackend.Started started = backend == null ? null
        : backend.start(new TrialBackend.Run(source, p, options, out, format, master, r -> replicateDone[0].accept(r), extras));
    try (Progress progress = Progress.start("trial", replicates, "replicates", progressMode, err)) {
      replicateDone[0] = r -> progress.step();
      s = started == null ? Trials.run(screened, Path.of(out), r -> progress.step(), extras, format) : started.run();
    } finally {
      if (started != null) started.close();
    }
    if (!quiet) {
      err.printf(Locale.ROOT, "run %.2f s, of which report.html %.3f s%n", (System.nanoTime() - t0) / 1e9, report.seconds());
      err.flush();
    }
    if (!quiet) {
      PrintWriter o = spec.commandLine().getOut();
      o.printf(Locale.ROOT, "%s: %d replicate(s), seed %d, %s -> %s%n", p.name(), replicates, options.seed(),
          ProtocolReader.PRESETS.contains(protocol) ? "preset" : "file", out);
      OperatingCharacteristic oc = s.operatingCharacteristic();
      if (oc != null) {
        o.printf(Locale.ROOT, "P(success: %s) = %.3f (Monte-Carlo SE %.3f; exact 95%% CI %.3f-%.3f)%n", oc.criterion(),
            oc.probability(), oc.monteCarloSe(), oc.ci().low(), oc.ci().high());
      }
      o.println("report: " + (uri ? out.replaceAll("/+$", "") + "/" + TrialReport.FILE : Path.of(out).resolve(TrialReport.FILE)));
      o.flush();
    }
    return 0;
  }
}
