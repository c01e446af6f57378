package org.isletsim.trial;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.isletsim.trial.output.Summary;
import org.isletsim.trial.output.ParticipantsCsv;
import org.isletsim.trial.protocol.Protocol;
import org.isletsim.trial.sim.AdverseEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contract distributed runners rely on: a replicate computed on its own is the one the local runner hands
 * over; it survives Java serialization; summaries of parts of the replicates merge into the sequential summary.
 */
class ReplicateTest {
  static Protocol protocol;
  static TrialOptions options;
  static List<TrialRunner.Replicate> run = new ArrayList<>();

  @BeforeAll
  static void runFiveReplicates() {
    protocol = Trials.load("zimislecel-phase12");
    options = new TrialOptions(5, 5, 2, 1);
    TrialRunner.run(protocol, options, Trials.defaultSimulator(), run::add);
  }

  private static void assertSame(TrialRunner.Replicate expected, TrialRunner.Replicate actual) {
    assertThat(actual.replicate()).isEqualTo(expected.replicate());
    assertThat(actual.rows()).isEqualTo(expected.rows());
    List<Object[]> e = participants(expected), a = participants(actual);
    assertThat(a).hasSameSizeAs(e);
    for (int i = 0; i < e.size(); i++) assertThat(Arrays.deepEquals(a.get(i), e.get(i))).as("participant " + i).isTrue();
    assertThat(events(actual)).isEqualTo(events(expected));
  }

  private static List<Object[]> participants(TrialRunner.Replicate r) {
    List<Object[]> l = new ArrayList<>();
    for (var outs : r.outcomes().values()) for (var o : outs) l.add(ParticipantsCsv.row(o));
    return l;
  }

  private static List<AdverseEvent> events(TrialRunner.Replicate r) {
    List<AdverseEvent> l = new ArrayList<>();
    for (var outs : r.outcomes().values()) for (var o : outs) l.addAll(o.course().events());
    return l;
  }

  @Test
  void aReplicateComputedAloneIsTheRunsReplicate() {
    assertThat(run).extracting(TrialRunner.Replicate::replicate).containsExactly(1, 2, 3, 4, 5);
    for (int r : new int[] {4, 1}) {
      assertSame(run.get(r - 1), TrialRunner.replicate(protocol, options, r, Trials.defaultSimulator()));
    }
  }

  @Test
  void aReplicateSurvivesJavaSerialization() throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (ObjectOutputStream o = new ObjectOutputStream(b)) {
      o.writeObject(run.get(2));
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(b.toByteArray()))) {
      assertSame(run.get(2), (TrialRunner.Replicate) in.readObject());
    }
  }

  /** Parts {1, 4}, {5}, {2, 3}, serialized, merged in another order: summary.json byte-identical. */
  @Test
  void summariesOfPartsMergeIntoTheSequentialSummary() throws Exception {
    Summary sequential = new Summary(protocol.success());
    for (var r : run) sequential.add(r.rows());
    List<Summary> parts = new ArrayList<>();
    for (int[] part : new int[][] {{1, 4}, {5}, {2, 3}}) {
      Summary s = new Summary(protocol.success());
      for (int r : part) s.add(run.get(r - 1).rows());
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      try (ObjectOutputStream o = new ObjectOutputStream(b)) {
        o.writeObject(s);
      }
      try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(b.toByteArray()))) {
        parts.add((Summary) in.readObject());
      }
    }
    Summary merged = new Summary(protocol.success()).merge(parts.get(2)).merge(parts.get(0)).merge(parts.get(1));
    assertThat(merged.replicates()).isEqualTo(5);
    assertThat(json(merged)).isEqualTo(json(sequential));
    assertThat(merged.replicateInterval("full-dose", "hba1c_pct_d365")).containsExactly(sequential.replicateInterval("full-dose", "hba1c_pct_d365"));
  }

  private static String json(Summary s) throws Exception {
    StringWriter w = new StringWriter();
    s.write(w, protocol, options);
    return w.toString();
  }
}
