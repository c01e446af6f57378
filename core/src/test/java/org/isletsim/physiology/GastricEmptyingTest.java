package org.isletsim.physiology;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GastricEmptyingTest {
  @Test
  void tableMatchesTheExactShapeForEveryCataloguePatient() {
    for (PatientParameters p : PatientCatalog.all()) {
      GastricEmptying g = GastricEmptying.of(p.b(), p.d());
      double worst = 0;
      for (int i = 0; i <= 200_000; i++) {
        double r = i * (1.3 / 200_000); // beyond the table too
        worst = Math.max(worst, Math.abs(g.bracket(r) - g.exact(r)));
      }
      assertThat(worst).as(p.name()).isLessThan(1e-11);
    }
  }

  @Test
  void extremeParametersFallBackToTheExactFormula() {
    GastricEmptying g = GastricEmptying.of(0.99999999, 0.1);
    assertThat(g.bracket(0.5)).isEqualTo(g.exact(0.5));
  }
}
