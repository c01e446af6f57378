package org.isletsim.candidacy.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.Arrays;
import java.util.List;
import org.isletsim.candidacy.Examples;
import org.isletsim.candidacy.profile.Profile;
import org.isletsim.candidacy.profile.ProfileReader;
import org.isletsim.candidacy.sim.SimulatedCourse;
import org.isletsim.candidacy.sim.Strategy;
import org.isletsim.candidacy.twin.Conditioning;
import org.isletsim.candidacy.twin.Twin;
import org.isletsim.care.policy.CarePolicy;
import org.isletsim.care.policy.CarePolicyLoader;
import org.junit.jupiter.api.Test;

/** The cheap layer's arithmetic on synthetic courses (no physiology). */
class OutcomeModelTest {
  private static final CarePolicy POLICY = CarePolicyLoader.defaults();

  private static SimulatedCourse flat(int days, double hazard, double tir) {
    double[] h = new double[days], t = new double[days], g = new double[days], ins = new double[days], b = new double[days],
        hb = new double[days], tbr = new double[days];
    Arrays.fill(h, hazard);
    Arrays.fill(t, tir);
    Arrays.fill(g, 150);
    Arrays.fill(ins, 40);
    Arrays.fill(hb, 7.5);
    return new SimulatedCourse("current", g, t, tbr, h, new boolean[days], ins, b, hb, null, null, null, null, -1);
  }

  @Test
  void noGraftQalyIsDiscountedUtilityMinusExpectedEvents() {
    Profile p = ProfileReader.read(Examples.profile("well-controlled")); // aware: multiplier rate_multiplier_aware
    Strategy current = new Strategy(Strategy.CURRENT, "current", "hcl", null, "test");
    Twin twin = new Twin("twin-001", "adult#001", null, 0.1, 0, null);
    double hazard = 0.001, frailty = 1.5;
    Conditioning c = new Conditioning(new double[] {1}, new double[] {frailty}, new double[] {1}, new double[] {7.5},
        new double[] {60}, new double[] {150}, 1);
    OutcomeModel m = new OutcomeModel(p, List.of(twin), List.of(current), List.of(List.of(flat(30, hazard, 60))), c, POLICY, 2, 1);
    ModelInputs in = ModelInputs.defaults(POLICY);
    TwinOutcome o = m.evaluate(in).get(0).get(0);
    double r = Math.pow(1.035, -1 / 365.25), disc = 1, expected = 0;
    double events = hazard * POLICY.hypoglycaemia().rateMultiplierAware() * frailty;
    for (int d = 0; d < 730; d++) {
      expected += disc * (0.81 / 365.25 - 0.06 * events);
      disc *= r;
    }
    assertThat(o.qaly()).isEqualTo(expected, offset(1e-9));
    assertThat(Arrays.stream(o.components()).sum()).isEqualTo(o.qaly(), offset(1e-12));
    assertThat(o.components()[5]).isEqualTo(0, offset(1e-12)); // no immunosuppression: no mortality component
    assertThat(o.severeEventsPerYear()[0]).isEqualTo(365 * events, offset(1e-9));
    assertThat(o.tirPctPerYear()[1]).isEqualTo(60, offset(1e-9));
    assertThat(o.deathProbability()).isZero();
    // a utility change moves the QALYs by the discounted years
    TwinOutcome o2 = m.evaluate(in.with("utilityOnInsulin", 0.71)).get(0).get(0);
    assertThat(o.qaly() - o2.qaly()).isEqualTo(0.1 * (1 - Math.pow(r, 730)) / (1 - r) / 365.25, offset(1e-9));
  }

  @Test
  void insulinRestartsBelowAFractionOfTheStopLevel() {
    int n = 365;
    SimulatedCourse base = flat(n, 0, 80);
    double[] beta = new double[n], ins = base.insulinU().clone();
    for (int d = 0; d < n; d++) {
      beta[d] = 0.5 * d / (n - 1.0);
      if (d >= 200) ins[d] = 0;
    }
    double[] cpep = new double[n];
    for (int d = 0; d < n; d++) cpep[d] = beta[d] * 1000;
    SimulatedCourse g = new SimulatedCourse("islets", base.meanGlucoseMgDl(), base.tirPct(), base.tbr54Pct(),
        base.severeHazardBase(), base.impaired(), ins, beta, base.hba1cPct(), base.meanGlucoseMgDl(), new double[n], cpep,
        null, -1);
    GraftResponse r = new GraftResponse(g, Double.NaN);
    assertThat(r.stopBeta).isEqualTo(beta[200]);
    assertThat(r.functionBeta).isEqualTo(beta[73]); // first day with C-peptide >= 100 pmol/L
    assertThat(r.insulinFree(true, 0.9 * beta[200])).isTrue();
    assertThat(r.insulinFree(true, 0.7 * beta[200])).isFalse();
    assertThat(r.insulinFree(false, 0.9 * beta[200])).isFalse();
    double[] look = new double[3];
    r.lookup(true, 0.4, look);
    assertThat(look[1]).isEqualTo(80);
  }

  @Test
  void inputsOverrideStrictly() {
    ModelInputs d = ModelInputs.defaults(POLICY);
    assertThat(d.get("seriousInfectionPerYear")).isEqualTo(POLICY.immunosuppression().seriousInfectionPerYear());
    ModelInputs o = InputsReader.parse("utilityOnInsulin: 0.78\ndiscountRatePerYear: 0\n", "u.yaml", d);
    assertThat(o.get("utilityOnInsulin")).isEqualTo(0.78);
    assertThat(o.get("discountRatePerYear")).isZero();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> InputsReader.parse("utilityOnInsulinn: 0.7\nutilityPartialGraft: 2\n", "u.yaml", d))
        .hasMessageContaining("u.yaml:1: utilityOnInsulinn: unknown key")
        .hasMessageContaining("u.yaml:2: utilityPartialGraft: must be in [0, 1] (got 2)");
  }

  @Test
  void inputsWithoutValueOrSwitchesOtherThanZeroOrOneAreRejected() {
    ModelInputs d = ModelInputs.defaults(POLICY);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> InputsReader.parse("utilityOnInsulin:\ngraftRestoresAwareness: 0.4\n", "u.yaml", d))
        .hasMessageContaining("u.yaml:1: utilityOnInsulin: has no value")
        .hasMessageContaining("u.yaml:2: graftRestoresAwareness: is a switch: expected 0 (no) or 1 (yes)");
    assertThat(InputsReader.parse("graftRestoresAwareness: 0\n", "u.yaml", d).flag("graftRestoresAwareness")).isFalse();
  }
}
