package org.isletsim.care.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.isletsim.care.graft.NoGraft;
import org.isletsim.care.policy.CarePolicy;
import org.isletsim.care.policy.CarePolicyLoader;
import org.isletsim.physiology.PatientCatalog;
import org.isletsim.physiology.PatientParameters;
import org.junit.jupiter.api.Test;

class CourseRunnerTest {
  private final CarePolicy policy = CarePolicyLoader.defaults();

  /** Collects everything (fine for short test courses). */
  static final class Collect implements CourseOutput {
    final List<DailySummary> days = new ArrayList<>();
    final List<CareEvent> events = new ArrayList<>();

    @Override
    public void day(DailySummary s) {
      days.add(s);
    }

    @Override
    public void event(CareEvent e) {
      events.add(e);
    }

    List<CareEvent> of(String type) {
      return events.stream().filter(e -> e.type().equals(type)).toList();
    }
  }

  @Test
  void streamsOneSummaryPerDayWithVisitsAndPlausibleValues() {
    Collect c = new Collect();
    CourseResult r = new CourseRunner(PatientCatalog.get("adult#002"), policy, NoGraft.INSTANCE, 4).run(100, c);
    assertThat(r.days()).isEqualTo(100);
    assertThat(c.days).extracting(DailySummary::day).containsExactlyElementsOf(java.util.stream.IntStream.range(0, 100).boxed().toList());
    assertThat(c.of("visit")).extracting(CareEvent::day).containsExactly(0, 90);
    for (DailySummary d : c.days) {
      assertThat(d.meanGlucoseMgDl()).isBetween(60.0, 400.0);
      assertThat(d.tirPct() + d.tbr70Pct() + d.tar180Pct()).isBetween(99.99, 100.01);
      assertThat(d.insulinU()).isBetween(10.0, 150.0);
      assertThat(d.graftMassFrac()).isZero();
      assertThat(d.isAdequacy()).isZero(); // no graft: no immunosuppression
    }
    assertThat(c.of("visit").get(1).detail()).contains("hba1c_pct=").contains("gmi_pct=").contains("cgm_days=14");
    assertThat(r.hba1cStartPct()).isBetween(5.5, 10.0);
  }

  @Test
  void deterministicForASeedAndDifferentAcrossSeeds() {
    Collect a = new Collect(), b = new Collect(), other = new Collect();
    PatientParameters p = PatientCatalog.get("adult#005");
    new CourseRunner(p, policy, NoGraft.INSTANCE, 9).run(30, a);
    new CourseRunner(p, policy, NoGraft.INSTANCE, 9).run(30, b);
    new CourseRunner(p, policy, NoGraft.INSTANCE, 10).run(30, other);
    assertThat(a.days).isEqualTo(b.days);
    assertThat(a.events).isEqualTo(b.events);
    assertThat(a.days).isNotEqualTo(other.days);
  }

  @Test
  void syntheticGraftSeamDrivesWeaningStopAndRestart() {
    // Mechanics of the seam and the policy only; NOT the graft must-show (needs the real graft model).
    PatientParameters p = PatientCatalog.get("adult#001");
    SyntheticGraft g = new SyntheticGraft(p.basalUPerMin(), 60, 250);
    Collect c = new Collect();
    CourseResult r = new CourseRunner(p, policy, g, 2).run(330, c);
    assertThat(g.lastAdequacyDay).isEqualTo(329);
    assertThat(c.days.get(100).isAdequacy()).isGreaterThan(0); // a graft switches immunosuppression on (auto)
    assertThat(c.of("dose_reduced")).isNotEmpty();
    assertThat(c.of("insulin_stopped")).isNotEmpty();
    int stop = c.of("insulin_stopped").get(0).day();
    assertThat(stop).isLessThan(250);
    assertThat(c.days.get(stop + 3).insulinU()).isZero();
    // graft fails on day 250: insulin is restarted or re-intensified within a week, before glucose runs away
    List<CareEvent> back = c.events.stream()
        .filter(e -> e.day() >= 250 && (e.type().equals("insulin_restarted") || e.type().equals("dose_reintensified")))
        .toList();
    assertThat(back).isNotEmpty();
    int restart = back.get(0).day();
    assertThat(restart).isLessThan(250 + 7);
    assertThat(c.days.subList(250, restart + 1).stream().mapToDouble(DailySummary::meanGlucoseMgDl).max().orElseThrow())
        .isLessThan(350);
    assertThat(c.days.get(restart + 2).insulinU()).isGreaterThan(0);
    assertThat(c.days.get(restart + 2).doseFrac()).isGreaterThanOrEqualTo(policy.titration().restartDoseFrac() * 0.9);
    assertThat(r.firstInsulinStopDay()).isEqualTo(stop + 1);
  }

  @Test
  void severeEventsCarryTimeAndCause() {
    Collect c = new Collect();
    CarePolicy risky = CarePolicyLoader.load(null);
    new CourseRunner(PatientCatalog.get("adult#007"), risky, NoGraft.INSTANCE, 3).run(365, c);
    List<CareEvent> she = c.of("severe_hypoglycaemia");
    int perDay = c.days.stream().mapToInt(DailySummary::sheCount).sum();
    assertThat(she).hasSize(perDay);
    for (CareEvent e : she) {
      assertThat(e.detail()).contains("nadir").contains("LBGI").contains("awareness impaired");
      assertThat(c.days.get(e.day()).lbgi()).isGreaterThan(0);
    }
  }

