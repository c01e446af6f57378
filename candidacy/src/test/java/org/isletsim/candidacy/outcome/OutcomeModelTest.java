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
  void stopAndFunctionLevelsComeFromTheSimulatedYear() {
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
    GraftResponse r = new GraftResponse(g, Double.NaN, GraftResponse.DEFAULT_HYPERBOLA_MG_DL);
    assertThat(r.stopBeta).isEqualTo(beta[200]);
    assertThat(r.functionBeta).isEqualTo(beta[73]); // first day with C-peptide >= 100 pmol/L
    double[] look = new double[3];
    r.lookup(true, 0.4, look);
    assertThat(look[1]).isEqualTo(80);
  }

  /** A graft year: on insulin until day 150, then insulin-free; φβ falls linearly from 0.6 to 0.3, g = 70 + 20/φβ. */
  private static SimulatedCourse graftYear(double c, double a) {
    int n = 365;
    double[] beta = new double[n], g = new double[n], tir = new double[n], ins = new double[n], cpep = new double[n];
    for (int d = 0; d < n; d++) {
      beta[d] = 0.6 - 0.3 * d / (n - 1.0);
      g[d] = c + a / beta[d];
      tir[d] = 90;
      ins[d] = d < 150 ? 20 : 0;
      cpep[d] = 500;
    }
    return new SimulatedCourse("islets", g, tir, new double[n], new double[n], new boolean[n], ins, beta, new double[n], g,
        new double[n], cpep, null, -1);
  }

  @Test
  void insulinFreeGlucoseFollowsTheHyperbolaFittedAcrossTwins() {
    // different levels per twin, one slope: the fit within twins recovers it
    List<SimulatedCourse> twins = List.of(graftYear(60, 23), graftYear(75, 23), graftYear(90, 23));
    assertThat(GraftResponse.hyperbolaMgDl(twins)).isEqualTo(23, offset(1e-9));
    // one twin's 215 insulin-free days (at least 200) are enough to fit
    assertThat(GraftResponse.hyperbolaMgDl(List.of(graftYear(60, 23)))).isEqualTo(23, offset(1e-9));
    // too few insulin-free days to fit: the documented default
    SimulatedCourse y = graftYear(60, 23);
    Arrays.fill(y.insulinU(), 0, 300, 20.0); // 65 insulin-free days
    assertThat(GraftResponse.hyperbolaMgDl(List.of(y))).isEqualTo(GraftResponse.DEFAULT_HYPERBOLA_MG_DL);

    // a replayed day moves along the hyperbola to the current φβ; its TIR moves along the pooled curve
    GraftResponse r = new GraftResponse(graftYear(70, 20), Double.NaN, 20);
    double[] out = new double[3];
    int day = 200; // φβ = 0.6 − 0.3·200/364, g = 70 + 20/φβ
    double beta0 = 0.6 - 0.3 * day / 364.0, g0 = 70 + 20 / beta0;
    r.replay(day, 0.2, out);
    assertThat(out[0]).isEqualTo(70 + 20 / 0.2, offset(1e-9)); // 170 mg/dL at φβ 0.2
    assertThat(out[1]).isEqualTo(90 + 74.1 - GraftResponse.tirAtMeanGlucosePct(g0), offset(1e-9));
    assertThat(GraftResponse.tirAtMeanGlucosePct(145)).isEqualTo((88.0 + 83.7) / 2, offset(1e-12));
    assertThat(GraftResponse.tirAtMeanGlucosePct(80)).isEqualTo(99.1);
    assertThat(GraftResponse.tirAtMeanGlucosePct(230)).isZero();
    // TIR stays within 0..100
    r.replay(day, 0.05, out);
    assertThat(out[1]).isZero();
  }

  @Test
  void replayedRunsStartNearTheCurrentGraftFunctionAndFollowTheSimulatedDays() {
    GraftResponse r = new GraftResponse(graftYear(70, 20), Double.NaN, 20);
    org.apache.commons.rng.UniformRandomProvider rng = org.isletsim.random.RandomStreams.stream(1, "twin", "test");
    java.util.Set<Integer> starts = new java.util.TreeSet<>();
    for (int k = 0; k < 500; k++) starts.add(r.runStart(0.45, rng));
    // the 30 insulin-free days nearest to φβ 0.45 (φβ falls by 0.3/364 a day: day 182 has φβ 0.45)
    assertThat(starts).hasSize(GraftResponse.K);
    assertThat(starts.stream().mapToInt(Integer::intValue).min().getAsInt()).isEqualTo(182 - 15);
    assertThat(starts.stream().mapToInt(Integer::intValue).max().getAsInt()).isEqualTo(182 + 14);
    // below the simulated range: the lowest days
    assertThat(r.runStart(0.1, rng)).isGreaterThanOrEqualTo(364 - GraftResponse.K + 1);
    assertThat(r.next(200)).isEqualTo(201);
    assertThat(r.next(364)).isEqualTo(-1); // the simulated year ends
    assertThat(r.next(100)).isEqualTo(-1); // day 101 was on insulin
  }

  @Test
  void insulinRestartsAsTheCareCourseDoes() {
    CarePolicy.Titration t = POLICY.titration(); // review every 7 days, restart below 70% TIR, urgent above 250 mg/dL
    double[] tir = new double[28];
    Arrays.fill(tir, 71);
    tir[20] = 64; // the week of days 14..20 averages 70.0: no restart
    assertThat(GraftResponse.restarts(t, tir, 20, 160)).isFalse();
    tir[19] = 69.9; // now 69.84
    assertThat(GraftResponse.restarts(t, tir, 20, 160)).isTrue();
    assertThat(GraftResponse.restarts(t, tir, 19, 160)).isFalse(); // not a review day
    assertThat(GraftResponse.restarts(t, tir, 22, 251)).isTrue(); // the daily safety check
    assertThat(GraftResponse.restarts(t, tir, 22, 250)).isFalse();
  }

  /** Reviews fall where the care course's do: every reviewEveryDays days from the start of the 56-day run-in. */
  @Test
  void reviewsAreCountedFromTheStartOfTheRunIn() {
    assertThat(java.util.stream.IntStream.range(0, 30).filter(d -> GraftResponse.reviewDay(POLICY.titration(), d)))
        .containsExactly(6, 13, 20, 27); // 56 is a multiple of 7: day 6 ends the 9th week since day -56
    CarePolicy.Titration t = POLICY.titration();
    CarePolicy.Titration every10 = new CarePolicy.Titration(10, t.reduceIfTbr70PctAbove(), t.reduceIfTbr54PctAbove(),
        t.reduceStepFrac(), t.increaseIfTirPctBelow(), t.increaseIfTbr70PctBelow(), t.increaseStepFrac(), t.maxDoseFrac(),
        t.stopIfDoseUPerKgDayBelow(), t.stopIfTirPctAtLeast(), t.restartIfTir70to180PctBelow(),
        t.restartIfTir70to140PctBelow(), t.restartDoseFrac(), t.urgentRestartIfDayMeanMgdlAbove(), t.weanIfTirPctAtLeast(),
        t.weanStepFrac(), t.weanIfFastingCpeptideNmolLAtLeast());
    // the course's 10-day windows end on days -47, -37, ..., 3, 13, 23 (day -56 + 10k - 1)
    assertThat(java.util.stream.IntStream.range(0, 30).filter(d -> GraftResponse.reviewDay(every10, d)))
        .containsExactly(3, 13, 23);
  }

  @Test
  void insulinStopsOnlyAtReviewsAndAfterARestartOnlyOnceTheWeaningHasHadItsTime() {
    CarePolicy.Titration t = POLICY.titration();
    // insulin-free days at TIR 90 (g = 70 + 20/φβ): moved to φβ 0.3, g = 136.7, still ~88% in range
    GraftResponse r = new GraftResponse(graftYear(70, 20), Double.NaN, 20);
    double stop = r.stopBeta; // φβ on day 150
    assertThat(r.stops(t, 400, stop + 0.01, -1)).isFalse(); // day 400 is not a review day ((400 + 57) % 7 != 0)
    assertThat(r.stops(t, 398, stop + 0.01, -1)).isTrue(); // a review, graft back at the stop level
    assertThat(r.stops(t, 398, stop - 0.01, -1)).isFalse();
    // after a restart that began on day 380: not before 84 days on insulin, whatever φβ does
    assertThat(r.stops(t, 398, 0.9, 380)).isFalse();
    int review = 461; // (461 + 57) % 7 == 0, 82 days after the restart
    assertThat(r.stops(t, review, 0.3, 380)).isFalse();
    assertThat(r.stops(t, review + 7, 0.3, 380)).isTrue(); // 89 days: weaned, and 0.3 would be ~88% in range
    assertThat(r.expectedFreeTirPct(0.3)).isGreaterThan(t.stopIfTirPctAtLeast());
    // a graft too weak to hold the stop rule's TIR without insulin: no stop
    assertThat(r.expectedFreeTirPct(0.12)).isLessThan(t.stopIfTirPctAtLeast());
    assertThat(r.stops(t, review + 7, 0.12, 380)).isFalse();
    // the simulated year's own restart counts: free from day 150, back on insulin from day 300
    SimulatedCourse y = graftYear(70, 20);
    Arrays.fill(y.insulinU(), 300, 365, 20.0);
    assertThat(GraftResponse.lastRestartDay(y)).isEqualTo(300);
    assertThat(GraftResponse.lastRestartDay(graftYear(70, 20))).isEqualTo(-1);
  }

  /**
   * After the simulated year the graft sees the subtherapeutic immunosuppression episodes a longer simulation of the
   * same twin would give it: the outcome layer's course replays the physiology's, day for day (here with 20 episodes a
   * year so that 60 days hold some).
   */
  @Test
  void theOutcomeLayerContinuesThePhysiologysImmunosuppression() {
    Profile p = ProfileReader.read(Examples.profile("eligible-severe"));
    CarePolicy.Immunosuppression i = POLICY.immunosuppression();
    CarePolicy policy = new CarePolicy(POLICY.regimen(), POLICY.titration(), POLICY.hypoglycaemia(), POLICY.life(),
        new CarePolicy.Immunosuppression(i.enabled(), i.induction(), i.maintenance(), i.stopDay(), 20,
            i.subtherapeuticDurationDays(), i.subtherapeuticAdequacy(), i.seriousInfectionPerYear(),
            i.neutropeniaPerYearFirstYear(), i.neutropeniaPerYearLater(), i.malignancyPerYear(), i.deathPerYear(),
            i.egfrBaselineMlMin(), i.egfrDeclineYear1MlMin(), i.egfrDeclinePerYearYears1to5(), i.egfrDeclinePerYearLater()),
        POLICY.visits());
    long seed = 7;
    Twin twin = org.isletsim.candidacy.twin.TwinSampler.sample(p, 1, seed).get(0);
    Strategy islets = org.isletsim.candidacy.sim.Strategies.forTherapy(p.therapy(), List.of()).get(2);
    SimulatedCourse c = new org.isletsim.candidacy.sim.PhysiologyRunner(p, policy, seed).simulate(twin, islets, 60);
    var course = OutcomeModel.physiologyImmunosuppression(policy, seed, twin.id());
    double[] replayed = new double[59], received = Arrays.copyOfRange(c.graftInputAdequacy(), 1, 60);
    for (int d = 0; d < 59; d++) replayed[d] = course.day(d, (type, detail) -> { });
    assertThat(received).contains(i.subtherapeuticAdequacy()).contains(1.0); // episodes happened
    assertThat(replayed).containsExactly(received);
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
