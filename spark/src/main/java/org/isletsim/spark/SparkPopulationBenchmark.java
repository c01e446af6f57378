package org.isletsim.spark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;
import org.isletsim.care.course.CourseOutput;
import org.isletsim.care.course.CourseResult;
import org.isletsim.care.course.CourseRunner;
import org.isletsim.care.course.Population;
import org.isletsim.care.graft.NoGraft;
import org.isletsim.care.policy.CarePolicy;
import org.isletsim.care.policy.CarePolicyLoader;
import org.isletsim.physiology.PatientCatalog;
import org.isletsim.physiology.PatientParameters;

/**
 * The cost of a population on Spark, for sizing million-person runs (docs/PERFORMANCE.md, "Spark"): PEOPLE adults
 * (the 10 adult parameter sets, replicated with their own random streams, as {@link Population#people}) each run
 * through a DAYS-day care course ({@link CourseRunner}, the engine the trial simulator is being built on), the
 * people partitioned across executors. Prints wall time, the summed thread CPU time of the courses and the CPU
 * per patient-day, and the population's severe-hypoglycaemia rate (the same as the local
 * {@code PopulationBenchmark}'s for the same people: results do not depend on the partitioning).
 *
 * <pre>
 * java -cp "spark/target/isletsim-spark.jar:$(cat spark/target/spark-classpath.txt)" \
 *     org.isletsim.spark.SparkPopulationBenchmark PEOPLE DAYS [MASTER]
 * spark-submit --class org.isletsim.spark.SparkPopulationBenchmark isletsim-spark.jar PEOPLE DAYS
 * </pre>
 */
public final class SparkPopulationBenchmark {
  private SparkPopulationBenchmark() {}

  public static void main(String[] args) {
    int people = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    int days = args.length > 1 ? Integer.parseInt(args[1]) : 365;
    SparkConf conf = new SparkConf().setAppName("isletsim population benchmark");
    if (args.length > 2) conf.setMaster(args[2]).set("spark.ui.enabled", "false");
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(SparkContext.getOrCreate(conf));
    try {
      List<Integer> ids = new ArrayList<>(people);
      for (int i = 0; i < people; i++) ids.add(i);
      LongAccumulator cpuNanos = sc.sc().longAccumulator("course CPU ns");
      int partitions = Math.min(people, 4 * sc.defaultParallelism());
      long t0 = System.nanoTime();
      double[] totals = sc.parallelize(ids, partitions)
          .mapPartitions(it -> courses(it, days, cpuNanos))
          .reduce((x, y) -> new double[] {x[0] + y[0], x[1] + y[1]});
      double wall = (System.nanoTime() - t0) / 1e9;
      double cpu = cpuNanos.value() / 1e9, patientDays = (double) people * days;
      System.out.printf(Locale.ROOT,
          "%d people x %d days on %s (%d partitions): wall %.1f s, course CPU %.1f s = %.1f us per patient-day "
              + "(%.3f s per person-year), %.0f patient-days/s; SH %.2f per person-year%n",
          people, days, sc.master(), partitions, wall, cpu, 1e6 * cpu / patientDays, cpu / (patientDays / 365.25),
          patientDays / wall, totals[0] / (totals[1] / 365.25));
    } finally {
      sc.stop();
    }
  }

  /** {severe events, days} of each person of a partition; their thread CPU time added to {@code cpuNanos}. */
  private static Iterator<double[]> courses(Iterator<Integer> ids, int days, LongAccumulator cpuNanos) {
    CarePolicy policy = CarePolicyLoader.defaults();
    List<PatientParameters> adults = new ArrayList<>();
    for (PatientParameters p : PatientCatalog.all()) if (p.name().startsWith("adult")) adults.add(p);
    ThreadMXBean tmx = ManagementFactory.getThreadMXBean();
    List<double[]> out = new ArrayList<>();
    while (ids.hasNext()) {
      int i = ids.next();
      // person i of Population.people(adults, n): parameter set i mod 10, replicate i / 10
      PatientParameters p = adults.get(i % adults.size());
      long c0 = tmx.getCurrentThreadCpuTime();
      CourseResult r = new CourseRunner(p, p.name() + "/r" + (i / adults.size()), policy, NoGraft.INSTANCE, 1).run(days, CourseOutput.NONE);
      cpuNanos.add(tmx.getCurrentThreadCpuTime() - c0);
      out.add(new double[] {r.sheEvents(), r.days()});
    }
    return out.iterator();
  }
}
