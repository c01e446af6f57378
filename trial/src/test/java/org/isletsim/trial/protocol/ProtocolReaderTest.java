package org.isletsim.trial.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.isletsim.InvalidInputException;
import org.junit.jupiter.api.Test;

class ProtocolReaderTest {
  static final String GOOD = """
      name: test
      seed: 7
      followUpDays: 365
      population:
        phenotype: severe-hypoglycaemia
        eligibility:
          ageYears: {min: 18, max: 65}
          severeEventsPriorYear: {min: 2}
      arms:
        - name: a
          participants: 3
          product: allogeneic-sc-islet
          dose: {value: 0.8e9, unit: cells}
          site: portal-vein
          immunosuppression: {regimen: glucocorticoid-free}
      endpoints: [primary-2025, insulin-independence]
      success: {arm: a, endpoint: primary_endpoint, minCount: 2}
      """;

  @Test
  void readsAValidProtocolWithDefaultVisits() {
    Protocol p = ProtocolReader.parse(GOOD, "t.yaml");
    assertThat(p.visitDays()).containsExactly(0, 29, 90, 180, 270, 365);
    assertThat(p.arms()).hasSize(1);
    assertThat(p.arms().get(0).dose().ieq(70)).isCloseTo(0.8e9 / 1560, org.assertj.core.api.Assertions.within(1e-6));
    assertThat(p.arms().get(0).infusions()).isEqualTo(Arm.InfusionRule.SINGLE);
    assertThat(p.population().eligibility().ageYears()).isEqualTo(new Range(18, 65));
    assertThat(p.endpoints()).containsExactly(Endpoint.PRIMARY_2025, Endpoint.INSULIN_INDEPENDENCE);
  }

  @Test
  void defaultVisitsAreYearlyAfterDay365() {
    assertThat(Protocol.defaultVisits(1095)).containsExactly(0, 29, 90, 180, 270, 365, 730, 1095);
  }

