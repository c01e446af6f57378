package org.isletsim.graft;

import static org.assertj.core.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.isletsim.io.table.TableFormat;
import org.isletsim.io.table.TableWriter;
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
    GraftPlan plan = GraftPlan.stemCellPortal(0.4e9);
    String a = csv(plan), b = csv(plan);
    assertThat(a).isEqualTo(b).startsWith(GraftCourseCsv.HEADER + "\n");
    assertThat(a.lines()).hasSize(22);
  }

  private static String csv(GraftPlan plan) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Integer> days = new ArrayList<>();
    try (TableWriter w = TableWriter.open(TableFormat.CSV, GraftCourseCsv.COLUMNS, out)) {
      GraftCourseCsv.write(w, "adult#006", "k", 5, plan, 20, days::add);
    }
    assertThat(days).hasSize(21).startsWith(0).endsWith(20);
    return out.toString(StandardCharsets.UTF_8);
  }
}
