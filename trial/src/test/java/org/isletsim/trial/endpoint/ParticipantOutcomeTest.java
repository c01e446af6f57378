package org.isletsim.trial.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.isletsim.trial.cohort.CohortGenerator;
import org.isletsim.trial.cohort.VirtualPerson;
import org.isletsim.trial.protocol.Population.Phenotype;
import org.isletsim.trial.sim.AdverseEvent;
import org.isletsim.trial.sim.ParticipantCourse;
import org.isletsim.trial.sim.Visit;
import org.junit.jupiter.api.Test;

/** Endpoint definitions on hand-built courses (definitions: Reichman 2025 primary endpoint, docs/trial.md). */
class ParticipantOutcomeTest {
  private static final VirtualPerson PERSON = CohortGenerator.generate(1, "p", Phenotype.SEVERE_HYPOGLYCAEMIA);

  private static Visit visit(int day, double hba1c, double peak, double insulin, boolean independent) {
    return new Visit(day, hba1c, 80, 1, 0, 19, 30, 6.5, 140, peak / 4, peak, peak * 100, 100, insulin, independent, 0.3);
  }

  private static ParticipantCourse course(double[] hba1c, List<AdverseEvent> events, int insulinFreeFrom) {
    int[] days = {0, 29, 90, 180, 270, 365};
    List<Visit> v = new ArrayList<>();
    for (int i = 0; i < days.length; i++) {
      boolean free = days[i] >= insulinFreeFrom + 13 && hba1c[i] < 7;
      v.add(visit(days[i], hba1c[i], i == 0 ? 0 : 800, days[i] >= insulinFreeFrom ? 0 : 0.6, free));
    }
    boolean[] f = new boolean[366];
    Arrays.fill(f, Math.min(insulinFreeFrom, 366), 366, true);
    return new ParticipantCourse(v, events, List.of(0), f, -1);
  }

  @Test
  void primaryEndpointByHba1cBelowSeven() {
    ParticipantOutcome o = ParticipantOutcome.evaluate(1, "a", PERSON, course(new double[] {7.8, 7.5, 7.2, 6.8, 7.1, 7.2}, List.of(), 400));
    assertThat(o.met(BinaryEndpoints.PRIMARY)).isTrue(); // 6.8 < 7 at day 180, no events
    assertThat(o.met(BinaryEndpoints.II_D180_365)).isFalse();
  }

  @Test
  void primaryEndpointByOnePointDrop() {
    ParticipantOutcome o = ParticipantOutcome.evaluate(1, "a", PERSON, course(new double[] {9.0, 8.8, 8.5, 8.1, 7.9, 8.3}, List.of(), 400));
    assertThat(o.met(BinaryEndpoints.PRIMARY)).isTrue(); // 9.0 - 7.9 = 1.1 at day 270
    ParticipantOutcome o2 = ParticipantOutcome.evaluate(1, "a", PERSON, course(new double[] {9.0, 8.8, 8.5, 8.1, 8.05, 8.3}, List.of(), 400));
    assertThat(o2.met(BinaryEndpoints.PRIMARY)).isFalse(); // best drop 0.95 and never < 7
  }

  @Test
  void severeEventInWindowFailsPrimaryButNotBefore() {
    double[] good = {7.8, 7.0, 6.5, 6.2, 6.1, 6.0};
    var early = List.of(new AdverseEvent(89, AdverseEvent.SEVERE_HYPOGLYCAEMIA, false, "x"));
    var late = List.of(new AdverseEvent(90, AdverseEvent.SEVERE_HYPOGLYCAEMIA, false, "x"));
    assertThat(ParticipantOutcome.evaluate(1, "a", PERSON, course(good, early, 150)).met(BinaryEndpoints.PRIMARY)).isTrue();
    ParticipantOutcome o = ParticipantOutcome.evaluate(1, "a", PERSON, course(good, late, 150));
    assertThat(o.met(BinaryEndpoints.PRIMARY)).isFalse();
    assertThat(o.value("she_count_d90_365")).isEqualTo(1.0);
  }

  @Test
  void insulinIndependenceWindowsAndKaplanMeierInputs() {
    ParticipantOutcome o = ParticipantOutcome.evaluate(1, "a", PERSON, course(new double[] {7.8, 7.0, 6.5, 6.2, 6.1, 6.0}, List.of(), 150));
    assertThat(o.met(BinaryEndpoints.II_D180_365)).isTrue();
    assertThat(o.met("insulin_independent_d365")).isTrue();
    assertThat(o.met("insulin_independent_d90")).isFalse();
    assertThat(o.met(BinaryEndpoints.II_EVER)).isTrue();
    assertThat(o.insulinIndependenceDays()).isEqualTo(365 - 150);
    assertThat(o.insulinIndependenceLost()).isFalse();
    assertThat(o.graftFailed()).isFalse();
    assertThat(o.value("insulin_dose_change_pct_d365")).isEqualTo(-100.0);
    assertThat(o.igls2018D365()).isEqualTo("optimal"); // HbA1c 6.0, no SHE, no insulin, C-peptide > 0.5 ng/mL
  }

  /** Graft failure: the first visit from day 90 with stimulated C-peptide &lt; 0.3 ng/mL (= 99.3 pmol/L). */
  @Test
  void graftFailureThreshold() {
    assertThat(ParticipantOutcome.GRAFT_FUNCTION_PMOL_L).isBetween(99.0, 99.6);
    List<Visit> v = List.of(visit(0, 8, 0, 0.6, false), visit(90, 7, 300, 0.3, false), visit(180, 7, 90, 0.5, false), visit(365, 7, 50, 0.6, false));
    ParticipantOutcome o = ParticipantOutcome.evaluate(1, "a", PERSON, new ParticipantCourse(v, List.of(), List.of(0), new boolean[366], -1));
    assertThat(o.graftFailed()).isTrue();
    assertThat(o.graftFailureDay()).isEqualTo(180);
    assertThat(o.insulinIndependenceDays()).isEqualTo(-1);
  }

