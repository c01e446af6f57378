package org.isletsim.graft;

import static org.assertj.core.api.Assertions.*;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoupledCourseTest {
  @Test
  void dayByDayCpeptideRisesAndInsulinFalls() {
    List<CoupledCourse.DayRecord> days = new ArrayList<>();
    CoupledCourse.run("adult#002", "adult#002", 3, GraftPlan.stemCellPortal(0.8e9), 200, days::add);
    assertThat(days).hasSize(201);
    CoupledCourse.DayRecord d0 = days.get(0), d30 = days.get(30), d200 = days.get(200);
    assertThat(d0.fastingCpeptidePmolL()).isLessThan(60);
    assertThat(d200.fastingCpeptidePmolL()).isGreaterThan(5 * d30.fastingCpeptidePmolL());
    assertThat(d200.insulinFraction()).isLessThan(d30.insulinFraction());
    assertThat(d200.tirPercent()).isGreaterThan(70);
  }

  @Test
  void csvIsDeterministic() throws Exception {
    StringWriter a = new StringWriter(), b = new StringWriter();
    GraftPlan plan = GraftPlan.stemCellPortal(0.4e9);
    GraftCourseCsv.write(a, "adult#006", "k", 5, plan, 20);
    GraftCourseCsv.write(b, "adult#006", "k", 5, plan, 20);
    assertThat(a.toString()).isEqualTo(b.toString()).startsWith(GraftCourseCsv.HEADER);
    assertThat(a.toString().lines()).hasSize(22);
  }
}
