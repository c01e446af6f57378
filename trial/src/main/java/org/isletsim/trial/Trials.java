package org.isletsim.trial;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.isletsim.InvalidInputException;
import org.isletsim.io.table.TableFormat;
import org.isletsim.trial.cohort.CohortGenerator;
import org.isletsim.trial.cohort.Screening;
import org.isletsim.trial.output.Summary;
import org.isletsim.trial.output.TrialOutput;
import org.isletsim.trial.protocol.Problem;
import org.isletsim.trial.protocol.Protocol;
import org.isletsim.trial.protocol.ProtocolReader;
import org.isletsim.trial.sim.ParticipantSimulator;
import org.isletsim.trial.sim.CareCourseSimulator;

/** Entry points: load and check a protocol, run it into an output directory. */
public final class Trials {
  /** Candidates drawn in the feasibility check. */
  public static final int FEASIBILITY_CANDIDATES = 2000;

  private Trials() {}

  /** {@code --replicates} as a user gave it: 1 to {@link TrialOptions#MAX_REPLICATES}, else a user error. */
  public static void checkReplicates(long replicates) {
    if (replicates < 1 || replicates > TrialOptions.MAX_REPLICATES) {
      throw new InvalidInputException("--replicates: " + replicates + " replicate trials; expected 1 to "
          + TrialOptions.MAX_REPLICATES);
    }
  }

  /** {@code --patients} as a user gave it: 1 to {@link TrialOptions#MAX_PARTICIPANTS_PER_ARM}, else a user error. */
  public static void checkPatients(long patients) {
    if (patients < 1 || patients > TrialOptions.MAX_PARTICIPANTS_PER_ARM) {
      throw new InvalidInputException("--patients: " + patients + " participants per arm; expected 1 to "
          + TrialOptions.MAX_PARTICIPANTS_PER_ARM);
    }
  }

  /**
   * Loads a protocol file or preset and checks that its eligibility can be met: each criterion alone and all
   * together must accept at least one of {@value #FEASIBILITY_CANDIDATES} candidates drawn from the protocol's
   * population (seed 0). All problems are reported at once ({@link ProtocolReader#throwIfAny}).
   */
  public static Protocol load(String fileOrPreset) {
    return load(ProtocolReader.source(fileOrPreset));
  }

  /** As {@link #load(String)}, from a protocol's text. */
  public static Protocol load(ProtocolReader.Source source) {
    Protocol p = ProtocolReader.parse(source.text(), source.name());
    ProtocolReader.throwIfAny(feasibility(p));
    return p;
  }

  static List<Problem> feasibility(Protocol p) {
    List<Problem> problems = new ArrayList<>();
    var e = p.population().eligibility();
    int[] passEach = new int[org.isletsim.trial.protocol.Eligibility.CRITERIA.size()];
    int passAll = 0;
    for (int i = 0; i < FEASIBILITY_CANDIDATES; i++) {
      var person = CohortGenerator.generate(0, "feasibility-" + i, p.population().phenotype());
      List<String> failed = Screening.failedCriteria(person, e);
      if (failed.isEmpty()) passAll++;
      for (int c = 0; c < passEach.length; c++) {
        if (!failed.contains(org.isletsim.trial.protocol.Eligibility.CRITERIA.get(c))) passEach[c]++;
      }
    }
    for (int c = 0; c < passEach.length; c++) {
      String crit = org.isletsim.trial.protocol.Eligibility.CRITERIA.get(c);
      boolean emptyRange = !crit.equals("diabetesTypes") && e.range(crit).empty();
      if (passEach[c] == 0 && !emptyRange) {
        problems.add(new Problem(p.source(), p.lineOf("population.eligibility." + crit), "population.eligibility." + crit,
            "no generated " + p.population().phenotype().id() + " candidate meets this criterion (0 of " + FEASIBILITY_CANDIDATES + ")"));
      }
    }
    if (problems.isEmpty() && passAll == 0 && p.population().referencePatients().isEmpty()) {
      problems.add(new Problem(p.source(), p.lineOf("population.eligibility"), "population.eligibility",
          "each criterion can be met but no generated candidate meets all of them (0 of " + FEASIBILITY_CANDIDATES + ")"));
    }
    return problems;
  }

