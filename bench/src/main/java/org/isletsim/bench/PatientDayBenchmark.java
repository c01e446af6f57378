package org.isletsim.bench;

import java.util.concurrent.TimeUnit;
import org.isletsim.physiology.Integration;
import org.isletsim.physiology.PatientCatalog;
import org.isletsim.physiology.PatientParameters;
import org.isletsim.simulation.LoopBenchmark;
import org.isletsim.simulation.MinuteSink;
import org.isletsim.simulation.SimulationSpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One patient-day of the basal-bolus loop (noisy Dexcom, Insulet, three meals), per integration mode.
 * Run: {@code java -jar bench/target/benchmarks.jar PatientDay}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PatientDayBenchmark {
  @Param({"adult#001", "child#008"})
  public String patient;

  @Param({"FAST", "REFERENCE"})
  public String integration;

  private PatientParameters params;
  private SimulationSpec spec;

  @Setup
  public void setup() {
    params = PatientCatalog.get(patient);
    spec =
        LoopBenchmark.spec(1)
            .withIntegration(integration.equals("FAST") ? Integration.FAST : Integration.REFERENCE);
  }

  @Benchmark
  public void basalBolusDay(Blackhole bh) {
    var subject = spec.subject(params);
    subject.run(1440, MinuteSink.NONE);
    bh.consume(subject.patient().glucoseMgDl());
  }
}
