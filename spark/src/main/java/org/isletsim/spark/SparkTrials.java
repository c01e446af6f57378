package org.isletsim.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.storage.StorageLevel;
import org.isletsim.InvalidInputException;
import org.isletsim.io.table.TableFormat;
import org.isletsim.trial.TrialOptions;
import org.isletsim.trial.TrialRunner;
import org.isletsim.trial.TrialRunner.Replicate;
import org.isletsim.trial.Trials;
import org.isletsim.trial.output.Summary;
import org.isletsim.trial.output.TrialOutput;
import org.isletsim.trial.protocol.Protocol;
import org.isletsim.trial.protocol.ProtocolReader;
import org.isletsim.trial.sim.ParticipantSimulator;

/**
 * A trial protocol's replicates on Spark. Replicates 1…R are cut into contiguous ranges, one per partition; each
 * executor task parses the protocol's text, takes the run's simulator ({@link Trials#defaultSimulator}) and computes its
 * replicates with {@link TrialRunner#replicate}, a function of (protocol, seed, replicate) only, so no result
 * depends on the partitioning, the executors or task retries. One job computes the replicates, caches them and
 * pools each partition's endpoint rows into a {@link Summary} on the executors (the partials are merged on the
 * driver: the same statistics as pooling one by one). Meanwhile the driver fetches the cached partitions one by
 * one, in replicate order, as soon as each is computed, into the local runner's {@link TrialOutput}: the same
 * files, byte for byte, as {@code isletsim trial} without Spark. A destination that is not a local path (any
 * Hadoop file system URI) is written to a local staging directory first and then copied ({@link HadoopOutput}).
 */
public final class SparkTrials {
  /** Spark setting: partitions (default: min(R, 16 × default parallelism)). */
  public static final String PARTITIONS = "spark.isletsim.partitions";

  /**
   * Called on the executor before each replicate (tests inject failures with it, e.g. on a task's first
   * attempt); {@link #NONE} otherwise.
   */
  @FunctionalInterface
  public interface BeforeReplicate extends Serializable {
    void accept(int replicate);
  }

  public static final BeforeReplicate NONE = r -> { };

  /**
   * One run.
   *
   * @param source the protocol's text, parsed again on each executor
   * @param protocol the protocol, parsed and checked on the driver
   * @param options seed, replicates, sample size ({@code threads} is not used: Spark runs one task per core)
   * @param format format of the tables
   * @param extras further files (report.html), fed every replicate on the driver
   * @param partitions partitions of the replicates, or 0 for the session's {@value #PARTITIONS}, by default
   *     min(R, 16 × default parallelism)
   */
  public record Job(ProtocolReader.Source source, Protocol protocol, TrialOptions options, TableFormat format,
      List<TrialOutput.Extra> extras, int partitions) {}

  private SparkTrials() {}

  /**
   * Runs {@code job} on {@code sc} into {@code out} (a local path, or a URI of any Hadoop file system the
   * cluster reaches) and returns the pooled summary. From a notebook's session:
   * {@code JavaSparkContext.fromSparkContext(spark.sparkContext())}.
   */
  public static Summary run(JavaSparkContext sc, Job job, String out, IntConsumer replicateDone, BeforeReplicate hook) {
    int replicates = job.options().replicates();
    int partitions = Math.min(replicates, job.partitions() > 0 ? job.partitions() : partitions(sc));
    List<Integer> ids = new ArrayList<>(replicates);
    for (int r = 1; r <= replicates; r++) ids.add(r);
    ProtocolReader.Source source = job.source();
    TrialOptions options = job.options();
    JavaRDD<Replicate> computed = sc.parallelize(ids, partitions)
        .mapPartitions(rs -> compute(source, options, rs, hook))
        .persist(StorageLevel.MEMORY_AND_DISK());
    String group = "isletsim-" + UUID.randomUUID();
    Progress progress = new Progress(group, replicates, partitions, replicateDone);
    sc.sc().addSparkListener(progress);
    try {
      return HadoopOutput.write(sc.hadoopConfiguration(), out, dir -> {
        TrialOutput output = new TrialOutput(dir, job.protocol(), job.extras(), job.format(), true);
        JavaFutureAction<List<Summary>> pooling = null;
        try {
          sc.setJobGroup(group, job.protocol().name() + ": " + replicates + " replicate trial(s)", false);
          if (sc.sc().isStopped()) throw stopped(); // e.g. no master reached: Spark stopped itself while starting
          pooling = computed.mapPartitions(rs -> pool(source, rs)).collectAsync();
          // fetch each partition as soon as it is computed, in a pool of its own so that (with FAIR scheduling)
          // the fetch does not wait for all compute tasks to start
          sc.setLocalProperty("spark.scheduler.pool", OUTPUT_POOL);
          for (int p = 0; p < partitions; p++) {
            progress.awaitPartition(p, pooling, sc.sc()::isStopped);
            for (Replicate r : computed.collectPartitions(new int[] {p})[0]) output.accept(r);
          }
          Summary pooled = new Summary(job.protocol().success());
          for (Summary part : pooling.get()) pooled.merge(part);
          output.commit(job.protocol(), options, pooled);
          return output.summary();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
          throw userErrorOr(e.getCause());
        } catch (RuntimeException e) {
          throw sc.sc().isStopped() && !(e instanceof InvalidInputException) ? stopped() : userErrorOr(e);
        } finally {
          if (!sc.sc().isStopped()) {
            sc.setLocalProperty("spark.scheduler.pool", null);
            if (pooling != null && !pooling.isDone()) pooling.cancel(true);
          }
          output.close();
        }
      });
    } finally {
      if (!sc.sc().isStopped()) { // else nothing is left to clean, and any call would hide the run's own failure
        sc.clearJobGroup();
        sc.sc().removeSparkListener(progress);
        computed.unpersist(false);
      }
    }
  }

