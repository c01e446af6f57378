package org.isletsim.graft;

import static org.assertj.core.api.Assertions.*;

import org.junit.jupiter.api.Test;

class LabUnitsTest {
  @Test
  void cpeptideConversionsMatchIglsTablePairs() {
    assertThat(LabUnits.cpeptideNgMlToNmolL(0.5)).isCloseTo(0.17, within(0.005));
    assertThat(LabUnits.cpeptideNgMlToNmolL(0.3)).isCloseTo(0.10, within(0.005));
    assertThat(LabUnits.cpeptideNgMlToNmolL(1.0)).isCloseTo(0.331, within(0.001));
    assertThat(LabUnits.cpeptideToPmolL(1.0, "ng/mL")).isCloseTo(331.1, within(0.1));
    assertThat(LabUnits.cpeptideToPmolL(0.2, "NMOL/L")).isEqualTo(200.0);
    assertThat(LabUnits.cpeptidePmolLToNgMl(LabUnits.cpeptideToPmolL(2.5, "ng/mL"))).isCloseTo(2.5, within(1e-12));
    assertThatThrownBy(() -> LabUnits.cpeptideToPmolL(1, "mg/dL")).hasMessageContaining("mg/dL");
  }

  @Test
  void glucoseConversions() {
    assertThat(LabUnits.glucoseMmolLToMgDl(5.5)).isCloseTo(99.1, within(0.1));
    assertThat(LabUnits.glucoseMgDlToMmolL(LabUnits.glucoseMmolLToMgDl(7.0))).isCloseTo(7.0, within(1e-12));
  }
}
