package org.isletsim.trial;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isletsim.trial.cohort.CohortGenerator;
import org.isletsim.trial.cohort.VirtualPerson;
import org.isletsim.trial.protocol.Arm;
import org.isletsim.trial.protocol.Population.Phenotype;
import org.isletsim.trial.protocol.ProtocolReader;
import org.isletsim.trial.sim.AdverseEvent;
import org.isletsim.trial.sim.CareCourseSimulator;
import org.isletsim.trial.sim.ParticipantCourse;
import org.isletsim.trial.sim.Visit;
import org.junit.jupiter.api.Test;

/** One participant through the care course: visits, windows, events, determinism. */
class CareCourseSimulatorTest {
  static final List<Integer> VISITS = List.of(0, 29, 60);

  static ParticipantCourse run(long seed) {
    Arm full = ProtocolReader.preset("zimislecel-phase12").arm("full-dose");
    VirtualPerson p = CohortGenerator.generate(seed, "ccs-1", Phenotype.SEVERE_HYPOGLYCAEMIA);
    return new CareCourseSimulator().simulate(p, full, VISITS, 60, seed);
  }

  @Test
  void visitsComeFromTheCourseAndTheSameSeedGivesTheSameCourse() {
    ParticipantCourse c = run(11);
    assertThat(c.visits()).extracting(Visit::day).containsExactly(0, 29, 60);
    Visit base = c.baseline();
    assertThat(base.peakCpeptidePmolL()).isZero();       // no graft before the infusion
    assertThat(base.betaFraction()).isZero();
    assertThat(base.insulinUPerKgDay()).isBetween(0.2, 1.5);
    assertThat(base.hba1cPercent()).isBetween(5.5, 10.0);
    for (Visit v : c.visits()) {
      assertThat(v.tirPercent() + v.tbr70Percent() + v.tar180Percent()).isCloseTo(100.0, org.assertj.core.data.Offset.offset(1e-6));
      assertThat(v.gmiPercent()).isCloseTo(3.31 + 0.02392 * v.meanGlucoseMgDl(), org.assertj.core.data.Offset.offset(1e-9));
    }
    Visit d60 = c.visit(60);
    assertThat(d60.peakCpeptidePmolL()).isPositive();    // the graft has started to secrete
    assertThat(d60.betaFraction()).isPositive();
    assertThat(c.insulinFree()).hasSize(61);
    assertThat(c.infusionDays()).containsExactly(0);
    assertThat(c.events()).extracting(AdverseEvent::category).contains(AdverseEvent.INFUSION);

    ParticipantCourse again = run(11);
    assertThat(again.visits()).isEqualTo(c.visits());
    assertThat(again.events()).isEqualTo(c.events());
    assertThat(run(12).visits()).isNotEqualTo(c.visits());
  }

  /**
   * The recipient's C-peptide kinetics (Van Cauter: volume from sex and body surface, half-life from age) are the
   * participant's own: the same person and seed with another age, sex and height secrete the same insulin but
   * show another C-peptide (before 2026-11-27 the kinetics came from a second, unrelated draw, so both were equal).
   */
  @Test
  void cpeptideKineticsFollowTheParticipantsAgeSexAndHeight() {
    Arm full = ProtocolReader.preset("zimislecel-phase12").arm("full-dose");
    VirtualPerson p = CohortGenerator.generate(11, "ccs-1", Phenotype.SEVERE_HYPOGLYCAEMIA);
    VirtualPerson q = new VirtualPerson(p.id(), p.catalogueId(), p.reference(), p.physiology(), p.ageYears() < 50 ? 70 : 25,
        !p.female(), p.female() ? 1.85 : 1.55, p.weightKg(), p.diabetesType(), p.diabetesDurationYears(), p.awarenessScore(),
        p.severeEventsPriorYear(), p.hba1cPercent(), p.cpeptidePmolL(), p.severeEventRatePerYear());
    assertThat(q.demographics().ageYears()).isEqualTo(q.ageYears());
    ParticipantCourse a = new CareCourseSimulator().simulate(p, full, VISITS, 60, 11);
    ParticipantCourse b = new CareCourseSimulator().simulate(q, full, VISITS, 60, 11);
    assertThat(b.baseline().hba1cPercent()).isEqualTo(a.baseline().hba1cPercent()); // same physiology before the graft
    assertThat(b.visit(60).peakCpeptidePmolL()).isPositive();
    assertThat(Math.abs(b.visit(60).peakCpeptidePmolL() / a.visit(60).peakCpeptidePmolL() - 1)).isGreaterThan(0.02);
  }
}
