package org.isletsim.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.isletsim.physiology.PatientCatalog;
import org.junit.jupiter.api.Test;

class BasalBolusControllerTest {
  private final BasalBolusController bb = new BasalBolusController(0.02, 10, 50, 140);

  @Test
  void noMealNoBolusEvenWhenHigh() {
    InsulinCommand c = bb.decide(new Observation(0, 0, 300, 0, 3));
    assertThat(c.bolusUPerMin()).isZero();
    assertThat(c.basalUPerMin()).isEqualTo(0.02);
  }

  @Test
  void mealBolusIsCarbsOverRatioSpreadOverThePeriod() {
    // 45 g announced in a 3-min period = 15 g/min; 45/10 = 4.5 U over 3 min
    InsulinCommand c = bb.decide(new Observation(0, 0, 150, 15, 3));
    assertThat(c.bolusUPerMin()).isCloseTo(1.5, within(1e-12)); // 150 is not > 150: no correction
  }

  @Test
  void correctionAbove150TowardsTarget() {
    InsulinCommand c = bb.decide(new Observation(0, 0, 190, 15, 3));
    assertThat(c.bolusUPerMin() * 3).isCloseTo(4.5 + (190 - 140) / 50.0, within(1e-12));
  }

  @Test
  void catalogueConfigurationUsesQuest() {
    BasalBolusController c = BasalBolusController.forPatient(PatientCatalog.get("adult#001"));
    assertThat(c.carbRatioGPerU()).isEqualTo(10);
    assertThat(c.correctionFactorMgDlPerU()).isEqualTo(8.77310657487);
    assertThat(c.basalUPerMin()).isEqualTo(PatientCatalog.get("adult#001").basalUPerMin());
  }
}