  /** The four errors named in the issue, plus an unknown key, all in one message with file, line and field. */
  @Test
  void reportsAllProblemsAtOnceWithLineAndField() {
    String bad = """
        name: bad
        followUpDays: 365
        visits: [0, 90, 400]
        colour: blue
        population:
          eligibility:
            ageYears: {min: 70, max: 60}
        arms:
          - name: a
            participants: 3
            product: allogeneic-sc-islet
            site: portal-vein
            immunosuppression: {regimen: none}
        endpoints: [primary-2025, quality-of-life]
        """;
    assertThatThrownBy(() -> ProtocolReader.parse(bad, "bad.yaml"))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> {
          String[] lines = e.getMessage().split("\n");
          assertThat(lines[0]).isEqualTo("5 problems in protocol:");
          assertThat(e.getMessage())
              .contains("bad.yaml:3: visits[2]: visit on day 400 is after the end of follow-up (followUpDays: 365)")
              .contains("bad.yaml:4: colour: unknown key")
              .contains("bad.yaml:7: population.eligibility.ageYears: min 70 > max 60: nobody can meet this criterion")
              .contains("bad.yaml:9: arms[0].dose: is required")
              .contains("bad.yaml:14: endpoints[1]: unknown endpoint 'quality-of-life'");
        });
  }

  @Test
  void typeAndRangeErrorsNameTheField() {
    String bad = GOOD.replace("participants: 3", "participants: three").replace("unit: cells", "unit: grams")
        .replace("endpoint: primary_endpoint", "endpoint: happiness");
    assertThatThrownBy(() -> ProtocolReader.parse(bad, "t.yaml"))
        .hasMessageContaining("t.yaml:11: arms[0].participants: expected a whole number, got text 'three'")
        .hasMessageContaining("t.yaml:13: arms[0].dose.unit: unknown unit 'grams'")
        .hasMessageContaining("success.endpoint: not a binary participant endpoint 'happiness'");
    // messages show the value given, and a positive lower bound reads as such (not "[4.9E-324, ...]")
    String worse = GOOD.replace("participants: 3", "participants: 2.5").replace("value: 0.8e9", "value: -1");
    assertThatThrownBy(() -> ProtocolReader.parse(worse, "w.yaml"))
        .hasMessageContaining("arms[0].participants: expected a whole number, got the number 2.5")
        .hasMessageContaining("arms[0].dose.value: must be > 0 and at most 1000000000000 (got -1)");
  }

  @Test
  void productAndSiteMustGoTogether() {
    String bad = GOOD.replace("site: portal-vein", "site: subcutaneous-device").replace("participants: 3", "participants: x");
    assertThatThrownBy(() -> ProtocolReader.parse(bad, "t.yaml"))
        .hasMessageContaining("t.yaml:11: arms[0].participants") // reported together with the other problems
        .hasMessageContaining("t.yaml:14: arms[0].site: site subcutaneous-device holds an encapsulated-device product, not allogeneic-sc-islet");
    // a mistyped product is reported as such, not also as a pairing with the default product
    String typo = GOOD.replace("site: portal-vein", "site: subcutaneous-device").replace("product: allogeneic-sc-islet", "product: encapsulated");
    assertThatThrownBy(() -> ProtocolReader.parse(typo, "t.yaml"))
        .hasMessageContaining("arms[0].product: unknown product 'encapsulated'")
        .hasMessageNotContaining("holds an encapsulated-device product");
  }

  @Test
  void syntaxErrorHasALine() {
    assertThatThrownBy(() -> ProtocolReader.parse("name: x\narms: [\n", "s.yaml"))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("s.yaml:");
  }

  @Test
  void allPresetsParse() {
    for (String name : ProtocolReader.PRESETS) {
      Protocol p = ProtocolReader.preset(name);
      assertThat(p.name()).isEqualTo(name);
      assertThat(ProtocolReader.presetText(name)).contains("Source").contains("Published numbers");
    }
    Protocol z = ProtocolReader.preset("zimislecel-phase12");
    assertThat(z.arms()).extracting(Arm::participants).containsExactly(2, 12);
    Protocol e = ProtocolReader.preset("edmonton-2006");
    assertThat(e.totalParticipants()).isEqualTo(36);
    assertThat(e.arms().get(0).infusions().max()).isEqualTo(3);
    assertThatThrownBy(() -> ProtocolReader.preset("nope")).hasMessageContaining("unknown preset 'nope'");
  }

  @Test
  void duplicateKeysAndBadInfusionRulesAreReported() {
    assertThatThrownBy(() -> ProtocolReader.parse("name: a\nname: b\n", "d.yaml")).hasMessageContaining("d.yaml:2:").hasMessageContaining("duplicate key 'name'");
    // syntax errors: one line at the problem's line, saying what is wrong (not only the parser's context)
    assertThatThrownBy(() -> ProtocolReader.parse("name: a\narms:\n\t- name: x\n", "t.yaml"))
        .hasMessageContaining("t.yaml:3:").hasMessageContaining("a tab cannot start a token").hasMessageNotContaining("\n");
    String bad = GOOD.replace("site: portal-vein", "site: portal-vein\n    infusions: {max: 3}");
    assertThatThrownBy(() -> ProtocolReader.parse(bad, "t.yaml"))
        .hasMessageContaining("arms[0].infusions.repeatIfNotInsulinIndependentAfterDays: is required when max > 1");
  }

  @Test
  void presetOrFileLookup() {
    assertThat(ProtocolReader.load("edmonton-2006").source()).isEqualTo("preset:edmonton-2006");
    assertThatThrownBy(() -> ProtocolReader.load("/no/such/file.yaml")).hasMessageContaining("protocol file not found");
  }

  @Test
  void endpointFamiliesOfRows() {
    assertThat(Endpoint.familyOf("primary_endpoint")).isEqualTo(Endpoint.PRIMARY_2025);
    assertThat(Endpoint.familyOf("fisher_p_insulin_independent_d365")).isEqualTo(Endpoint.INSULIN_INDEPENDENCE);
    assertThat(Endpoint.familyOf("insulin_dose_change_pct_d90")).isEqualTo(Endpoint.INSULIN_DOSE);
    assertThat(Endpoint.familyOf("tbr54_pct_d90")).isEqualTo(Endpoint.CGM);
    assertThat(Endpoint.familyOf("igls2_success_d365")).isEqualTo(Endpoint.IGLS_2);
    assertThat(Endpoint.familyOf("logrank_p_graft_survival")).isEqualTo(Endpoint.GRAFT_SURVIVAL);
    assertThat(Endpoint.familyOf("screen_fail_ageYears")).isNull();
    String bad = GOOD.replace("endpoints: [primary-2025, insulin-independence]", "endpoints: [insulin-independence]");
    assertThatThrownBy(() -> ProtocolReader.parse(bad, "t.yaml"))
        .hasMessageContaining("success.endpoint: 'primary_endpoint' belongs to endpoint 'primary-2025', which is not in endpoints");
  }

  @Test
  void publishedValuesOfThePresets() {
    Published z = ProtocolReader.preset("zimislecel-phase12").published();
    assertThat(z.arm()).isEqualTo("full-dose");
    assertThat(z.counts()).containsEntry("primary_endpoint", new Published.Count(12, 12))
        .containsEntry("insulin_independent_d365", new Published.Count(10, 12));
    assertThat(z.measure("cpeptide_peak_pmol_l")).containsExactly(new Published.Value(90, 424, false),
        new Published.Value(180, 1036, false), new Published.Value(365, 1274, false));
    Published e = ProtocolReader.preset("edmonton-2006").published();
    assertThat(e.counts()).containsEntry("insulin_independent_1y_after_last_infusion", new Published.Count(16, 36))
        .containsEntry("insulin_independent_ever", new Published.Count(21, 36))
        .containsEntry("insulin_independent_2y_after_last_infusion", new Published.Count(5, 36));
    Published c = ProtocolReader.preset("cipsc-autologous").published();
    assertThat(c.measure("tir_pct")).containsExactly(new Published.Value(0, 43.18, false),
        new Published.Value(120, 96.21, false), new Published.Value(180, 98, true), new Published.Value(270, 98, true),
        new Published.Value(365, 98, true));
    assertThat(c.counts()).containsEntry("insulin_independent_d365", new Published.Count(1, 1));
    Published x = ProtocolReader.preset("encapsulated-no-immunosuppression").published();
    assertThat(x.counts()).isEmpty();
    assertThat(x.measures()).isEmpty();
    assertThat(x.note()).contains("No published trial of this design reports efficacy");
    assertThat(ProtocolReader.parse(GOOD, "t.yaml").published()).isNull();
  }

  @Test
  void publishedBlockErrorsNameLineAndField() {
    String bad = GOOD.replace("insulin-independence]", "insulin-independence, cgm]") + """
        published:
          arm: b
          counts: {primary_endpoint: [13, 12], insulin_independent_ever: [1, 2], died: [0, 1]}
          means:
            tir_pct: {0: 49.5, 120: 80, 365: {max: 99}}
            hba1c: {0: 7.8}
            hba1c_pct: {180: high}
          extra: 1
        """;
    assertThatThrownBy(() -> ProtocolReader.parse(bad, "p.yaml"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("p.yaml:25: published.extra: unknown key (expected one of arm, counts, means, note, source)")
        .hasMessageContaining("p.yaml:18: published.source: is required")
        .hasMessageContaining("p.yaml:19: published.arm: no arm named 'b'")
        .hasMessageContaining("p.yaml:20: published.counts.primary_endpoint: expected [count, n] with 0 <= count <= n")
        .hasMessageContaining("p.yaml:20: published.counts.died: belongs to endpoint 'deaths', which is not in endpoints")
        .hasMessageContaining("p.yaml:22: published.means.tir_pct.120: not a visit day (visits: [0, 29, 90, 180, 270, 365])")
        .hasMessageContaining("p.yaml:22: published.means.tir_pct.365.max: unknown key (expected one of min)")
        .hasMessageContaining("p.yaml:22: published.means.tir_pct.365.min: is required")
        .hasMessageContaining("p.yaml:23: published.means.hba1c: unknown per-visit measure (expected one of hba1c_pct, tir_pct")
        .hasMessageContaining("p.yaml:24: published.means.hba1c_pct: belongs to endpoint 'hba1c', which is not in endpoints")
        .hasMessageNotContaining("insulin_independent_ever");
  }

  @Test
  void infusionWindowPastFollowUpDuplicateReferencesNonVisitEndpointsAndFractionalSeedsAreErrors() {
    String bad = GOOD
        .replace("seed: 7", "seed: 1.9")
        .replace("severeEventsPriorYear: {min: 2}", "severeEventsPriorYear: {min: 2}\n  referencePatients: [adult#001, adult#002, adult#001]")
        .replace("site: portal-vein", "site: portal-vein\n    infusions: {max: 3, repeatIfNotInsulinIndependentAfterDays: 300, windowDays: 600}")
        .replace("endpoint: primary_endpoint, minCount: 2", "endpoint: insulin_independent_d200, minCount: 0")
        + "published:\n  source: s\n  arm: a\n  counts: {insulin_independent_d0: [1, 2], insulin_independent_d90: [1, 2]}\n";
    assertThatThrownBy(() -> ProtocolReader.parse(bad, "t.yaml"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("t.yaml:2: seed: expected a whole number, got")
        .hasMessageContaining("population.referencePatients[2]: duplicate reference patient 'adult#001'")
        .hasMessageContaining("arms[0].infusions.windowDays: must be <= followUpDays (365)")
        .hasMessageContaining("success.endpoint: not a binary participant endpoint 'insulin_independent_d200' of this protocol")
        .hasMessageContaining("published.counts.insulin_independent_d0: not a binary participant endpoint of this protocol")
        .hasMessageNotContaining("published.counts.insulin_independent_d90")
        .hasMessageNotContaining("referencePatients[1]");
    // the same protocol without the mistakes is fine; a window equal to the follow-up is allowed
    Protocol ok = ProtocolReader.parse(GOOD.replace("site: portal-vein",
        "site: portal-vein\n    infusions: {max: 3, repeatIfNotInsulinIndependentAfterDays: 300, windowDays: 365}"), "t.yaml");
    assertThat(ok.arm("a").infusions().windowDays()).isEqualTo(365);
  }

  @Test
  void aSuccessCriterionOnAOneYearEndpointNeedsOneYearOfFollowUp() {
    String shortRun = GOOD.replace("followUpDays: 365", "followUpDays: 180").replace("[primary-2025, insulin-independence]", "[insulin-independence]")
        .replace("endpoint: primary_endpoint, minCount: 2", "endpoint: insulin_independent_d180_365, minCount: 1");
    assertThatThrownBy(() -> ProtocolReader.parse(shortRun, "t.yaml"))
        .hasMessageContaining("success.endpoint: 'insulin_independent_d180_365' needs follow-up to day 365 (followUpDays: 180)");
    // the 2-year endpoint needs day 730; the day-365 visit endpoints need that visit; no leading zeros in visit days
    String twoYears = GOOD.replace("followUpDays: 365", "followUpDays: 400")
        .replace("endpoint: primary_endpoint, minCount: 2", "endpoint: insulin_independent_2y_after_last_infusion, minCount: 1");
    assertThatThrownBy(() -> ProtocolReader.parse(twoYears, "t.yaml"))
        .hasMessageContaining("success.endpoint: 'insulin_independent_2y_after_last_infusion' needs follow-up to 2 years");
    String noVisit = GOOD.replace("followUpDays: 365", "followUpDays: 400\nvisits: [0, 90, 180, 400]")
        .replace("endpoint: primary_endpoint, minCount: 2", "endpoint: graft_function_d365, minCount: 1");
    assertThatThrownBy(() -> ProtocolReader.parse(noVisit, "t.yaml"))
        .hasMessageContaining("success.endpoint: 'graft_function_d365' needs a visit on day 365");
    String zero = GOOD.replace("endpoint: primary_endpoint, minCount: 2", "endpoint: insulin_independent_d0365, minCount: 1");
    assertThatThrownBy(() -> ProtocolReader.parse(zero, "t.yaml"))
        .hasMessageContaining("not a binary participant endpoint 'insulin_independent_d0365'");
  }

  @Test
  void tar250RowsBelongToTheCgmEndpoint() {
    assertThat(Endpoint.familyOf("tar250_pct_d90")).isEqualTo(Endpoint.CGM);
    assertThat(Endpoint.familyOf("tar250_pct_d90_median")).isEqualTo(Endpoint.CGM);
  }
}
