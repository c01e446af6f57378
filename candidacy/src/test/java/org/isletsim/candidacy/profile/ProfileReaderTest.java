package org.isletsim.candidacy.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.isletsim.InvalidInputException;
import org.isletsim.candidacy.Examples;
import org.junit.jupiter.api.Test;

class ProfileReaderTest {
  private static final String GOOD = """
      ageYears: 42
      sex: female
      weightKg: 68
      diabetes: {type: 1, durationYears: 24}
      hba1cPercent: 7.8
      severeEventsPastYear: 3
      awareness: {clarke: 5}
      therapy: pump
      cpeptidePmolL: 0
      """;

  @Test
  void examplesParse() {
    Profile e = ProfileReader.read(Examples.profile("eligible-severe"));
    assertThat(e.awareness().impaired()).isTrue();
    assertThat(e.severeEventsPastYear()).isEqualTo(3);
    assertThat(e.therapy()).isEqualTo(Therapy.PUMP);
    Profile w = ProfileReader.read(Examples.profile("well-controlled"));
    assertThat(w.awareness()).isEqualTo(new Awareness("gold", 2));
    assertThat(w.awareness().impaired()).isFalse();
    assertThat(w.therapy()).isEqualTo(Therapy.HCL);
    assertThat(w.hba1cPercent()).isEqualTo(6.8);
    assertThat(w.tirPct()).isEqualTo(75);
  }

  /** A population file's seed is a whole number, as a protocol's: 1.9 was read as 1 without a word. */
  @Test
  void populationSeedMustBeWhole() {
    assertThatThrownBy(() -> org.isletsim.candidacy.population.PopulationReader.parse("people: 3\nseed: 1.9\n", "pop.yaml"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("pop.yaml:2: seed: expected a whole number");
    assertThat(org.isletsim.candidacy.population.PopulationReader.parse("people: 3\nseed: 12\n", "pop.yaml").seed())
        .isEqualTo(12);
  }

  @Test
  void minimalProfileTakesDefaults() {
    Profile p = ProfileReader.parse(GOOD, "p.yaml");
    assertThat(p.name()).isEqualTo("p");
    assertThat(p.egfrMlMin()).isEqualTo(ProfileReader.DEFAULT_EGFR);
    assertThat(p.totalDailyInsulinU()).isNaN();
    assertThat(p.comorbidities()).isEmpty();
  }

  @Test
  void impossibleHba1cNamesFileLineAndField() {
    assertThatThrownBy(() -> ProfileReader.parse(GOOD.replace("hba1cPercent: 7.8", "hba1cPercent: 25"), "bad.yaml"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("bad.yaml:5: hba1cPercent: HbA1c 25% is impossible")
        .hasMessageContaining("25 mmol/mol = 4.4%");
  }

  @Test
  void negativeEventsAndUnknownTherapyAreAllReported() {
    String text = GOOD.replace("severeEventsPastYear: 3", "severeEventsPastYear: -2").replace("therapy: pump", "therapy: inhaled");
    assertThatThrownBy(() -> ProfileReader.parse(text, "bad.yaml"))
        .hasMessageStartingWith("2 problems in profile:")
        .hasMessageContaining("bad.yaml:6: severeEventsPastYear: must be in [0, 365] (got -2)")
        .hasMessageContaining("bad.yaml:8: therapy: unknown therapy 'inhaled' (expected mdi, pump, hcl)");
  }

  @Test
  void contradictionsAreErrors() {
    assertThatThrownBy(() -> ProfileReader.parse(GOOD.replace("durationYears: 24", "durationYears: 50"), "c.yaml"))
        .hasMessageContaining("c.yaml:4: diabetes.durationYears: diabetes for 50 years is longer than the age (42 years)");
    assertThatThrownBy(() -> ProfileReader.parse(GOOD.replace("7.8", "12") + "tirPct: 95\nhba1cPercentX: 1\n", "c.yaml"))
        .hasMessageContaining("tirPct: time in range 95% and HbA1c 12% contradict")
        .hasMessageContaining("c.yaml:11: hba1cPercentX: unknown key");
    assertThatThrownBy(() -> ProfileReader.parse(GOOD + "totalDailyInsulinU: 400\n", "c.yaml"))
        .hasMessageContaining("totalDailyInsulinU: 400 U/day is 5.88 U/kg/day");
    assertThatThrownBy(() -> ProfileReader.parse(GOOD.replace("type: 1", "type: 2"), "c.yaml"))
        .hasMessageContaining("diabetes.type: type 2 diabetes is not modelled");
    assertThatThrownBy(() -> ProfileReader.parse(GOOD.replace("{clarke: 5}", "{clarke: 5, gold: 4}"), "c.yaml"))
        .hasMessageContaining("awareness: expected exactly one score");
    assertThatThrownBy(() -> ProfileReader.parse(GOOD.replace("ageYears: 42", "ageYears: 12"), "c.yaml"))
        .hasMessageContaining("ageYears: isletsim models adults");
  }

  @Test
  void missingFieldsAndComorbidities() {
    assertThatThrownBy(() -> ProfileReader.parse("ageYears: 40\ncomorbidities: [gout]\n", "m.yaml"))
        .hasMessageContaining("m.yaml:1: sex: is required")
        .hasMessageContaining("m.yaml:2: comorbidities[0]: unknown comorbidity 'gout'");
    Profile p = ProfileReader.parse(GOOD + "comorbidities: [prior-malignancy, retinopathy]\n", "ok.yaml");
    assertThat(p.comorbidities()).containsExactly(Comorbidity.PRIOR_MALIGNANCY, Comorbidity.RETINOPATHY);
    assertThat(p.factor(Comorbidity::malignancyFactor)).isEqualTo(3);
  }

  @Test
  void cgmExportBecomesTheGlycaemicSummary() {
    java.nio.file.Path shared = java.nio.file.Path.of(System.getProperty("isletsim.shared", "../../shared"));
    CgmSummary s = CgmExports.read(shared.resolve("data/cgm/dexcom_clarity_sample_mgdl.csv"));
    assertThat(s.days()).isGreaterThan(2);
    assertThat(s.tirPct()).isBetween(0.0, 100.0);
    assertThat(s.gmiPct()).isEqualTo(3.31 + 0.02392 * s.meanMgDl(), org.assertj.core.data.Offset.offset(1e-9));
  }
}
