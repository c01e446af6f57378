package org.isletsim.graft;

import static org.assertj.core.api.Assertions.*;

import org.junit.jupiter.api.Test;

class CpeptideKineticsTest {
  @Test
  void rateConstantsReproduceVanCauterHalfLivesAndFraction() {
    double age = 40;
    CpeptideKinetics k = CpeptideKinetics.vanCauter(age, false, 1.78, 75, CpeptideKinetics.Category.NORMAL);
    // eigenvalues of [[-(k01+k21), k12], [k21, -k12]]
    double tr = k.k01PerMin() + k.k21PerMin() + k.k12PerMin();
    double det = k.k01PerMin() * k.k12PerMin();
    double a = (tr + Math.sqrt(tr * tr - 4 * det)) / 2, b = (tr - Math.sqrt(tr * tr - 4 * det)) / 2;
    assertThat(Math.log(2) / a).isCloseTo(4.95, within(1e-9));
    assertThat(Math.log(2) / b).isCloseTo(0.14 * age + 29.16, within(1e-9));
    // fast fraction of the central impulse response: (a - k12)/(a - b)
    assertThat((a - k.k12PerMin()) / (a - b)).isCloseTo(0.76, within(1e-9));
    double bsa = 0.007184 * Math.pow(75, 0.425) * Math.pow(178, 0.725);
    assertThat(k.volumeL()).isCloseTo(1.92 * bsa + 0.64, within(1e-12));
  }

  @Test
  void womenUseTheirVolumeFormulaAndObesityIsRelativeToIdealWeight() {
    CpeptideKinetics f = CpeptideKinetics.vanCauter(30, true, 1.65, 60, CpeptideKinetics.Category.NORMAL);
    double bsa = 0.007184 * Math.pow(60, 0.425) * Math.pow(165, 0.725);
    assertThat(f.volumeL()).isCloseTo(1.11 * bsa + 2.04, within(1e-12));
    assertThat(CpeptideKinetics.categoryFor(false, 1.75, 70)).isEqualTo(CpeptideKinetics.Category.NORMAL);
    assertThat(CpeptideKinetics.categoryFor(false, 1.75, 95)).isEqualTo(CpeptideKinetics.Category.OBESE);
  }
}
