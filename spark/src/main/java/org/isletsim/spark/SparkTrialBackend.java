package org.isletsim.spark;

import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.isletsim.trial.TrialBackend;
import org.isletsim.trial.output.Summary;

/**
 * {@code isletsim trial --runner spark}: runs {@link SparkTrials} in a Spark session. With {@code --master} (or
 * without a master from spark-submit) the session is made here, on {@code local[T]} by default with T the
 * {@code --threads}, logging warnings only (unless {@code log4j2.configurationFile} is set); under spark-submit
 * the submitted session and its logging are used. The session is stopped at the end of the run either way.
 */
public final class SparkTrialBackend implements TrialBackend {
  @Override
  public String name() {
    return "spark";
  }

  @Override
  public Started start(Run run) {
    boolean submitted = run.master() == null && System.getProperty("spark.master") != null;
    if (!submitted && System.getProperty("log4j2.configurationFile") == null) {
      // before anything of Spark's logs (SparkConf does), or Spark installs its INFO defaults
      System.setProperty("log4j2.configurationFile", "org/isletsim/spark/log4j2-local.properties");
    }
    SparkConf b = new SparkConf().setAppName("isletsim trial " + run.protocol().name());
    if (!submitted) {
      String master = run.master() != null ? run.master() : String.format(Locale.ROOT, "local[%d]", run.options().threads());
      b.setMaster(master);
      if (master.startsWith("local")) {
        b.set("spark.ui.enabled", "false");
        // a heartbeat in flight when the session stops waits this long for its answer (10 s by default)
        b.set("spark.executor.heartbeatInterval", "1s");
        // the driver fetches computed partitions while the others compute (SparkTrials.OUTPUT_POOL)
        b.set("spark.scheduler.mode", "FAIR");
      }
    }
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(context(b, run.master()));
    try {
      SparkTrials.partitions(sc); // a bad spark.isletsim.partitions: a user error now, before any progress
    } catch (RuntimeException e) {
      sc.stop();
      throw e;
    }
    return new Started() {
      @Override
      public Summary run() {
        var job = new SparkTrials.Job(run.source(), run.protocol(), run.options(), run.format(), run.extras(), 0);
        return SparkTrials.run(sc, job, run.out(), run.replicateDone(), SparkTrials.NONE);
      }

      @Override
      public void close() {
        sc.stop(); // the run is the application, under spark-submit too
      }
    };
  }

  /**
   * The session, or a user error naming the master when Spark refuses it (e.g. {@code --master foo},
   * {@code local[0]}: Spark's "Could not parse Master URL"), instead of an internal error with Spark's trace.
   */
  private static SparkContext context(SparkConf conf, String master) {
    try {
      return SparkContext.getOrCreate(conf);
    } catch (Exception e) { // SparkException is checked in Java's eyes but thrown from Scala undeclared
      if (e instanceof org.apache.spark.SparkException || e instanceof IllegalArgumentException) {
        String which = master != null ? "--master " + master : "spark.master " + conf.get("spark.master", "?");
        throw new org.isletsim.InvalidInputException(which + ": Spark could not start a session (" + e.getMessage()
            + "); expected local, local[N], local[*], spark://HOST:PORT, yarn or k8s://URL", e);
      }
      throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
    }
  }
}
