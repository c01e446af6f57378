package org.isletsim.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.isletsim.InvalidInputException;
import org.isletsim.io.table.Column;
import org.isletsim.io.table.TableFormat;
import org.isletsim.trial.TrialOptions;
import org.isletsim.trial.Trials;
import org.isletsim.trial.output.Summary;
import org.isletsim.trial.output.TrialOutput;
import org.isletsim.trial.output.EndpointsCsv;
import org.isletsim.trial.output.EventsCsv;
import org.isletsim.trial.output.ParticipantsCsv;
import org.isletsim.trial.protocol.Protocol;
import org.isletsim.trial.protocol.ProtocolReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark runner on a real local session, {@code local[2,3]} (2 cores, a task may fail 3 times), against the
 * local runner: same files whatever the partitioning, after a failed task's retry, and in Parquet read back by
 * Spark itself.
 */
class SparkTrialsTest {
  static SparkSession spark;
  static ProtocolReader.Source source;
  static Protocol protocol;
  /** Injected failures (the hook runs in this JVM: local mode). */
  static final AtomicInteger FAILURES = new AtomicInteger();

  @TempDir Path tmp;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2,3]").appName("isletsim-test").config("spark.ui.enabled", "false").getOrCreate();
    source = ProtocolReader.source(SparkCliTest.SMALL_TRIAL.toString());
    protocol = Trials.load(source);
  }

  static JavaSparkContext sc() {
    return JavaSparkContext.fromSparkContext(spark.sparkContext());
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static SparkTrials.Job job(int replicates, TableFormat format, int partitions) {
    return new SparkTrials.Job(source, protocol, new TrialOptions(protocol.seed(), replicates, 1, 0), format, List.of(), partitions);
  }

  private Path local(int replicates, TableFormat format) {
    Path dir = tmp.resolve("local-" + replicates + "-" + format);
    Trials.run(protocol, new TrialOptions(protocol.seed(), replicates, 2, 0), dir, r -> { }, List.of(), format);
    return dir;
  }

  static void assertSameFiles(Path expected, Path actual, TableFormat format) throws Exception {
    for (String f : TrialOutput.files(format)) {
      assertThat(Files.readAllBytes(actual.resolve(f))).as(f).isEqualTo(Files.readAllBytes(expected.resolve(f)));
    }
  }

  /** 1, 3 or 7 partitions: the same bytes as the local runner; progress counts every replicate once. */
  @Test
  void resultsDoNotDependOnPartitioning() throws Exception {
    Path expected = local(7, TableFormat.CSV);
    for (int partitions : new int[] {1, 3, 7}) {
      Path out = tmp.resolve("spark-" + partitions);
      List<Integer> progress = new ArrayList<>();
      Summary s = SparkTrials.run(sc(), job(7, TableFormat.CSV, partitions), out.toString(), progress::add, SparkTrials.NONE);
      assertSameFiles(expected, out, TableFormat.CSV);
      assertThat(s.replicates()).isEqualTo(7);
      assertThat(progress).as("progress with %d partitions", partitions).containsExactly(1, 2, 3, 4, 5, 6, 7);
    }
  }

  /** A task fails on its first attempt, after computing part of its partition; the retry gives the same files. */
  @Test
  void aFailedAndRetriedTaskGivesTheSameResults() throws Exception {
    Path expected = local(12, TableFormat.CSV);
    FAILURES.set(0);
    Path out = tmp.resolve("retried");
    SparkTrials.run(sc(), job(12, TableFormat.CSV, 4), out.toString(), r -> { }, r -> {
      if (r == 8 && TaskContext.get().attemptNumber() == 0) { // replicate 8: the second of partition 2 (7, 8, 9)
        FAILURES.incrementAndGet();
        throw new IllegalStateException("injected failure, replicate " + r);
      }
    });
    assertThat(FAILURES.get()).isEqualTo(1);
    assertSameFiles(expected, out, TableFormat.CSV);
  }

  /** A destination URI that is a file, or of no known file system, is a user error found before the run. */
  @Test
  void wrongDestinationsAreUserErrors() throws Exception {
    Path file = Files.writeString(tmp.resolve("file"), "x");
    assertThatThrownBy(() -> SparkTrials.run(sc(), job(3, TableFormat.CSV, 1), file.toUri().toString(), r -> { }, r -> {
      throw new AssertionError("no replicate is computed");
    })).isInstanceOf(InvalidInputException.class).hasMessageContaining("exists and is not a directory");
    assertThatThrownBy(() -> SparkTrials.run(sc(), job(3, TableFormat.CSV, 1), "nosuchfs://host/run", r -> { }, SparkTrials.NONE))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("--out: no file system for nosuchfs://host/run");
    // a location nobody can write to (under a regular file): found before the run, not when publishing after it
    String under = file.resolve("run").toUri().toString();
    assertThatThrownBy(() -> SparkTrials.run(sc(), job(3, TableFormat.CSV, 1), under, r -> { }, r -> {
      throw new AssertionError("no replicate is computed");
    })).isInstanceOf(InvalidInputException.class).hasMessageContaining("--out: cannot write to " + under)
        .hasMessageContaining("expected a location this user can create files in");
    try (var files = Files.list(tmp)) { // no probe left behind
      assertThat(files.map(f -> f.getFileName().toString())).noneMatch(f -> f.startsWith("."));
    }
  }

  /**
   * Parquet: the same bytes as the local runner's Parquet, written through Hadoop's file system (a file: URI);
   * Spark reads the tables with the column names and types of {@link ParticipantsCsv#COLUMNS} and the other tables' columns and as many rows as the CSV run.
   */
  @Test
  void parquetThroughAHadoopUriIsTheLocalRunnersAndSparkReadsIt() throws Exception {
    Path expected = local(5, TableFormat.PARQUET);
    Path out = tmp.resolve("parquet");
    SparkTrials.run(sc(), job(5, TableFormat.PARQUET, 2), out.toUri().toString(), r -> { }, SparkTrials.NONE);
    assertSameFiles(expected, out, TableFormat.PARQUET);
    try (var files = Files.list(out)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrderElementsOf(TrialOutput.files(TableFormat.PARQUET));
    }
    try (var files = Files.list(tmp)) {
      assertThat(files.map(f -> f.getFileName().toString())).noneMatch(f -> f.startsWith("."));
    }
    Path csv = local(5, TableFormat.CSV);
    for (var t : java.util.Map.of("participants", ParticipantsCsv.COLUMNS, "endpoints", EndpointsCsv.COLUMNS, "events",
        EventsCsv.COLUMNS).entrySet()) {
      Dataset<Row> d = spark.read().parquet(out.resolve(t.getKey() + ".parquet").toString());
      List<Column> cols = t.getValue();
      assertThat(d.schema().fieldNames()).containsExactlyElementsOf(cols.stream().map(Column::name).toList());
      for (int i = 0; i < cols.size(); i++) {
        StructField f = d.schema().fields()[i];
        assertThat(f.dataType()).as(f.name()).isEqualTo(switch (cols.get(i).type()) {
          case LONG, TIMESTAMP -> DataTypes.LongType;
          case DOUBLE -> DataTypes.DoubleType;
          case STRING -> DataTypes.StringType;
        });
      }
      List<String> csvRows = Files.readAllLines(csv.resolve(t.getKey() + ".csv"));
      assertThat(d.count()).as(t.getKey()).isEqualTo(csvRows.size() - 1);
    }
    Dataset<Row> endpoints = spark.read().parquet(out.resolve("endpoints.parquet").toString());
    assertThat(endpoints.where("count IS NULL").count()).isPositive();
    assertThat(endpoints.where("endpoint = 'screen_failures' AND count IS NOT NULL").count()).isEqualTo(5 * 2);
  }
}
