package org.isletsim.care.regimen;

import static org.assertj.core.api.Assertions.assertThat;

import org.isletsim.control.TherapyProfile;
import org.isletsim.physiology.PatientCatalog;
import org.isletsim.physiology.PatientParameters;
import org.junit.jupiter.api.Test;

class TherapyDerivationTest {

  @Test
  void catalogueUsesQuest() {
    PatientParameters p = PatientCatalog.get("adult#004");
    assertThat(TherapyDerivation.forPatient(p)).isEqualTo(TherapyProfile.forPatient("adult#004"));
  }

  @Test
  void derivedSettingsAreCloseToQuestForAdults() {
    double logErrCr = 0, logErrCf = 0;
    int n = 0;
    for (PatientParameters p : PatientCatalog.all()) {
      if (!p.name().startsWith("adult")) continue;
      TherapyProfile q = TherapyProfile.forPatient(p.name());
      TherapyProfile d = TherapyDerivation.derive(p);
      assertThat(d.totalDailyInsulinU() / q.totalDailyInsulinU()).as(p.name() + " TDI").isBetween(0.6, 1.7);
      assertThat(d.carbRatioGPerU() / q.carbRatioGPerU()).as(p.name() + " CR").isBetween(0.33, 3.0);
      assertThat(d.correctionFactorMgDlPerU() / q.correctionFactorMgDlPerU()).as(p.name() + " CF").isBetween(0.33, 3.0);
      logErrCr += Math.abs(Math.log(d.carbRatioGPerU() / q.carbRatioGPerU()));
      logErrCf += Math.abs(Math.log(d.correctionFactorMgDlPerU() / q.correctionFactorMgDlPerU()));
      n++;
    }
    // typical error within a factor 1.8 (Quest itself is not a clean function of TDI)
    assertThat(Math.exp(logErrCr / n)).isLessThan(1.8);
    assertThat(Math.exp(logErrCf / n)).isLessThan(1.8);
  }

  @Test
  void generatedPatientGetsDerivedSettings() {
    PatientParameters base = PatientCatalog.get("adult#001");
    PatientParameters generated = renamed(base, "generated#42");
    TherapyProfile t = TherapyDerivation.forPatient(generated);
    assertThat(t.totalDailyInsulinU()).isEqualTo(base.basalUPerMin() * 1440 * 2);
    assertThat(t.carbRatioGPerU() * t.totalDailyInsulinU()).isEqualTo(500.0, org.assertj.core.api.Assertions.within(1e-9));
  }

  private static PatientParameters renamed(PatientParameters p, String name) {
    return new PatientParameters(name, p.bodyWeightKg(), p.initialState(), p.ibPmolL(), p.kabsPerMin(), p.kmaxPerMin(),
        p.kminPerMin(), p.b(), p.d(), p.vgDlPerKg(), p.viLPerKg(), p.vmx(), p.km0MgPerKg(), p.k2PerMin(), p.k1PerMin(),
        p.p2uPerMin(), p.m1PerMin(), p.m2PerMin(), p.m4PerMin(), p.m30PerMin(), p.kiPerMin(), p.kp1(), p.kp2PerMin(),
        p.kp3(), p.f(), p.ke1PerMin(), p.ke2MgPerKg(), p.fsnc(), p.vm0(), p.kdPerMin(), p.kscPerMin(), p.ka1PerMin(),
        p.ka2PerMin(), p.u2ssPmolPerKgMin());
  }
}