  /** Runs {@code protocol} and writes DIR/{participants,endpoints,events}.csv and summary.json. */
  public static Summary run(Protocol protocol, TrialOptions options, Path outDir, IntConsumer replicateDone) {
    return run(protocol, options, outDir, defaultSimulator(), replicateDone);
  }

  public static Summary run(Protocol protocol, TrialOptions options, Path outDir, ParticipantSimulator sim, IntConsumer replicateDone) {
    return run(protocol, options, outDir, sim, replicateDone, List.of());
  }

  /** As {@link #run(Protocol, TrialOptions, Path, IntConsumer)}, also writing {@code extras} (e.g. report.html). */
  public static Summary run(Protocol protocol, TrialOptions options, Path outDir, IntConsumer replicateDone, List<TrialOutput.Extra> extras) {
    return run(protocol, options, outDir, defaultSimulator(), replicateDone, extras);
  }

  /** As {@link #run(Protocol, TrialOptions, Path, IntConsumer, List)}, with the tables in {@code format}. */
  public static Summary run(Protocol protocol, TrialOptions options, Path outDir, IntConsumer replicateDone,
      List<TrialOutput.Extra> extras, TableFormat format) {
    return run(protocol, options, outDir, defaultSimulator(), replicateDone, extras, format);
  }

  public static Summary run(Protocol protocol, TrialOptions options, Path outDir, ParticipantSimulator sim, IntConsumer replicateDone,
      List<TrialOutput.Extra> extras) {
    return run(protocol, options, outDir, sim, replicateDone, extras, TableFormat.CSV);
  }

  /**
   * The simulator of the overloads without one: the one place that chooses it, for the local runner and for
   * distributed ones (the Spark runner calls it on each executor).
   */
  public static ParticipantSimulator defaultSimulator() {
    return new CareCourseSimulator();
  }

  /** Screens and runs: {@link #run(TrialRunner.Screened, Path, ParticipantSimulator, IntConsumer, List, TableFormat)} of {@link #screen}. */
  public static Summary run(Protocol protocol, TrialOptions options, Path outDir, ParticipantSimulator sim, IntConsumer replicateDone,
      List<TrialOutput.Extra> extras, TableFormat format) {
    return run(screen(protocol, options), outDir, sim, replicateDone, extras, format);
  }

  /**
   * Screens every arm of every replicate of the run ({@link TrialRunner#screen}; seconds for hundreds of
   * replicates): a protocol whose arms cannot be filled within {@code population.maxScreened} is an
   * {@link org.isletsim.InvalidInputException} here, before progress starts and before anything is written.
   */
  public static TrialRunner.Screened screen(Protocol protocol, TrialOptions options) {
    return TrialRunner.screen(protocol, options);
  }

  /** Runs a screened trial with the default simulator into {@code outDir}. */
  public static Summary run(TrialRunner.Screened screened, Path outDir, IntConsumer replicateDone, List<TrialOutput.Extra> extras,
      TableFormat format) {
    return run(screened, outDir, defaultSimulator(), replicateDone, extras, format);
  }

  /** Simulates the screened participants and writes the outputs (tables in {@code format}, then {@code extras}). */
  public static Summary run(TrialRunner.Screened screened, Path outDir, ParticipantSimulator sim, IntConsumer replicateDone,
      List<TrialOutput.Extra> extras, TableFormat format) {
    TrialOutput out = new TrialOutput(outDir, screened.protocol(), extras, format);
    try {
      TrialRunner.run(screened, sim, r -> {
        out.accept(r);
        replicateDone.accept(r.replicate());
      });
      out.commit(screened.protocol(), screened.options());
    } finally {
      out.close();
    }
    return out.summary();
  }
}
