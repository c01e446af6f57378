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
}
