package org.isletsim.trial;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.isletsim.trial.cohort.Screening;
import org.isletsim.trial.protocol.Arm;
import org.isletsim.trial.protocol.Protocol;
import org.isletsim.trial.sim.CareCourseSimulator;
import org.isletsim.trial.sim.ParticipantCourse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression: this generated participant (adult#006-derived, 61 kg) falls into the S2008 zero-glucose trap on
 * the last night of the care run-in; with simglucose's freezing guard the course stopped with a negative daily
 * mean glucose (GlycationModel rejected it). Care courses now let food lift glucose off zero.
 */
class ZeroGlucoseTrapTest {
  @TempDir Path tmp;

  @Test
  void aParticipantWhoReachesZeroGlucoseRecoversAndTheCourseFinishes() throws Exception {
    Path f = tmp.resolve("small.yaml");
    Files.writeString(f, """
        name: small-two-arm
        seed: 7
        followUpDays: 90
        visits: [0, 29, 90]
        population:
          phenotype: severe-hypoglycaemia
          eligibility:
            ageYears: {min: 18, max: 65}
            diabetesTypes: [1]
            awarenessScore: {min: 4}
        arms:
          - name: high
            participants: 2
            product: allogeneic-sc-islet
            dose: {value: 0.8e9, unit: cells}
            site: portal-vein
            immunosuppression: {regimen: glucocorticoid-free, level: 1.0, adherence: 1.0}
        endpoints: [hba1c, cgm]
        """);
    Protocol p = Trials.load(f.toString());
    Arm high = p.arms().get(0);
    var person = Screening.screenUpTo(7, "r80-high", p.population(), 2).enrolled().get(0);
    assertThat(person.id()).isEqualTo("r80-high-c0001");
    ParticipantCourse c = new CareCourseSimulator().simulate(person, high, p.visitDays(), p.followUpDays(), 7);
    assertThat(c.visits()).hasSize(3);
    // the baseline CGM window contains the trap night: sensor readings at the 40 mg/dL floor
    assertThat(c.baseline().tbr54Percent()).isPositive();
    for (var v : c.visits()) assertThat(v.meanGlucoseMgDl()).isGreaterThan(40);
  }
}