  /** The engine's patient, recording when its C-peptide (the fasting sample) is read relative to the day's first meal. */
  static final class FastingProbe implements org.isletsim.care.graft.RecipientGraft {
    long minute; // minutes stepped since the start of the run-in
    long firstMealMinuteToday = -1; // minute of the day at which the day's first carbohydrate was announced
    final List<long[]> samples = new ArrayList<>(); // {minute of the day, first meal minute of the day or -1}

    @Override
    public org.isletsim.physiology.PatientModel physiology(PatientParameters params, String personId, long seed) {
      return new EnginePatient(params) {
        @Override
        public void step(double announcedChoG, double insulinUPerMin) {
          if (minute % 1440 == 0) firstMealMinuteToday = -1;
          // rescue carbohydrate (noticed lows, the 40 mg/dL floor) comes in fixed amounts; meals' grams are drawn
          double rescue = CarePolicyLoader.defaults().hypoglycaemia().rescueCarbsG(), floor = CourseRunner.FLOOR_RESCUE_G;
          boolean meal = announcedChoG > 0 && announcedChoG != rescue && announcedChoG != floor && announcedChoG != rescue + floor;
          if (meal && firstMealMinuteToday < 0) firstMealMinuteToday = minute % 1440;
          inner.step(announcedChoG, insulinUPerMin);
          minute++;
        }

        @Override
        public double cpeptidePmolL() {
          samples.add(new long[] {minute % 1440, minute % 1440 == 0 ? -1 : firstMealMinuteToday});
          return 100;
        }
      };
    }

    @Override
    public double advanceDay(int day, double previousMeanGlucoseMgDl, double adequacy) {
      return NoGraft.INSTANCE.advanceDay(day, previousMeanGlucoseMgDl, adequacy);
    }

    @Override
    public boolean secretes() {
      return NoGraft.INSTANCE.secretes();
    }

    @Override
    public String name() {
      return "fasting-probe";
    }
  }

  @Test
  void fastingSampleIsTakenAtSixOrBeforeAnEarlierBreakfast() {
    FastingProbe probe = new FastingProbe();
    new CourseRunner(PatientCatalog.get("adult#003"), policy, probe, 5).run(120, CourseOutput.NONE);
    assertThat(probe.samples).hasSize(CourseRunner.RUN_IN_DAYS + 120); // one fasting sample a day
    int early = 0;
    for (long[] s : probe.samples) {
      assertThat(s[0]).isLessThanOrEqualTo(CourseRunner.FASTING_SAMPLE_MIN);
      assertThat(s[1]).as("no meal eaten before the fasting sample at %d", s[0]).isEqualTo(-1);
      if (s[0] < CourseRunner.FASTING_SAMPLE_MIN) early++;
    }
    // breakfast ~ N(07:00, 60 min) truncated to 05:00-09:00: about one day in eight comes before 06:00
    assertThat(early).isBetween(8, 50);
  }

  @Test
  void eventsOfADayAreInTimeOrderAndAnUrgentRestartFollowsTheDaysSummary() {
    PatientParameters p = PatientCatalog.get("adult#001");
    Collect c = new Collect();
    new CourseRunner(p, policy, new SyntheticGraft(p.basalUPerMin(), 60, 250), 2).run(330, c);
    for (int i = 1; i < c.events.size(); i++) {
      CareEvent a = c.events.get(i - 1), b = c.events.get(i);
      assertThat(b.day() > a.day() || (b.day() == a.day() && b.minuteOfDay() >= a.minuteOfDay()))
          .as("%s before %s", a, b).isTrue();
    }
    List<CareEvent> urgent = c.events.stream().filter(e -> e.detail().startsWith("urgent")).toList();
    assertThat(urgent).extracting(CareEvent::type).contains("insulin_restarted");
    for (CareEvent e : urgent) {
      if (e.type().equals("insulin_restarted") && e.day() + 1 < c.days.size()) {
        // the restart takes effect from the next day: the day's summary shows no insulin, the next day's the restart dose
        assertThat(c.days.get(e.day()).doseFrac()).isZero();
        assertThat(c.days.get(e.day()).insulinU()).isZero();
        assertThat(c.days.get(e.day() + 1).doseFrac()).isEqualTo(policy.titration().restartDoseFrac());
      }
      // a fresh restart is not stopped again by the review that follows it (its dose is not diluted by the off days)
      assertThat(c.events.stream().filter(s -> s.type().equals("insulin_stopped") && s.day() >= e.day() && s.day() <= e.day() + 7))
          .isEmpty();
    }
  }

  @Test
  void theStopRuleJudgesTheDaysOnInsulinAndNeverAWindowWithAnUrgentAction() {
    // 7 U over the 2 days on insulin of a week, 70 kg: 0.05 U/kg/day, not 7/7/70 = 0.014
    assertThat(CourseRunner.stopRuleDose(7, 2, false, 70)).isEqualTo(0.05);
    // an urgent restart on the review day itself: no day with insulin yet, and no stop (NaN fails every comparison)
    assertThat(CourseRunner.stopRuleDose(0, 0, true, 70)).isNaN();
    org.isletsim.care.regimen.InsulinRegimen r =
        new org.isletsim.care.regimen.InsulinRegimen(PatientCatalog.get("adult#001"), policy.regimen());
    r.setDoseFrac(0.5);
    org.isletsim.care.regimen.ClinicianReview review = new org.isletsim.care.regimen.ClinicianReview(policy.titration());
    var week = new org.isletsim.care.regimen.ClinicianReview.Window(80, 60, 1, 0, CourseRunner.stopRuleDose(0, 0, true, 70), true);
    assertThat(review.review(week, r)).isNotEqualTo(org.isletsim.care.regimen.ClinicianReview.Action.STOP);
    assertThat(r.isOn()).isTrue();
  }
}
