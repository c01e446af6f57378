package org.isletsim.spark;

import org.isletsim.cli.IsletsimCommand;

/**
 * Main class of isletsim-spark.jar for spark-submit: the isletsim command line with {@code --runner spark} as the
 * default, so that
 *
 * <pre>
 * spark-submit --master yarn --deploy-mode cluster isletsim-spark.jar trial zimislecel-phase12 \
 *     --replicates 100000 --format parquet --out hdfs:///runs/zim
 * </pre>
 *
 * runs the trial in the submitted session (docs/spark.md). Exits only on failure, so that a cluster manager sees
 * the application end normally.
 */
public final class IsletsimSpark {
  private IsletsimSpark() {}

  public static void main(String[] args) {
    System.setProperty("isletsim.runner", "spark");
    int code = IsletsimCommand.commandLine().execute(args);
    if (code != 0) System.exit(code);
  }
}
