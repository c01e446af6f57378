package org.isletsim.physiology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VirtualPatientTest {
  private final PatientParameters adult = PatientCatalog.get("adult#001");

  private List<Double> eaten(double... announcedPerMinute) {
    VirtualPatient vp = new VirtualPatient(adult);
    List<Double> out = new ArrayList<>();
    for (double g : announcedPerMinute) {
      vp.step(g, adult.basalUPerMin());
      out.add(vp.lastEatenGPerMin());
    }
    for (int i = 0; i < 20; i++) {
      vp.step(0, adult.basalUPerMin());
      out.add(vp.lastEatenGPerMin());
    }
    return out;
  }

  @Test
  void announcedMealsAreEatenAtFiveGramsPerMinute() {
    List<Double> e = eaten(45);
    assertThat(e.subList(0, 9)).allMatch(v -> v == 5.0);
    assertThat(e.get(9)).isZero();
    assertThat(e.stream().mapToDouble(Double::doubleValue).sum()).isEqualTo(45.0);
  }

  @Test
  void aMealThatIsNotAMultipleOfFiveEndsWithASmallerMinute() {
    List<Double> e = eaten(47);
    assertThat(e.get(8)).isEqualTo(5.0);
    assertThat(e.get(9)).isCloseTo(2.0, within(1e-12));
    assertThat(e.get(10)).isZero();
  }

  @Test
  void overlappingMealsExtendTheEpisode() {
    List<Double> e = eaten(10, 0, 10);
    assertThat(e.subList(0, 4)).containsOnly(5.0);
    assertThat(e.get(4)).isZero();
  }

  @Test
  void glucoseRisesAfterAMealAndTheGutEmpties() {
    VirtualPatient vp = new VirtualPatient(adult);
    double gb = vp.glucoseMgDl();
    vp.step(50, adult.basalUPerMin());
    double peak = gb;
    for (int t = 1; t < 600; t++) {
      vp.step(0, adult.basalUPerMin());
      peak = Math.max(peak, vp.glucoseMgDl());
    }
    assertThat(peak).isGreaterThan(gb + 30);
    assertThat(vp.state(StateIndex.QSTO1) + vp.state(StateIndex.QSTO2)).isLessThan(100); // of 50 000 mg
  }

  @Test
  void observedGlucoseIsSubcutaneousAndPlasmaLeads() {
    VirtualPatient vp = new VirtualPatient(adult);
    vp.step(60, adult.basalUPerMin());
    for (int t = 1; t < 60; t++) vp.step(0, adult.basalUPerMin());
    assertThat(vp.plasmaGlucoseMgDl()).isGreaterThan(vp.glucoseMgDl());
    assertThat(vp.glucoseMgDl()).isEqualTo(vp.state(StateIndex.GS) / adult.vgDlPerKg());
  }

  @Test
  void resetRestoresTheInitialState() {
    VirtualPatient vp = new VirtualPatient(adult);
    vp.step(60, 0.1);
    vp.step(0, 0.1);
    vp.reset();
    double[] s = new double[StateIndex.COUNT];
    vp.copyState(s);
    assertThat(s).containsExactly(adult.initialState());
    assertThat(vp.minute()).isZero();
  }

  @Test
  void catalogueHas30PatientsAndUnknownIdsAreRejected() {
    assertThat(PatientCatalog.all()).hasSize(30);
    assertThat(PatientCatalog.get("child_010").name()).isEqualTo("child#010");
    assertThat(PatientCatalog.select("adult#001,adult#001,child#002")).hasSize(2);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> PatientCatalog.get("adult#011"))
        .isInstanceOf(org.isletsim.InvalidInputException.class)
        .hasMessageContaining("adult#011")
        .hasMessageContaining("adolescent#001");
  }

  @Test
  void basalRateIsU2ssTimesWeight() {
    PatientParameters p = PatientCatalog.get("adolescent#001");
    assertThat(p.basalUPerMin()).isCloseTo(1.21697571391 * 68.706 / 6000, within(1e-15));
  }

  @Test
  void modulationChangesGlucoseAndResetRestoresTheModel() {
    for (Integration in : new Integration[] {Integration.FAST, Integration.REFERENCE}) {
      VirtualPatient vp = new VirtualPatient(adult, in);
      double gb = vp.glucoseMgDl();
      vp.setModulation(1.5, 0); // more sensitive: basal insulin now lowers glucose
      for (int t = 0; t < 600; t++) vp.step(0, adult.basalUPerMin());
      assertThat(vp.glucoseMgDl()).as(in.mode().name()).isLessThan(gb - 10);
      vp.reset();
      vp.setModulation(1, 1.0); // exercise-like extra uptake
      for (int t = 0; t < 120; t++) vp.step(0, adult.basalUPerMin());
      assertThat(vp.glucoseMgDl()).isLessThan(gb - 5);
      vp.reset();
      for (int t = 0; t < 600; t++) vp.step(0, adult.basalUPerMin());
      assertThat(vp.glucoseMgDl()).isCloseTo(gb, within(1e-6));
    }
  }

  /**
   * The fast stepper integrates lazily (when a state is read, or before the inputs change): reading rarely must give
   * exactly what reading every minute gives, through meals, boluses and a change of modulation.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"adult#001", "child#007", "adolescent#005"})
  void readingRarelyGivesExactlyWhatReadingEveryMinuteGives(String id) {
    PatientParameters p = PatientCatalog.get(id);
    VirtualPatient often = new VirtualPatient(p), rarely = new VirtualPatient(p);
    for (int m = 0; m < 1440; m++) {
      double cho = m == 420 ? 45 : m == 720 ? 70 : m == 1080 ? 80 : 0;
      double insulin = p.basalUPerMin() + (m >= 423 && m < 426 || m >= 723 && m < 726 ? 1.0 : 0);
      if (m == 900) {
        often.setModulation(1.3, 0.5);
        rarely.setModulation(1.3, 0.5);
      }
      often.step(cho, insulin);
      rarely.step(cho, insulin);
      double g = often.glucoseMgDl();
      often.state(StateIndex.X);
      if ((m + 1) % 7 == 0) {
        assertThat(rarely.glucoseMgDl()).as("minute %d", m + 1).isEqualTo(g);
        assertThat(rarely.state(StateIndex.ID)).isEqualTo(often.state(StateIndex.ID));
      }
    }
    assertThat(rarely.glucoseMgDl()).isEqualTo(often.glucoseMgDl()); // catches up the last minutes
    assertThat(rarely.evaluations()).isEqualTo(often.evaluations()); // the same steps, taken later
  }
}
