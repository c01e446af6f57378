package org.isletsim.physiology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isletsim.physiology.StateIndex.*;

import org.junit.jupiter.api.Test;

/** The zero-glucose trap: simglucose freezes negative glucose states; the recovery option lets food lift them. */
class GlucoseFloorTest {
  @Test
  void negativeGlucoseIsFrozenByDefaultAndRisesWithCarbohydrateWhenRecoveryIsOn() {
    PatientParameters p = PatientCatalog.get("adult#006");
    double[] x = p.initialState().clone();
    x[GP] = -1e-5;
    x[GT] = -1e-6;
    x[GS] = -1e-5;
    x[QGUT] = 5000; // carbohydrate in the gut: Ra > 0
    double[] dx = new double[x.length];
    UvaPadovaModel m = new UvaPadovaModel(p);
    m.setInputs(0, 0, 20000);
    m.computeDerivatives(0, x, dx);
    assertThat(dx[GP]).isZero(); // simglucose's guard (reference parity)
    assertThat(dx[GT]).isZero();
    assertThat(dx[GS]).isZero();
    m.setGlucoseFloorRecovery(true);
    m.computeDerivatives(0, x, dx);
    assertThat(dx[GP]).isPositive();
    assertThat(dx[GS]).isZero(); // max(−ksc·gs + ksc·gp, 0) with gp = gs: no change yet
    // without food the state stays where it is (never pushed further down)
    x[QGUT] = 0;
    m.computeDerivatives(0, x, dx);
    assertThat(dx[GP]).isGreaterThanOrEqualTo(0);
    assertThat(dx[GT]).isGreaterThanOrEqualTo(0);
  }
}
