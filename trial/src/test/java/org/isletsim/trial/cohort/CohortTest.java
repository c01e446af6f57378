package org.isletsim.trial.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;
import org.isletsim.physiology.PatientCatalog;
import org.isletsim.physiology.PatientParameters;
import org.isletsim.physiology.VirtualPatient;
import org.isletsim.trial.protocol.Eligibility;
import org.isletsim.trial.protocol.Population;
import org.isletsim.trial.protocol.Population.Phenotype;
import org.isletsim.trial.protocol.Range;
import org.junit.jupiter.api.Test;

class CohortTest {
  /** The scaled physiology keeps the basal steady state: a fasting scaled subject on basal insulin stays put. */
  @Test
  void scalingKeepsTheBasalSteadyState() {
    PatientParameters base = PatientCatalog.get("adult#003");
    PatientParameters s = PhysiologyScaling.scale(base, "x", 95, 1.4, 0.7);
    assertThat(PhysiologyScaling.basalEgp(s)).isCloseTo(PhysiologyScaling.basalEgp(base), within(1e-12));
    VirtualPatient p = new VirtualPatient(s);
    double g0 = p.glucoseMgDl();
    for (int m = 0; m < 600; m++) p.step(0, s.basalUPerMin());
    assertThat(p.glucoseMgDl()).isCloseTo(g0, within(0.01));
  }

  @Test
  void candidatesAreReproducibleAndIndependentOfOrder() {
    VirtualPerson a = CohortGenerator.generate(5, "r1-x-c0001", Phenotype.SEVERE_HYPOGLYCAEMIA);
    CohortGenerator.generate(5, "r1-x-c0002", Phenotype.SEVERE_HYPOGLYCAEMIA);
    VirtualPerson b = CohortGenerator.generate(5, "r1-x-c0001", Phenotype.SEVERE_HYPOGLYCAEMIA);
    assertThat(b).isEqualTo(a);
    assertThat(a.bmiKgM2()).isBetween(17.0, 45.0);
    assertThat(a.diabetesDurationYears()).isLessThan(a.ageYears());
  }

  /** Severe vs well-managed phenotypes differ as specified (Gold 1994 rates; 85% vs 25% impaired awareness). */
  @Test
  void phenotypesDiffer() {
    int n = 4000;
    double shSevere = 0, shWell = 0, iahSevere = 0, iahWell = 0;
    for (int i = 0; i < n; i++) {
      VirtualPerson s = CohortGenerator.generate(1, "s" + i, Phenotype.SEVERE_HYPOGLYCAEMIA);
      VirtualPerson w = CohortGenerator.generate(1, "w" + i, Phenotype.WELL_MANAGED);
      shSevere += s.severeEventsPriorYear();
      shWell += w.severeEventsPriorYear();
      iahSevere += s.awarenessScore() >= 4 ? 1 : 0;
      iahWell += w.awarenessScore() >= 4 ? 1 : 0;
    }
    // expected means: severe 1.5·(0.85·2.8 + 0.15·0.5) = 3.68; well-managed 0.25·2.8 + 0.75·0.5 = 1.075
    assertThat(shSevere / n).isCloseTo(3.68, within(0.25));
    assertThat(shWell / n).isCloseTo(1.075, within(0.12));
    assertThat(iahSevere / n).isCloseTo(0.85, within(0.03));
    assertThat(iahWell / n).isCloseTo(0.25, within(0.03));
  }

  @Test
  void screeningCountsFailuresByCriterion() {
    Eligibility e = new Eligibility(new Range(18, 65), Set.of(1), Range.ANY, new Range(Double.NaN, 13), new Range(4, Double.NaN),
        new Range(2, Double.NaN), Range.ANY, Range.ANY, Range.ANY);
    Population pop = new Population(Phenotype.SEVERE_HYPOGLYCAEMIA, java.util.List.of("adult#001"), e, 10_000);
    Screening.Result r = Screening.screenUpTo(3, "r1-a", pop, 12);
    assertThat(r.enrolled()).hasSize(12);
    assertThat(r.screenFailures()).isEqualTo(r.screened() - 12);
    int failedSomething = r.failuresByCriterion().values().stream().mapToInt(Integer::intValue).sum();
    assertThat(failedSomething).isGreaterThanOrEqualTo(r.screenFailures());
    for (VirtualPerson p : r.enrolled()) assertThat(Screening.failedCriteria(p, e)).isEmpty();
    assertThat(r.failuresByCriterion().get("diabetesTypes")).isZero();
  }

  /** Truncated distributions redraw: no probability piles up on a bound; detectable C-peptide is at or above the limit. */
  @Test
  void truncatedAttributesDoNotPileUpOnTheirBounds() {
    int atBound = 0, belowLimit = 0, detectable = 0;
    for (int i = 0; i < 20_000; i++) {
      VirtualPerson v = CohortGenerator.generate(3, "t" + i, Phenotype.WELL_MANAGED);
      assertThat(v.ageYears()).isBetween(18.0, 75.0);
      assertThat(v.heightM()).isBetween(1.45, 2.05);
      assertThat(v.bmiKgM2()).isBetween(17.0 - 1e-9, 45.0 + 1e-9);
      assertThat(v.hba1cPercent()).isBetween(5.5, 12.0);
      if (v.ageYears() == 18 || v.ageYears() == 75 || v.hba1cPercent() == 5.5 || v.heightM() == 1.45
          || Math.abs(v.bmiKgM2() - 17) < 1e-9 || Math.abs(v.bmiKgM2() - 45) < 1e-9) atBound++;
      if (v.cpeptidePmolL() > 0) {
        detectable++;
        if (v.cpeptidePmolL() < CohortGenerator.CPEPTIDE_LIMIT_PMOL_L) belowLimit++;
      }
    }
    // clamping put ~1.2% of candidates at exactly 18 years and ~0.7% at HbA1c 5.5 (review of 2026-11-27)
    assertThat(atBound).isZero();
    assertThat(detectable).isGreaterThan(500);
    assertThat(belowLimit).isZero();
  }

  /** Screening stops at maxScreened without an error; that the arm then falls short is TrialRunner's check (TrialRunTest). */
  @Test
  void screeningStopsAtMaxScreened() {
    Eligibility e = new Eligibility(Range.ANY, Set.of(1), Range.ANY, Range.ANY, new Range(4, Double.NaN),
        Range.ANY, Range.ANY, Range.ANY, Range.ANY);
    Population pop = new Population(Phenotype.WELL_MANAGED, java.util.List.of(), e, 20);
    Screening.Result r = Screening.screenUpTo(3, "r2-b", pop, 1000);
    assertThat(r.screened()).isEqualTo(20);
    assertThat(r.enrolled().size()).isBetween(1, 19);
    assertThat(Screening.shortfall(r, 1000)).isEqualTo(r.enrolled().size() + " of the 1000 participants needed were eligible"
        + " among 20 screened candidates (screen failures: awarenessScore " + r.failuresByCriterion().get("awarenessScore") + ")");
    // enough eligible: it stops as soon as the arm is full, with the same participants
    Screening.Result full = Screening.screenUpTo(3, "r2-b", pop, r.enrolled().size());
    assertThat(full.enrolled()).isEqualTo(r.enrolled());
    assertThat(full.screened()).isLessThanOrEqualTo(20);
  }
}
