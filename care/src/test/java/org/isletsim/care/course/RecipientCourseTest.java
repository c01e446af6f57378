package org.isletsim.care.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.isletsim.care.course.CourseRunnerTest.Collect;
import org.isletsim.care.graft.IsletGraft;
import org.isletsim.care.policy.CarePolicy;
import org.isletsim.care.policy.CarePolicyLoader;
import org.isletsim.graft.GraftPlan;
import org.isletsim.graft.GraftPlanYaml;
import org.isletsim.physiology.PatientCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Graft recipients through the care course (the graft module's endocrine patient, real graft course). */
class RecipientCourseTest {
  @TempDir Path dir;

  private static GraftPlan fullDose() {
    return GraftPlanYaml.read(Path.of("../examples/graft/zimislecel-full-dose.yaml"));
  }

  @Test
  void fullDoseGraftMaturesSecretesCpeptideAndWeansInsulin() {
    Collect c = new Collect();
    CourseResult r = new CourseRunner(PatientCatalog.get("adult#003"), CarePolicyLoader.defaults(),
        new IsletGraft(fullDose()), 1).run(300, c);
    assertThat(c.days).hasSize(300);
    assertThat(c.days.get(0).graftMassFrac()).isLessThan(0.05);
    assertThat(c.days.get(299).graftMassFrac()).isGreaterThan(0.2); // matured
    assertThat(c.days.get(299).isAdequacy()).isGreaterThan(0); // a graft switches immunosuppression on
    assertThat(c.days.get(299).insulinU()).isLessThan(0.6 * c.days.get(0).insulinU()); // weaned
    assertThat(c.days.get(299).hba1cPct()).isLessThan(c.days.get(0).hba1cPct());
    assertThat(c.of("visit").get(0).detail()).contains("fasting_cpeptide_nmoll=");
    assertThat(c.of("awareness_restored")).hasSize(1);
    assertThat(r.days()).isEqualTo(300);
  }

  @Test
  void stoppingImmunosuppressionFailsTheGraftAndInsulinComesBackInTime() throws Exception {
    // the default full-dose graft; this recipient is insulin-free before immunosuppression stops
    Path plan = Path.of("../examples/graft/zimislecel-full-dose.yaml");
    Path care = dir.resolve("care.yaml");
    Files.writeString(care, "immunosuppression:\n  stop_day: 240\n");
    CarePolicy policy = CarePolicyLoader.load(care);
    Collect c = new Collect();
    new CourseRunner(PatientCatalog.get("adult#003"), policy, new IsletGraft(GraftPlanYaml.read(plan)), 1).run(560, c);
    assertThat(c.of("insulin_stopped")).isNotEmpty();
    assertThat(c.of("insulin_stopped").get(0).day()).isLessThan(240);
    assertThat(c.days.get(239).insulinU()).isZero();
    assertThat(c.of("immunosuppression_stopped")).hasSize(1);
    assertThat(c.days.get(300).isAdequacy()).isZero();
    assertThat(c.days.get(559).graftMassFrac()).isLessThan(0.5 * c.days.get(239).graftMassFrac()); // rejection
    List<CareEvent> back = c.events.stream()
        .filter(e -> e.day() >= 240 && e.type().equals("insulin_restarted")).toList();
    assertThat(back).isNotEmpty();
    int restart = back.get(0).day();
    // before the restart glucose had not run away, and after it insulin is given again
    assertThat(c.days.subList(240, restart + 1).stream().mapToDouble(DailySummary::meanGlucoseMgDl).max().orElseThrow())
        .isLessThan(250);
    assertThat(c.days.get(Math.min(559, restart + 3)).insulinU()).isGreaterThan(0);
    assertThat(c.days.subList(restart + 1, 560).stream().mapToDouble(DailySummary::insulinU).min().orElseThrow())
        .isGreaterThan(0); // stays on insulin while the graft is lost
  }
}