  /**
   * Graft status 1 year after the last infusion (Shapiro 2006: insulin independent, partial function, complete graft
   * loss), from the MMTT of the last visit on or before that day.
   */
  @Test
  void partialFunctionAndCompleteGraftLossOneYearAfterTheLastInfusion() {
    // last infusion on day 60: the status visit is day 425
    boolean[] free = new boolean[800];
    List<Visit> lost = List.of(visit(0, 8, 0, 0.6, false), visit(90, 7.2, 300, 0.3, false), visit(365, 7.4, 150, 0.5, false),
        visit(425, 7.5, 60, 0.6, false), visit(730, 7.6, 20, 0.6, false));
    ParticipantOutcome o = ParticipantOutcome.evaluate(1, "a", PERSON, new ParticipantCourse(lost, List.of(), List.of(0, 60), free, -1));
    assertThat(o.met(BinaryEndpoints.GRAFT_LOST_1Y_AFTER_LAST)).isTrue();
    assertThat(o.met(BinaryEndpoints.PARTIAL_FUNCTION_1Y_AFTER_LAST)).isFalse();
    // C-peptide 150 pmol/L (>= 0.3 ng/mL) on insulin at day 425: partial function
    List<Visit> partial = List.of(lost.get(0), lost.get(1), lost.get(2), visit(425, 7.5, 150, 0.3, false), lost.get(4));
    o = ParticipantOutcome.evaluate(1, "a", PERSON, new ParticipantCourse(partial, List.of(), List.of(0, 60), free, -1));
    assertThat(o.met(BinaryEndpoints.PARTIAL_FUNCTION_1Y_AFTER_LAST)).isTrue();
    assertThat(o.met(BinaryEndpoints.GRAFT_LOST_1Y_AFTER_LAST)).isFalse();
    // insulin free for the 14 days up to day 425 with HbA1c < 7: neither (insulin independent)
    boolean[] freeLate = new boolean[800];
    Arrays.fill(freeLate, 400, 800, true);
    List<Visit> good = List.of(lost.get(0), lost.get(1), lost.get(2), visit(425, 6.5, 900, 0, true), visit(730, 6.6, 800, 0, true));
    o = ParticipantOutcome.evaluate(1, "a", PERSON, new ParticipantCourse(good, List.of(), List.of(0, 60), freeLate, -1));
    assertThat(o.met(BinaryEndpoints.II_1Y_AFTER_LAST)).isTrue();
    assertThat(o.met(BinaryEndpoints.PARTIAL_FUNCTION_1Y_AFTER_LAST)).isFalse();
    assertThat(o.met(BinaryEndpoints.GRAFT_LOST_1Y_AFTER_LAST)).isFalse();
    // died before the status day: not classified
    o = ParticipantOutcome.evaluate(1, "a", PERSON, new ParticipantCourse(lost.subList(0, 3), List.of(), List.of(0, 60), free, 400));
    assertThat(o.met(BinaryEndpoints.GRAFT_LOST_1Y_AFTER_LAST)).isFalse();
    assertThat(o.met(BinaryEndpoints.PARTIAL_FUNCTION_1Y_AFTER_LAST)).isFalse();
  }

  /** Shapiro 2006's 5/36 at 2 years are primary-endpoint responders who remained insulin independent. */
  @Test
  void twoYearsAfterTheLastInfusionMeansRemainedIndependentFromTheOneYearEndpoint() {
    List<Visit> visits = List.of(visit(0, 8, 0, 0.6, false), visit(90, 6.8, 900, 0, true), visit(365, 6.5, 900, 0, true),
        visit(425, 6.5, 900, 0, true), visit(730, 6.6, 800, 0, true), visit(790, 6.6, 800, 0, true));
    // insulin free from day 60 on: met at 1 and 2 years after the last infusion (day 60)
    boolean[] free = new boolean[800];
    Arrays.fill(free, 60, 800, true);
    ParticipantOutcome o = ParticipantOutcome.evaluate(1, "a", PERSON, new ParticipantCourse(visits, List.of(), List.of(0, 60), free, -1));
    assertThat(o.met(BinaryEndpoints.II_1Y_AFTER_LAST)).isTrue();
    assertThat(o.met(BinaryEndpoints.II_2Y_AFTER_LAST)).isTrue();
    // back on insulin for a month in between (days 500-530), free again before day 790: not "remained"
    boolean[] gap = free.clone();
    Arrays.fill(gap, 500, 531, false);
    o = ParticipantOutcome.evaluate(1, "a", PERSON, new ParticipantCourse(visits, List.of(), List.of(0, 60), gap, -1));
    assertThat(o.met(BinaryEndpoints.II_1Y_AFTER_LAST)).isTrue();
    assertThat(o.met(BinaryEndpoints.II_2Y_AFTER_LAST)).isFalse();
    // independent at 2 years but not at 1 year (insulin until day 420): not counted either
    boolean[] late = new boolean[800];
    Arrays.fill(late, 421, 800, true);
    o = ParticipantOutcome.evaluate(1, "a", PERSON, new ParticipantCourse(visits, List.of(), List.of(0, 60), late, -1));
    assertThat(o.met(BinaryEndpoints.II_1Y_AFTER_LAST)).isFalse();
    assertThat(o.met(BinaryEndpoints.II_2Y_AFTER_LAST)).isFalse();
  }
}
