package org.isletsim.physiology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GastricEmptyingTest {
  @Test
  void equalsTheDifferenceOfTanhsForEveryCataloguePatient() {
    for (PatientParameters p : PatientCatalog.all()) {
      GastricEmptying g = new GastricEmptying(p.b(), p.d());
      for (int i = 0; i <= 20_000; i++) {
        double r = i * (1.5 / 20_000);
        double exact = Math.tanh(2.5 * (r - p.b()) / (1 - p.b())) - Math.tanh(2.5 * (r - p.d()) / p.d());
        assertThat(g.bracket(r)).as(p.name() + " r=" + r).isCloseTo(exact, within(1e-14));
      }
    }
  }

  @Test
  void saturatesWithoutOverflow() {
    GastricEmptying g = new GastricEmptying(0.9999999, 0.01);
    assertThat(g.bracket(50)).isCloseTo(0, within(1e-15)); // both tanh at +1
    assertThat(g.bracket(-50)).isCloseTo(0, within(1e-15));
    assertThat(g.bracket(0.5)).isCloseTo(-2, within(1e-12)); // tanh(-large) - tanh(+large)
  }
}
