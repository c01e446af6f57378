package org.isletsim.physiology;

import static org.assertj.core.api.Assertions.assertThat;

import org.isletsim.ode.DormandPrince54;
import org.junit.jupiter.api.Test;

/** The exact minute map of the insulin subsystem against a tight numerical solution of the full model. */
class InsulinKineticsTest {
  @Test
  void exactMinuteMapMatchesTightIntegrationOfTheFullModel() {
    for (PatientParameters p : PatientCatalog.all()) {
      UvaPadovaModel model = new UvaPadovaModel(p);
      InsulinKinetics k = InsulinKinetics.of(p);
      DormandPrince54 dp = new DormandPrince54(StateIndex.COUNT, 1e-12, 1e-14, 100_000);
      double[] y = p.initialState();
      double[] local = new double[InsulinKinetics.N], next = new double[InsulinKinetics.N];
      for (int i = 0; i < InsulinKinetics.N; i++) local[i] = y[InsulinKinetics.GLOBAL[i]];
      double worstRel = 0;
      for (int minute = 0; minute < 240; minute++) {
        double uUPerMin = minute >= 30 && minute < 33 ? 1.0 : p.basalUPerMin(); // a bolus
        double u = uUPerMin * PatientParameters.PMOL_PER_U / p.bodyWeightKg();
        model.setInputs(0, u, 0);
        dp.integrate(model, minute, y, minute + 1, false);
        k.minute(local, 0, u, next, 0);
        System.arraycopy(next, 0, local, 0, InsulinKinetics.N);
        for (int i = 0; i < InsulinKinetics.N; i++) {
          double ref = y[InsulinKinetics.GLOBAL[i]];
          worstRel = Math.max(worstRel, Math.abs(local[i] - ref) / Math.max(1, Math.abs(ref)));
        }
      }
      assertThat(worstRel).as(p.name()).isLessThan(1e-9);
    }
  }

  @Test
  void sharedPerParameterSet() {
    PatientParameters p = PatientCatalog.get("adult#002");
    assertThat(InsulinKinetics.of(p)).isSameAs(InsulinKinetics.of(p));
  }
}
