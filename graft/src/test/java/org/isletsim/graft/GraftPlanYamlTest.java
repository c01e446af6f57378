package org.isletsim.graft;

import static org.assertj.core.api.Assertions.*;

import java.nio.file.Path;
import org.isletsim.InvalidInputException;
import org.junit.jupiter.api.Test;

class GraftPlanYamlTest {
  private static final String OK = """
      product: allogeneic-sc-islet
      site: portal-vein
      infusions:
        - {day: 0, dose: 0.8e9, unit: cells}
      """;

  @Test
  void examplesParse() {
    GraftPlan full = GraftPlanYaml.read(Path.of("../examples/graft/zimislecel-full-dose.yaml"));
    assertThat(full.infusions()).hasSize(1);
    assertThat(full.infusions().get(0).ieq()).isCloseTo(0.8e9 / 1560, within(1e-6));
    GraftPlan repeat = GraftPlanYaml.read(Path.of("../examples/graft/half-dose-repeat.yaml"));
    assertThat(repeat.infusions()).extracting(Infusion::day).containsExactly(0, 180);
    assertThat(repeat.siteParameters().earlyLossFraction()).isEqualTo(0.45);
    assertThat(repeat.adherence()).isEqualTo(0.9);
  }

  @Test
  void defaultsApplyAndOverridesReplaceSingleValues() {
    GraftPlan p = GraftPlanYaml.parse(OK + "overrides:\n  product: {potency: 1.2}\n");
    assertThat(p.productParameters().potency()).isEqualTo(1.2);
    assertThat(p.productParameters().maturationDaysPerStage())
        .isEqualTo(GraftDefaults.product(GraftProduct.ALLOGENEIC_SC_ISLET).maturationDaysPerStage());
  }

  @Test
  void badInputNamesTheField() {
    assertError(OK.replace("0.8e9", "-5"), "infusions[0].dose: must be > 0");
    assertError(OK.replace("allogeneic-sc-islet", "pig-islet"), "product: unknown product 'pig-islet'");
    assertError(OK.replace("portal-vein", "kidney-capsule"), "site: unknown site 'kidney-capsule'");
    // product and site must go together: a device is implanted as a device, free islets not into a device site
    assertError(OK.replace("allogeneic-sc-islet", "encapsulated-device"),
        "site: an encapsulated-device product is implanted at site subcutaneous-device, not portal-vein");
    assertError(OK.replace("portal-vein", "subcutaneous-device"),
        "site: site subcutaneous-device holds an encapsulated-device product, not allogeneic-sc-islet");
    assertError(OK.replace("unit: cells", "unit: IEQ"), "infusions[0].dose: 8.0E8 IEQ is outside");
    assertError(OK.replace("dose: 0.8e9, unit: cells", "dose: 800000, unit: cells"), "infusions[0].dose: 800000.0 cells is outside");
    assertError(OK.replace("unit: cells", "unit: grams"), "infusions[0].unit: unknown unit 'grams'");
    assertError(OK.replace("0.8e9", "'0.8e9 cells'"), "infusions[0].dose: expected a number");
    assertError(OK + "overrides:\n  product: {potenzy: 2}\n", "overrides.product.potenzy: unknown parameter");
    assertError(OK + "overrides:\n  product: {potency: -1}\n", "overrides.product: potency must be >= 0");
    assertError(OK + "immunosuppression: {level: 1.5}\n", "immunosuppression.level: must be in [0, 1]");
    assertError(OK + "colour: blue\n", "colour: unknown field");
    assertError("product: [", "not valid YAML");
    // a whole-number parameter given a fraction is rejected, not truncated (2.7 stages used to become 2)
    assertError(OK + "overrides:\n  product: {maturationStages: 2.7}\n", "overrides.product");
    // a key given twice is an error, not "the last one wins" (a second infusions block silently replaced the first)
    assertError(OK + "infusions:\n  - {day: 30, dose: 0.8e9, unit: cells}\n", "infusions");
    assertThatThrownBy(() -> GraftPlanYaml.read(Path.of("no-such-graft.yaml")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("not found");
  }

  /** A site without early loss still takes the early-loss draw: the recipient's other draws stay those of any site. */
  @Test
  void aSiteWithoutEarlyLossKeepsTheRecipientsOtherDraws() {
    GraftPlan noLoss = GraftPlanYaml.parse(OK + "overrides:\n  site: {earlyLossFraction: 0}\n");
    GraftPlan tinyLoss = GraftPlanYaml.parse(OK + "overrides:\n  site: {earlyLossFraction: 1.0e-9}\n");
    GraftState a = new GraftCourse(noLoss, 5, "r").advanceTo(300);
    GraftState b = new GraftCourse(tinyLoss, 5, "r").advanceTo(300);
    assertThat(a.betaFraction()).isCloseTo(b.betaFraction(), withinPercentage(1e-3));
  }

  private static void assertError(String yaml, String message) {
    assertThatThrownBy(() -> GraftPlanYaml.parse(yaml)).isInstanceOf(InvalidInputException.class).hasMessageContaining(message);
  }
}
