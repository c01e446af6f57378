package org.isletsim.trial;

import java.util.List;
import java.util.ServiceLoader;
import java.util.function.IntConsumer;
import org.isletsim.InvalidInputException;
import org.isletsim.io.table.TableFormat;
import org.isletsim.trial.output.Summary;
import org.isletsim.trial.output.TrialOutput;
import org.isletsim.trial.protocol.Protocol;
import org.isletsim.trial.protocol.ProtocolReader;

/**
 * A runner of trials beyond this JVM's threads, found by name with {@link ServiceLoader} (the spark module
 * provides {@code spark}). It computes the same replicates as {@link Trials#run} (through
 * {@link TrialRunner#replicate}) and writes the same files.
 */
public interface TrialBackend {
  /** The name given to {@code isletsim trial --runner}. */
  String name();

  /**
   * Starts what {@code run} needs (e.g. a Spark session) and checks its settings, so that their user errors come
   * before any progress is shown; {@link Started#run} then runs it.
   */
  Started start(Run run);

  /** A started run: {@link #run} once, then {@link #close} (which releases the session whether or not it ran). */
  interface Started extends AutoCloseable {
    /** Runs the run and writes its outputs; returns the pooled summary. */
    Summary run();

    @Override
    void close();
  }

  /**
   * One run.
   *
   * @param source the protocol's text (workers parse it themselves)
   * @param protocol the protocol, parsed and checked
   * @param options seed, replicates, threads, sample size
   * @param out output directory: a local path or, where the backend supports it, a URI (e.g. {@code hdfs://…})
   * @param format format of the tables
   * @param master where to run (the Spark master URL), or null for the backend's default
   * @param replicateDone called with the number of replicates finished so far
   * @param extras further files written with the others (report.html)
   */
  record Run(ProtocolReader.Source source, Protocol protocol, TrialOptions options, String out, TableFormat format, String master,
      IntConsumer replicateDone, List<TrialOutput.Extra> extras) {}

  /** The backend called {@code name}; a user error naming the option when it is not on the class path. */
  static TrialBackend find(String name) {
    for (TrialBackend b : ServiceLoader.load(TrialBackend.class)) {
      if (b.name().equals(name)) return b;
    }
    throw new InvalidInputException("--runner " + name + ": this runner is not on the class path; run ./isletsim, which adds the"
        + " spark module for --runner spark, or submit isletsim-spark.jar with spark-submit (docs/spark.md)");
  }
}