  /** Scheduler pool of the jobs that fetch computed partitions to the driver. */
  static final String OUTPUT_POOL = "isletsim-output";

  /**
   * A failed job's user error (e.g. a population nobody can be screened from, found on an executor), so that it
   * is reported as such (exit code 2), or else the failure itself.
   */
  private static RuntimeException userErrorOr(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof InvalidInputException e) return e;
    }
    return t instanceof RuntimeException re ? re : new IllegalStateException(t);
  }

  /**
   * Spark stopped under the run (no master reached, no executor could start, the application was killed): a problem
   * of the environment the user runs in, reported as such (exit code 2) rather than as an internal error.
   */
  static InvalidInputException stopped() {
    return new InvalidInputException("Spark stopped before the run ended (its log tells why, e.g. the master could not be"
        + " reached or no executor could start); check --master and the cluster");
  }

  /** The session's {@value #PARTITIONS}, or a user error naming it. */
  static int partitions(JavaSparkContext sc) {
    int p;
    try {
      p = sc.getConf().getInt(PARTITIONS, 16 * sc.defaultParallelism());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(PARTITIONS + ": expected a whole number >= 1 (got '" + sc.getConf().get(PARTITIONS) + "')");
    }
    if (p < 1) throw new InvalidInputException(PARTITIONS + ": must be >= 1 (got " + p + ")");
    return p;
  }

  /** The replicates of one partition, computed one at a time as the iterator is drained. */
  private static Iterator<Replicate> compute(ProtocolReader.Source source, TrialOptions options, Iterator<Integer> ids,
      BeforeReplicate hook) {
    Protocol protocol = Protocols.get(source);
    ParticipantSimulator simulator = Trials.defaultSimulator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return ids.hasNext();
      }

      @Override
      public Replicate next() {
        int r = ids.next();
        hook.accept(r);
        return TrialRunner.replicate(protocol, options, r, simulator);
      }
    };
  }

  /** One partition's replicates pooled. */
  private static Iterator<Summary> pool(ProtocolReader.Source source, Iterator<Replicate> rs) {
    Summary s = new Summary(Protocols.get(source).success());
    while (rs.hasNext()) s.add(rs.next().rows());
    return List.of(s).iterator();
  }

  /** Parsed protocols, once per executor JVM. */
  private static final class Protocols {
    private static final ConcurrentHashMap<ProtocolReader.Source, Protocol> PARSED = new ConcurrentHashMap<>();

    static Protocol get(ProtocolReader.Source s) {
      return PARSED.computeIfAbsent(s, k -> ProtocolReader.parse(k.text(), k.name()));
    }
  }

  /**
   * Reports finished replicates as the compute job's tasks end: a partition's replicates once, whichever
   * attempt finished it.
   */
  private static final class Progress extends SparkListener {
    private final String group;
    private final int replicates, partitions;
    private final IntConsumer done;
    private final Set<Integer> stages = ConcurrentHashMap.newKeySet();
    private final Set<Integer> finished = ConcurrentHashMap.newKeySet();
    private int count;

    Progress(String group, int replicates, int partitions, IntConsumer done) {
      this.group = group;
      this.replicates = replicates;
      this.partitions = partitions;
      this.done = done;
    }

    @Override
    public void onJobStart(SparkListenerJobStart e) {
      if (e.properties() != null && group.equals(e.properties().getProperty("spark.jobGroup.id")) && stages.isEmpty()) {
        scala.jdk.javaapi.CollectionConverters.asJava(e.stageIds()).forEach(id -> stages.add((Integer) id));
      }
    }

    @Override
    public synchronized void onTaskEnd(SparkListenerTaskEnd e) {
      if (!stages.contains(e.stageId()) || !e.taskInfo().successful() || !finished.add(e.taskInfo().index())) return;
      int p = e.taskInfo().index();
      // parallelize slices [p·R/P, (p+1)·R/P)
      int size = (int) (((long) (p + 1) * replicates) / partitions - ((long) p * replicates) / partitions);
      for (int i = 0; i < size; i++) done.accept(++count);
      notifyAll();
    }

    /**
     * Waits until partition {@code p} is computed (and cached), or the job computing it has ended, or Spark has
     * stopped (a job submitted just as the application is killed may never end).
     */
    synchronized void awaitPartition(int p, Future<?> job, java.util.function.BooleanSupplier stopped)
        throws InterruptedException, ExecutionException {
      while (!finished.contains(p) && !job.isDone()) {
        if (stopped.getAsBoolean()) {
          throw stopped();
        }
        wait(100);
      }
      if (job.isDone()) job.get(); // its failure, if it failed
    }
  }

  /**
   * Whether {@code out} is a plain local path; a URI with a scheme ({@code hdfs://…}, {@code s3a://…},
   * {@code file:///…}) goes through Hadoop's file systems.
   */
  static boolean isLocal(String out) {
    return !out.matches("^[A-Za-z][A-Za-z0-9+.-]*:/.*");
  }

}
