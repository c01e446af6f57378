package org.isletsim.physiology;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SteadyStateTest {
  @ParameterizedTest
  @EnumSource(Integration.Mode.class)
  void everyPatientStaysAtBasalGlucoseFor24hOnBasalInsulinWithoutMeals(Integration.Mode mode) {
    Integration integration = mode == Integration.Mode.FAST ? Integration.FAST : Integration.REFERENCE;
    for (PatientParameters p : PatientCatalog.all()) {
      VirtualPatient vp = new VirtualPatient(p, integration);
      double gb = p.basalGlucoseMgDl();
      double worst = 0;
      for (int t = 0; t < 1440; t++) {
        vp.step(0, p.basalUPerMin());
        worst = Math.max(worst, Math.abs(vp.glucoseMgDl() - gb));
      }
      assertThat(worst).as(p.name()).isLessThanOrEqualTo(1e-6);
    }
  }
}
