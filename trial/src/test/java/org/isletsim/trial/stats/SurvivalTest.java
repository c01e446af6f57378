package org.isletsim.trial.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Freireich EJ et al., Blood 1963;21:699-716: remission durations (weeks) in acute leukaemia, 6-MP vs placebo
 * (21 each); the worked example of Gehan 1965, of Kalbfleisch &amp; Prentice and of R's {@code MASS::gehan}.
 * R: {@code survdiff(Surv(time, cens) ~ treat, gehan)} gives Chisq = 16.8 on 1 df, p = 4e-05, with
 * O/E 9/19.25 (6-MP) and 21/10.75 (control); {@code survfit} on the 6-MP arm prints the table checked below
 * (survival, std.err, lower/upper 95% CI with the default conf.type = "log").
 */
class SurvivalTest {
  static final double[] MP_TIME = {6, 6, 6, 6, 7, 9, 10, 10, 11, 13, 16, 17, 19, 20, 22, 23, 25, 32, 32, 34, 35};
  static final boolean[] MP_EVENT = flags("111010100110001100000");
  static final double[] PLACEBO_TIME = {1, 1, 2, 2, 3, 4, 4, 5, 5, 8, 8, 8, 8, 11, 11, 12, 12, 15, 17, 22, 23};

  private static boolean[] flags(String s) {
    boolean[] f = new boolean[21];
    for (int i = 0; i < 21; i++) f[i] = s.charAt(i) == '1';
    return f;
  }

  static boolean[] allEvents() {
    boolean[] f = new boolean[21];
    java.util.Arrays.fill(f, true);
    return f;
  }

  @Test
  void kaplanMeierMatchesSurvfitTable() {
    KaplanMeier km = KaplanMeier.fit(MP_TIME, MP_EVENT, KaplanMeier.CiType.LOG, 0.95);
    List<KaplanMeier.Step> s = km.steps();
    double[][] r = { // time, n.risk, n.event, survival, std.err, lower, upper
      {6, 21, 3, 0.857, 0.0764, 0.720, 1.000},
      {7, 17, 1, 0.807, 0.0869, 0.653, 0.996},
      {10, 15, 1, 0.753, 0.0963, 0.586, 0.968},
      {13, 12, 1, 0.690, 0.1068, 0.510, 0.935},
      {16, 11, 1, 0.627, 0.1141, 0.439, 0.896},
      {22, 7, 1, 0.538, 0.1282, 0.337, 0.858},
      {23, 6, 1, 0.448, 0.1346, 0.249, 0.807}};
    assertThat(s).hasSize(r.length);
    for (int i = 0; i < r.length; i++) {
      KaplanMeier.Step st = s.get(i);
      assertThat(st.time()).isEqualTo(r[i][0]);
      assertThat(st.atRisk()).isEqualTo((int) r[i][1]);
      assertThat(st.events()).isEqualTo((int) r[i][2]);
      assertThat(st.survival()).isCloseTo(r[i][3], within(5e-4));
      assertThat(st.stdErr()).isCloseTo(r[i][4], within(5e-5));
      assertThat(st.low()).isCloseTo(r[i][5], within(5e-4));
      assertThat(st.high()).isCloseTo(r[i][6], within(5e-4));
    }
    assertThat(km.survivalAt(5.9)).isEqualTo(1.0);
    assertThat(km.survivalAt(12)).isCloseTo(0.753, within(5e-4));
    assertThat(km.medianTime()).isEqualTo(23);
    assertThat(km.atRisk(10)).isEqualTo(15);
  }

  /** conf.type = "log-log" in R: at 6 weeks 0.620–0.952; at 23 weeks 0.188–0.680. */
  @Test
  void logLogAndPlainIntervals() {
    KaplanMeier ll = KaplanMeier.fit(MP_TIME, MP_EVENT, KaplanMeier.CiType.LOG_LOG, 0.95);
    assertThat(ll.steps().get(0).low()).isCloseTo(0.6197, within(5e-4));
    assertThat(ll.steps().get(0).high()).isCloseTo(0.9516, within(5e-4));
    assertThat(ll.steps().get(6).low()).isCloseTo(0.1881, within(5e-4));
    assertThat(ll.steps().get(6).high()).isCloseTo(0.6801, within(5e-4));
    KaplanMeier plain = KaplanMeier.fit(MP_TIME, MP_EVENT, KaplanMeier.CiType.PLAIN, 0.95);
    KaplanMeier.Step last = plain.steps().get(6); // S ± 1.96·se by hand: 0.4482 ± 0.2638
    assertThat(last.low()).isCloseTo(0.4482 - 1.959964 * 0.13460, within(1e-3));
  }

  @Test
  void logRankMatchesSurvdiff() {
    LogRankTest t = LogRankTest.of(MP_TIME, MP_EVENT, PLACEBO_TIME, allEvents());
    assertThat(t.observed1()).isEqualTo(9);
    assertThat(t.expected1()).isCloseTo(19.25, within(0.005));
    assertThat(t.observed2()).isEqualTo(21);
    assertThat(t.expected2()).isCloseTo(10.75, within(0.005));
    assertThat(t.chiSquare()).isCloseTo(16.8, within(0.05));
    assertThat(t.chiSquare()).isCloseTo(16.79294, within(1e-4)); // hand recomputation of Σ(O−E)²/V
    assertThat(t.pValue()).isCloseTo(4.17e-5, within(0.02e-5));
  }

  @Test
  void identicalGroupsGiveNoEvidence() {
    LogRankTest t = LogRankTest.of(PLACEBO_TIME, allEvents(), PLACEBO_TIME, allEvents());
    assertThat(t.chiSquare()).isCloseTo(0, within(1e-12));
    assertThat(t.pValue()).isCloseTo(1, within(1e-12));
  }
}
