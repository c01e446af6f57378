package org.isletsim.graft;

import static org.assertj.core.api.Assertions.*;

import org.junit.jupiter.api.Test;

class HealthyControlTest {
  @Test
  void healthyControlStartsAtAFastingSteadyState() {
    EndocrinePatient h = VirtualSubjects.healthy(3, 11);
    double g0 = h.plasmaGlucoseMgDl(), c0 = h.cpeptidePmolL();
    for (int t = 0; t < 360; t++) h.step(0, 0);
    assertThat(h.plasmaGlucoseMgDl()).isCloseTo(g0, within(0.05));
    assertThat(h.cpeptidePmolL()).isCloseTo(c0, within(0.5));
  }

  @Test
  void healthyMmttIsNormal() {
    for (int i = 1; i <= 12; i++) {
      MmttResult r = Mmtt.run(VirtualSubjects.healthy(i, 2025), 0);
      assertThat(r.fastingGlucoseMgDl()).as("healthy#%d fasting", i).isBetween(70.0, 100.0);
      assertThat(r.glucoseAt(120)).as("healthy#%d 2-h", i).isLessThan(140.0);
      assertThat(r.fastingCpeptidePmolL()).as("healthy#%d fasting C-peptide", i).isBetween(200.0, 700.0);
      assertThat(r.peakCpeptidePmolL()).as("healthy#%d peak C-peptide", i).isBetween(1000.0, 3000.0);
    }
  }

  @Test
  void healthyIdsAreParsed() {
    assertThat(VirtualSubjects.isHealthy("healthy#7")).isTrue();
    assertThat(VirtualSubjects.healthy("healthy", 1).bodyWeightKg()).isEqualTo(VirtualSubjects.healthy(1, 1).bodyWeightKg());
    assertThatThrownBy(() -> VirtualSubjects.healthy("healthyX", 1)).hasMessageContaining("--patient");
  }
}
