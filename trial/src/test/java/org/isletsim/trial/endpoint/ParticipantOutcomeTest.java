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
    return new Visit(day, hba1c, 80, 1, 0, 19, 2, 30, 6.5, 140, peak / 4, peak, peak * 100, 100, insulin, independent, 0.3);
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

  /**
   * A drop of exactly one point counts. HbA1c is reported in tenths as k × 0.1 (LabNoise), and 81 × 0.1 − 71 × 0.1
   * is 0.9999999999999991 in doubles.
   */
  @Test
  void exactOnePointDropMeetsThePrimaryEndpoint() {
    assertThat(81 * 0.1 - 71 * 0.1).isLessThan(1.0); // why the comparison is in tenths
    for (double[] pair : new double[][] {{81 * 0.1, 71 * 0.1}, {86 * 0.1, 76 * 0.1}, {90 * 0.1, 80 * 0.1}, {120 * 0.1, 110 * 0.1}}) {
      double[] hba1c = {pair[0], pair[0], pair[0], pair[1], pair[0], pair[0]};
      assertThat(ParticipantOutcome.evaluate(1, "a", PERSON, course(hba1c, List.of(), 400)).met(BinaryEndpoints.PRIMARY))
          .as("%s -> %s", pair[0], pair[1]).isTrue();
    }
    double[] short1 = {81 * 0.1, 81 * 0.1, 81 * 0.1, 72 * 0.1, 81 * 0.1, 81 * 0.1};
    assertThat(ParticipantOutcome.evaluate(1, "a", PERSON, course(short1, List.of(), 400)).met(BinaryEndpoints.PRIMARY)).isFalse();
  }

  /** A death by day 365 makes a non-responder, even with HbA1c &lt; 7% at day 180 and no severe event while alive. */
  @Test
  void deathBeforeOneYearFailsThePrimaryEndpoint() {
    ParticipantCourse alive = course(new double[] {7.8, 7.0, 6.5, 6.2, 6.1, 6.0}, List.of(), 150);
    List<Visit> toDay270 = alive.visits().subList(0, 5);
    var death = List.of(new AdverseEvent(300, AdverseEvent.DEATH, true, "x"));
    ParticipantCourse died = new ParticipantCourse(toDay270, death, List.of(0), alive.insulinFree(), 300);
    assertThat(ParticipantOutcome.evaluate(1, "a", PERSON, alive).met(BinaryEndpoints.PRIMARY)).isTrue();
    ParticipantOutcome o = ParticipantOutcome.evaluate(1, "a", PERSON, died);
    assertThat(o.met(BinaryEndpoints.SHE_FREE_D90_365)).isFalse(); // no event while alive, but died: not met (ITT)
    assertThat(o.has(BinaryEndpoints.SHE_FREE_D90_365)).isTrue();
    assertThat(o.met(BinaryEndpoints.PRIMARY)).isFalse();
  }

  /**
   * Duration of insulin independence: it starts with the first run of 14 insulin-free days (a shorter stop is not
   * independence) and a death censors it (the days after death are not days back on insulin).
   */
  @Test
  void insulinIndependenceDurationStartsWithFourteenFreeDaysAndDeathCensors() {
    List<Visit> v = List.of(visit(0, 8, 0, 0.6, false), visit(365, 6.5, 900, 0, true));
    boolean[] free = new boolean[366];
    Arrays.fill(free, 50, 60, true); // 10 days off insulin, then back on: not independence
    Arrays.fill(free, 100, 250, true); // independent from day 100, insulin again on day 250
    ParticipantOutcome o = ParticipantOutcome.evaluate(1, "a", PERSON, new ParticipantCourse(v, List.of(), List.of(0), free, -1));
    assertThat(o.insulinIndependenceDays()).isEqualTo(150);
    assertThat(o.insulinIndependenceLost()).isTrue();
    // only the 10-day stop: never independent
    boolean[] shortStop = new boolean[366];
    Arrays.fill(shortStop, 50, 60, true);
    o = ParticipantOutcome.evaluate(1, "a", PERSON, new ParticipantCourse(v, List.of(), List.of(0), shortStop, -1));
    assertThat(o.insulinIndependenceDays()).isEqualTo(-1);
    // independent from day 100, died on day 200 (the course stops there; later days stay false): censored at 200
    boolean[] toDeath = new boolean[366];
    Arrays.fill(toDeath, 100, 201, true);
    var death = List.of(new AdverseEvent(200, AdverseEvent.DEATH, true, "x"));
    o = ParticipantOutcome.evaluate(1, "a", PERSON, new ParticipantCourse(v.subList(0, 1), death, List.of(0), toDeath, 200));
    assertThat(o.insulinIndependenceDays()).isEqualTo(100);
    assertThat(o.insulinIndependenceLost()).isFalse();
  }

  /** Per-visit rows exist whenever any participant has the visit, not only when the arm's first one does. */
  @Test
  void armRowsDoNotDependOnTheFirstParticipantBeingAlive() {
    ParticipantCourse alive = course(new double[] {7.8, 7.0, 6.5, 6.2, 6.1, 6.0}, List.of(), 150);
    var death = List.of(new AdverseEvent(200, AdverseEvent.DEATH, true, "x"));
    ParticipantCourse died = new ParticipantCourse(alive.visits().subList(0, 4), death, List.of(0), alive.insulinFree(), 200);
    List<ParticipantOutcome> outs = List.of(
        ParticipantOutcome.evaluate(1, "a", PERSON, died), ParticipantOutcome.evaluate(1, "a", PERSON, alive),
        ParticipantOutcome.evaluate(1, "a", PERSON, alive));
    var screening = new org.isletsim.trial.cohort.Screening.Result(List.of(PERSON, PERSON, PERSON), 3, java.util.Map.of());
    List<EndpointRow> rows = ArmEndpoints.rows(1, "a", screening, outs, List.of(0, 29, 90, 180, 270, 365));
    EndpointRow hba1c365 = rows.stream().filter(r -> r.endpoint().equals("hba1c_pct_d365")).findFirst().orElseThrow();
    assertThat(hba1c365.n()).isEqualTo(2); // the two alive; the dead participant is missing, not a row-killer
    assertThat(hba1c365.estimate()).isEqualTo(6.0);
    assertThat(rows).anyMatch(r -> r.endpoint().equals("tar250_pct_d365"));
    // arm b's first participant died before day 365: its test of the day-365 endpoint is still made
    List<EndpointRow> tests = ArmEndpoints.compare(1, "a", outs.subList(1, 3), "b", outs);
    assertThat(tests).anyMatch(r -> r.endpoint().equals("fisher_p_insulin_independent_d365"));
    // Kaplan-Meier before the first event: S = 1 with the interval [1, 1] (R's survfit), not NaN
    EndpointRow km = rows.stream().filter(r -> r.endpoint().equals("graft_survival_km_d90")).findFirst().orElseThrow();
    assertThat(new double[] {km.estimate(), km.ciLow(), km.ciHigh()}).containsExactly(1, 1, 1);
  }

  /**
   * Binary endpoints follow intention to treat: a participant who died before a visit has not met that visit's binary
   * endpoints (n counts every participant the protocol could observe), while the visit's continuous values are
   * missing. Fisher's test uses the same n. Endpoint rows come in a fixed order whoever died.
   */
  @Test
  void binaryVisitRowsCountTheDeadAsNotMetAndContinuousRowsLeaveThemOut() {
    ParticipantCourse alive = course(new double[] {7.8, 7.0, 6.5, 6.2, 6.1, 6.0}, List.of(), 150);
    var death = List.of(new AdverseEvent(200, AdverseEvent.DEATH, true, "x"));
    ParticipantCourse died = new ParticipantCourse(alive.visits().subList(0, 4), death, List.of(0), alive.insulinFree(), 200);
    List<Integer> visits = List.of(0, 29, 90, 180, 270, 365);
    ParticipantOutcome dead = ParticipantOutcome.evaluate(1, "a", PERSON, died, visits);
    assertThat(dead.flagOrNull("insulin_independent_d365")).isZero();
    assertThat(dead.flagOrNull("insulin_independent_d270")).isZero();
    assertThat(dead.flagOrNull(BinaryEndpoints.GRAFT_FUNCTION_D365)).isZero();
    assertThat(dead.flagOrNull(BinaryEndpoints.IGLS2018_SUCCESS_D365)).isZero();
    assertThat(dead.flagOrNull(BinaryEndpoints.PRIMARY)).isZero();
    assertThat(dead.value("hba1c_pct_d365")).isNaN();
    List<ParticipantOutcome> outs = List.of(dead, ParticipantOutcome.evaluate(1, "a", PERSON, alive, visits),
        ParticipantOutcome.evaluate(1, "a", PERSON, alive, visits));
    var screening = new org.isletsim.trial.cohort.Screening.Result(List.of(PERSON, PERSON, PERSON), 3, java.util.Map.of());
    List<EndpointRow> rows = ArmEndpoints.rows(1, "a", screening, outs, visits);
    EndpointRow ii = rows.stream().filter(r -> r.endpoint().equals("insulin_independent_d365")).findFirst().orElseThrow();
    assertThat(ii.n()).isEqualTo(3);
    assertThat(ii.count()).isEqualTo(2);
    assertThat(rows.stream().filter(r -> r.endpoint().equals("hba1c_pct_d365")).findFirst().orElseThrow().n()).isEqualTo(2);
    EndpointRow fisher = ArmEndpoints.compare(1, "a", outs, "b", outs.subList(1, 3)).stream()
        .filter(r -> r.endpoint().equals("fisher_p_insulin_independent_d365")).findFirst().orElseThrow();
    assertThat(fisher.n()).isEqualTo(5);
    // the same rows in the same order whether or not the arm's first participant died early
    List<EndpointRow> reordered = ArmEndpoints.rows(1, "a", screening, List.of(outs.get(1), outs.get(2), dead), visits);
    assertThat(reordered.stream().map(EndpointRow::endpoint).toList()).isEqualTo(rows.stream().map(EndpointRow::endpoint).toList());
  }

  /** Endpoints whose day lies past the end of follow-up are missing, not failed (a 90-day protocol, a re-infusion). */
  @Test
  void endpointsPastTheEndOfFollowUpAreMissing() {
    List<Visit> v = List.of(visit(0, 8, 0, 0.6, false), visit(29, 7.5, 300, 0.3, false), visit(90, 6.5, 900, 0, true));
    boolean[] free = new boolean[91];
    Arrays.fill(free, 40, 91, true);
    ParticipantOutcome o = ParticipantOutcome.evaluate(1, "a", PERSON, new ParticipantCourse(v, List.of(), List.of(0), free, -1));
    for (String name : BinaryEndpoints.NEED_ONE_YEAR) assertThat(o.has(name)).as(name).isFalse();
    assertThat(o.value("she_count_d90_365")).isNaN();
    assertThat(o.met("insulin_independent_d90")).isTrue();
    assertThat(o.has(BinaryEndpoints.II_EVER)).isTrue();
    // two years of follow-up, a second infusion on day 180: the 1-year endpoints exist (day 545), the 2-year one not (910)
    int[] days = {0, 29, 90, 180, 270, 365, 730};
    List<Visit> w = new ArrayList<>();
    for (int d : days) w.add(visit(d, d == 0 ? 8 : 6.5, d == 0 ? 0 : 900, 0, d > 0));
    boolean[] free2 = new boolean[731];
    Arrays.fill(free2, 20, 731, true);
    o = ParticipantOutcome.evaluate(1, "a", PERSON, new ParticipantCourse(w, List.of(), List.of(0, 180), free2, -1));
    assertThat(o.met(BinaryEndpoints.II_1Y_AFTER_LAST)).isTrue();
    assertThat(o.has(BinaryEndpoints.II_2Y_AFTER_LAST)).isFalse();
    assertThat(o.flagOrNull(BinaryEndpoints.II_2Y_AFTER_LAST)).isNull();
  }
}
