package org.isletsim.trial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.isletsim.InvalidInputException;
import org.isletsim.trial.cohort.Screening;
import org.isletsim.trial.output.TrialOutput;
import org.isletsim.trial.protocol.Protocol;
import org.isletsim.trial.protocol.ProtocolReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrialRunTest {
  @TempDir Path tmp;

  /** Same seed → byte-identical files whatever the thread count (2 replicates × 2 arms × 1 participant). */
  @Test
  void outputsAreByteIdenticalForAnyThreadCount() throws Exception {
    Protocol p = Trials.load("zimislecel-phase12");
    Trials.run(p, new TrialOptions(11, 2, 1, 1), tmp.resolve("t1"), r -> {});
    Trials.run(p, new TrialOptions(11, 2, 2, 1), tmp.resolve("t2"), r -> {});
    for (String f : TrialOutput.FILES) {
      assertThat(Files.readAllBytes(tmp.resolve("t2").resolve(f))).as(f).isEqualTo(Files.readAllBytes(tmp.resolve("t1").resolve(f)));
    }
    String participants = Files.readString(tmp.resolve("t1/participants.csv"));
    assertThat(participants).startsWith("replicate,arm,participant,eligible,primary_endpoint_met,insulin_independent_d365,"
        + "she_count_d90_365,hba1c_d365_pct,tir_d365_pct,cpeptide_peak_d365_pmol_l,igls2018_d365,died");
    assertThat(participants.lines().count()).isEqualTo(1 + 2 * 2);
    // counts are integers (as the Parquet schema's INT64), not 6-decimal numbers
    participants.lines().skip(1).forEach(l -> assertThat(l.split(",")[6]).matches("\\d+|NA"));
    String endpoints = Files.readString(tmp.resolve("t1/endpoints.csv"));
    assertThat(endpoints).startsWith("replicate,arm,endpoint,n,count,estimate,ci_low,ci_high\n")
        .contains("1,full-dose,primary_endpoint,1,").contains("1,full-dose,hba1c_pct_d180_median,1,NA,").contains("1,half-dose_vs_full-dose,fisher_p_primary_endpoint,2,NA,");
    // every adverse-event category in every replicate and arm, count 0 included, so pooling divides by everyone
    for (int r = 1; r <= 2; r++) {
      for (String arm : List.of("full-dose", "half-dose")) {
        for (String cat : org.isletsim.trial.sim.AdverseEvent.CATEGORIES) {
          assertThat(endpoints).contains(r + "," + arm + ",ae_" + cat.replace('-', '_') + ",1,");
        }
      }
    }
    String summary = Files.readString(tmp.resolve("t1/summary.json"));
    assertThat(summary).contains("\"operating_characteristics\"").contains("\"replicates\" : 2");
    assertThat(Files.readString(tmp.resolve("t1/events.csv"))).startsWith("replicate,arm,participant,day,category,serious,description\n")
        .contains(",infusion,0,");
    try (var s = Files.list(tmp)) {
      assertThat(s.map(x -> x.getFileName().toString())).containsExactlyInAnyOrder("t1", "t2"); // no temp dirs left
    }
  }

  @Test
  void eligibilityNobodyCanMeetIsReportedBeforeSimulation() {
    String text = ProtocolReader.presetText("zimislecel-phase12").replace("severeEventsPriorYear: {min: 2}", "severeEventsPriorYear: {min: 500}")
        .replace("ageYears: {min: 18, max: 65}", "ageYears: {min: 18, max: 65}\n    weightKg: {max: 20}");
    Path f = tmp.resolve("p.yaml");
    org.assertj.core.api.Assertions.assertThatCode(() -> Files.writeString(f, text)).doesNotThrowAnyException();
    assertThatThrownBy(() -> Trials.load(f.toString()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("2 problems in protocol:")
        .hasMessageContaining("p.yaml:31: population.eligibility.severeEventsPriorYear: no generated severe-hypoglycaemia candidate meets this criterion")
        .hasMessageContaining("p.yaml:26: population.eligibility.weightKg");
  }

  /**
   * Arms that cannot be filled within maxScreened are found by screening the whole run up front: one line naming
   * the replicate and arm, before the output directory is created or anyone simulated.
   */
  @Test
  void anArmThatCannotBeFilledIsReportedBeforeAnythingIsWritten() throws Exception {
    Path f = tmp.resolve("few.yaml");
    Files.writeString(f, ProtocolReader.presetText("cipsc-autologous").replace("population:", "population:\n  maxScreened: 3"));
    Protocol p = Trials.load(f.toString());
    assertThat(Trials.screen(p, new TrialOptions(1, 3, 1, 1)).replicates()).hasSize(3);
    TrialOptions tooMany = new TrialOptions(1, 2, 1, 4);
    int[] simulated = {0};
    org.isletsim.trial.sim.ParticipantSimulator counting = (person, arm, visits, followUp, seed) -> {
      simulated[0]++;
      throw new AssertionError("nobody is simulated");
    };
    assertThatThrownBy(() -> Trials.run(p, tooMany, tmp.resolve("out"), counting, r -> {}, List.of(), org.isletsim.io.table.TableFormat.CSV))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("few.yaml:")
        .hasMessageContaining(": population.maxScreened: replicate 1, arm " + p.arms().get(0).name()
            + ": 3 of the 4 participants needed were eligible among 3 screened candidates (screen failures: ")
        .hasMessageContaining("expected the arm filled within maxScreened = 3 candidates")
        .hasMessageNotContaining("\n");
    assertThat(simulated[0]).isZero();
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  /**
   * The one check that an arm cannot be filled (TrialRunner's, behind the local runner's screening, the Spark
   * driver's up-front check and a replicate computed on its own): it fails exactly when fewer of the maxScreened
   * candidates are eligible than the arm needs, with the protocol line, replicate, arm and screening's shortfall.
   */
  @Test
  void anArmFallsShortExactlyWhenTooFewOfMaxScreenedCandidatesAreEligible() throws Exception {
    Path f = tmp.resolve("rare.yaml");
    Files.writeString(f, """
        name: rare
        seed: 3
        followUpDays: 20
        visits: [0, 20]
        population:
          phenotype: well-managed
          maxScreened: 20
          eligibility:
            awarenessScore: {min: 4}
        arms:
          - name: a
            participants: 1
            product: allogeneic-sc-islet
            dose: {value: 0.8e9, unit: cells}
            site: portal-vein
            immunosuppression: {regimen: glucocorticoid-free}
        endpoints: [hba1c, cgm]
        """);
    Protocol p = Trials.load(f.toString());
    Screening.Result all = Screening.screenUpTo(3, "r1-a", p.population(), 1000);
    int eligible = all.enrolled().size();
    assertThat(all.screened()).isEqualTo(20);
    assertThat(eligible).as("some but not all of the 20 well-managed candidates have impaired awareness").isBetween(1, 19);

    TrialOptions fits = new TrialOptions(3, 1, 1, eligible);
    assertThat(TrialRunner.screen(p, fits).replicates().get(0).get("a").enrolled()).isEqualTo(all.enrolled());
    assertThatCode(() -> TrialRunner.checkScreening(p, fits)).doesNotThrowAnyException();

    TrialOptions oneMore = new TrialOptions(3, 1, 1, eligible + 1);
    String expected = "rare.yaml:7: population.maxScreened: replicate 1, arm a: "
        + Screening.shortfall(Screening.screenUpTo(3, "r1-a", p.population(), eligible + 1), eligible + 1)
        + "; expected the arm filled within maxScreened = 20 candidates: raise population.maxScreened, widen"
        + " population.eligibility or enrol fewer participants";
    org.isletsim.trial.sim.ParticipantSimulator none = (person, arm, visits, followUp, seed) -> {
      throw new AssertionError("nobody is simulated");
    };
    List<ThrowingCallable> ways = List.of(() -> TrialRunner.screen(p, oneMore), () -> TrialRunner.checkScreening(p, oneMore),
        () -> TrialRunner.replicate(p, oneMore, 1, none));
    for (ThrowingCallable way : ways) {
      assertThatThrownBy(way).isInstanceOf(InvalidInputException.class).hasMessage(expected);
    }
  }
}
