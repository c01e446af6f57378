package org.isletsim.candidacy.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.isletsim.care.course.DailySummary;
import org.isletsim.care.hypo.SevereHypoModel;
import org.junit.jupiter.api.Test;

/** The recorded severe-event hazard is the care course's own, with its graft exposure (docs/care.md). */
class DayRecorderTest {
  private static DailySummary day(int d, double lbgi, double tbr54, double exposure) {
    return new DailySummary(d, 110, 80, tbr54, 5, 15, lbgi, 0, 180, 0, 0.6, 0, 6.0, 90, 1, 1, exposure);
  }

  @Test
  void hazardFollowsTheCourseExposure() {
    DayRecorder r = new DayRecorder(3, true);
    r.day(day(0, 4, 2, 1));
    r.day(day(1, 4, 2, 0)); // graft functioning, insulin-free: the care course's hazard is 0
    r.day(day(2, 4, 2, 0.25));
    double full = SevereHypoModel.eventsPer6Months(4) / (365.25 / 2);
    assertThat(r.hazard[0]).isEqualTo(full);
    assertThat(r.hazard[1]).isZero();
    assertThat(r.hazard[2]).isEqualTo(full * 0.25);
  }
}
