package org.isletsim.trial.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isletsim.graft.GraftFunctionIndices.IglsClass.*;

import java.util.ArrayList;
import java.util.List;
import org.isletsim.graft.GraftFunctionIndices.IglsClass;
import org.isletsim.trial.sim.AdverseEvent;
import org.isletsim.trial.sim.ParticipantCourse;
import org.isletsim.trial.sim.Visit;
import org.junit.jupiter.api.Test;

/** Igls 2.0 treatment outcome (Landstra 2021, Table 2) on hand-built courses. */
class IglsTest {
  private static Visit visit(int day, double hba1c, double tir, double tbr54) {
    return new Visit(day, hba1c, tir, 4, tbr54, 100 - tir - 4, 5, 35, 7, 160, 100, 400, 40000, 120, 0.3, false, 0.2);
  }

  private static IglsClass at365(double hba1c, double tir, double tbr54, int severeInYear, int priorYear) {
    Visit base = visit(0, 8.0, 50, 2);
    Visit v = visit(365, hba1c, tir, tbr54);
    List<AdverseEvent> events = new ArrayList<>();
    for (int i = 0; i < severeInYear; i++) events.add(new AdverseEvent(100 + i, AdverseEvent.SEVERE_HYPOGLYCAEMIA, false, "x"));
    ParticipantCourse c = new ParticipantCourse(List.of(base, v), events, List.of(0), new boolean[366], -1);
    return Igls.igls2Treatment(c, v, priorYear);
  }

  @Test
  void treatmentOutcomeClasses() {
    assertThat(at365(6.4, 85, 0, 0, 3)).isEqualTo(OPTIMAL);
    assertThat(at365(6.8, 72, 0.5, 0, 3)).isEqualTo(GOOD);
    // marginal: the table's row as one profile — HbA1c no worse, TIR better, fewer severe events, less time < 54
    assertThat(at365(8.0, 60, 1.0, 1, 3)).isEqualTo(MARGINAL);
    // one criterion alone is not enough (CGM noise would make nearly everyone marginal)
    assertThat(at365(7.9, 49, 2.5, 3, 3)).isEqualTo(FAILURE); // only HbA1c better
    assertThat(at365(8.0, 60, 2.0, 3, 3)).isEqualTo(FAILURE); // TIR better, hypoglycaemia not
    assertThat(at365(8.3, 60, 1.0, 1, 3)).isEqualTo(FAILURE); // HbA1c worse
    // no severe events at baseline (footnote d): "fewer" becomes "still none"
    assertThat(at365(8.0, 60, 1.0, 0, 0)).isEqualTo(MARGINAL);
    assertThat(at365(8.0, 60, 1.0, 1, 0)).isEqualTo(FAILURE);
  }
}
