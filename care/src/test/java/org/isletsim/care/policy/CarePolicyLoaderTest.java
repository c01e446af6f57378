package org.isletsim.care.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.isletsim.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CarePolicyLoaderTest {
  @TempDir Path dir;

  private Path yaml(String text) throws Exception {
    Path f = dir.resolve("care.yaml");
    Files.writeString(f, text);
    return f;
  }

  @Test
  void defaultsLoadWithDocumentedValues() {
    CarePolicy p = CarePolicyLoader.defaults();
    assertThat(p.regimen().kind()).isEqualTo("pump");
    assertThat(p.titration().reviewEveryDays()).isEqualTo(7);
    assertThat(p.titration().restartDoseFrac()).isEqualTo(0.5);
    assertThat(p.hypoglycaemia().awareness()).isEqualTo("impaired");
    assertThat(p.life().dawnProbability()).isEqualTo(0.52);
    assertThat(p.visits().cgmWindowDays()).isEqualTo(14);
    assertThat(p.regimen().hcl().gainFracPer100Mgdl()).isEqualTo(0.6);
  }

  @Test
  void userFileOverridesASubset() throws Exception {
    CarePolicy p = CarePolicyLoader.load(yaml("regimen:\n  kind: mdi\nhypoglycaemia:\n  awareness: normal\n"));
    assertThat(p.regimen().kind()).isEqualTo("mdi");
    assertThat(p.regimen().missedBolusProb()).isEqualTo(CarePolicyLoader.defaults().regimen().missedBolusProb());
    assertThat(p.hypoglycaemia().awareness()).isEqualTo("normal");
  }

  @Test
  void exampleRuns() {
    CarePolicy p = CarePolicyLoader.load(Path.of("../examples/care/mdi-normal-awareness.yaml"));
    assertThat(p.regimen().kind()).isEqualTo("mdi");
  }

  @Test
  void unknownKeyNamesFileLineAndChoices() throws Exception {
    Path f = yaml("regimen:\n  kind: pump\n  missed_bolus: 0.1\n");
    assertThatThrownBy(() -> CarePolicyLoader.load(f))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("care.yaml:3")
        .hasMessageContaining("unknown key 'regimen.missed_bolus'")
        .hasMessageContaining("missed_bolus_prob");
  }

  @Test
  void unknownSection() throws Exception {
    Path f = yaml("graft:\n  dose: 1\n");
    assertThatThrownBy(() -> CarePolicyLoader.load(f)).hasMessageContaining("care.yaml:1").hasMessageContaining("unknown key 'graft'");
  }

  @Test
  void impossibleValueNamesFieldAndExpectation() throws Exception {
    Path f = yaml("titration:\n  reduce_step_frac: 1.5\n");
    assertThatThrownBy(() -> CarePolicyLoader.load(f))
        .hasMessageContaining("care.yaml:2")
        .hasMessageContaining("titration.reduce_step_frac = 1.5")
        .hasMessageContaining("expected a fraction of the dose (0..1)");
  }

  @Test
  void mmolInsteadOfMgDlIsRecognised() throws Exception {
    Path f = yaml("regimen:\n  target_mgdl: 7.8\n");
    assertThatThrownBy(() -> CarePolicyLoader.load(f))
        .hasMessageContaining("regimen.target_mgdl = 7.8")
        .hasMessageContaining("mmol/L");
  }

  @Test
  void numberWithUnitTextIsRejected() throws Exception {
    Path f = yaml("hypoglycaemia:\n  symptom_threshold_aware_mgdl: 70 mg/dL\n");
    assertThatThrownBy(() -> CarePolicyLoader.load(f))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("hypoglycaemia.symptom_threshold_aware_mgdl")
        .hasMessageContaining("expected a plain number");
  }

  @Test
  void percentageGivenAsFractionIsStillLegalButOver100IsNot() throws Exception {
    Path f = yaml("titration:\n  stop_if_tir_pct_at_least: 170\n");
    assertThatThrownBy(() -> CarePolicyLoader.load(f)).hasMessageContaining("expected a percentage (0..100");
  }

  @Test
  void badChoiceListsOptions() throws Exception {
    Path f = yaml("regimen:\n  kind: inhaled\n");
    assertThatThrownBy(() -> CarePolicyLoader.load(f)).hasMessageContaining("regimen.kind = inhaled: expected one of [pump, mdi, hcl]");
  }

  @Test
  void sectionGivenAsScalar() throws Exception {
    Path f = yaml("regimen: pump\n");
    assertThatThrownBy(() -> CarePolicyLoader.load(f)).hasMessageContaining("regimen: expected a mapping");
  }

  @Test
  void wholeNumberRequired() throws Exception {
    Path f = yaml("titration:\n  review_every_days: 7.5\n");
    assertThatThrownBy(() -> CarePolicyLoader.load(f)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("titration.review_every_days");
  }

  @Test
  void missingFileAndBrokenYaml() throws Exception {
    assertThatThrownBy(() -> CarePolicyLoader.load(dir.resolve("nope.yaml"))).hasMessageContaining("not found");
    Path f = yaml("regimen:\n  kind: [pump\n");
    assertThatThrownBy(() -> CarePolicyLoader.load(f)).hasMessageContaining("not valid YAML");
  }

  /** YAML syntax errors are one line naming the problem's line and what is wrong (not the parser's caret block). */
  @Test
  void yamlSyntaxErrorsAreOneLineAtTheProblemsLine() throws Exception {
    assertThatThrownBy(() -> CarePolicyLoader.load(yaml("titration:\n\treview_every_days: 7\n")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(dir.resolve("care.yaml") + ":2: not valid YAML: a tab cannot start a token (indent with spaces, not"
            + " tabs) (while scanning for the next token)");
    assertThatThrownBy(() -> CarePolicyLoader.load(yaml("name: x\ntitration:\n  review_every_days: 7\n    bad: 1\n")))
        .hasMessage(dir.resolve("care.yaml") + ":4: not valid YAML: mapping values are not allowed here");
    assertThatThrownBy(() -> CarePolicyLoader.load(yaml("regimen: {kind: pump\n")))
        .hasMessageStartingWith(dir.resolve("care.yaml") + ":2: not valid YAML: expected ',' or '}', but got <stream end>")
        .hasMessageNotContaining("\n");
    assertThatThrownBy(() -> CarePolicyLoader.load(yaml("titration:\n  review_every_days: 7\n  review_every_days: 8\n")))
        .hasMessage(dir.resolve("care.yaml") + ":3: not valid YAML: duplicate key 'review_every_days' (a key may appear"
            + " once in a mapping)");
  }

  /** A second document was ignored, an alias read as its name: both are errors now. */
  @Test
  void oneDocumentAndNoAliases() throws Exception {
    assertThatThrownBy(() -> CarePolicyLoader.load(yaml("regimen:\n  kind: pump\n---\nregimen:\n  kind: mdi\n")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(dir.resolve("care.yaml") + ":4: not valid here: a second YAML document ('---'); expected one"
            + " document per file");
    assertThatThrownBy(() -> CarePolicyLoader.load(yaml("regimen:\n  kind: &k pump\nlife:\n  meals: *k\n")))
        .hasMessageStartingWith(dir.resolve("care.yaml") + ":4: not valid here: alias '*k'");
  }

  /** A yes/no field says so, whatever was given instead. */
  @Test
  void switchesExpectTrueOrFalse() throws Exception {
    for (String bad : new String[] {"maybe", "yes", "\"true\"", "1"}) {
      assertThatThrownBy(() -> CarePolicyLoader.load(yaml("hypoglycaemia:\n  awareness_restored_by_graft: " + bad + "\n")))
          .as(bad).isInstanceOf(InvalidInputException.class)
          .hasMessage(dir.resolve("care.yaml") + ":2: hypoglycaemia.awareness_restored_by_graft: expected true or false");
    }
  }

  @Test
  void documentedYesNoChoicesAreWordsAndDuplicateKeysAreErrors() throws Exception {
    assertThat(CarePolicyLoader.load(yaml("immunosuppression:\n  enabled: yes\n")).immunosuppression().enabled()).isEqualTo("yes");
    assertThat(CarePolicyLoader.load(yaml("immunosuppression:\n  enabled: no\n")).immunosuppression().enabled()).isEqualTo("no");
    assertThat(CarePolicyLoader.load(yaml("hypoglycaemia:\n  awareness_restored_by_graft: false\n")).hypoglycaemia()
        .awarenessRestoredByGraft()).isFalse();
    assertThatThrownBy(() -> CarePolicyLoader.load(yaml("regimen:\n  kind: mdi\n  kind: pump\n")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("care.yaml:3").hasMessageContaining("kind");
  }

  @Test
  void fieldsThatContradictOneAnotherAreErrors() throws Exception {
    assertThatThrownBy(() -> CarePolicyLoader.load(yaml("regimen:\n  correction_threshold_mgdl: 150\n  target_mgdl: 160\n")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("care.yaml:3")
        .hasMessageContaining("regimen.target_mgdl = 160: expected at most regimen.correction_threshold_mgdl (150)");
    assertThatThrownBy(() -> CarePolicyLoader.load(yaml("titration:\n  reduce_step_frac: 1\n")))
        .hasMessageContaining("titration.reduce_step_frac = 1: expected less than 1");
    assertThatThrownBy(() -> CarePolicyLoader.load(yaml("titration:\n  wean_step_frac: 1\n")))
        .hasMessageContaining("titration.wean_step_frac = 1: expected less than 1");
    assertThatThrownBy(() -> CarePolicyLoader.load(yaml("titration:\n  max_dose_frac: 1\n  restart_dose_frac: 1.2\n")))
        .hasMessageContaining("care.yaml:3").hasMessageContaining("titration.restart_dose_frac = 1.2: expected at most titration.max_dose_frac (1)");
    assertThatThrownBy(() -> CarePolicyLoader.load(yaml("hypoglycaemia:\n  symptom_threshold_impaired_mgdl: 80\n")))
        .hasMessageContaining("hypoglycaemia.symptom_threshold_impaired_mgdl = 80: expected at most hypoglycaemia.symptom_threshold_aware_mgdl (70)");
    assertThatThrownBy(() -> CarePolicyLoader.load(yaml("visits:\n  cgm_window_days: 60\n  every_days: 90\n")))
        .hasMessageContaining("visits.cgm_window_days = 60: expected at most the run-in's 56 days");
    // only the other field of the pair written: the error points at the line the user wrote
    assertThatThrownBy(() -> CarePolicyLoader.load(yaml("regimen:\n  correction_threshold_mgdl: 130\n")))
        .hasMessageContaining("care.yaml:2: regimen.target_mgdl = 140: expected at most regimen.correction_threshold_mgdl (130)");
    assertThat(PolicyValidator.RUN_IN_DAYS).isEqualTo(org.isletsim.care.course.CourseRunner.RUN_IN_DAYS);
  }
}
