package org.isletsim.candidacy.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.isletsim.candidacy.Examples;
import org.isletsim.candidacy.output.CandidacyJson;
import org.isletsim.candidacy.profile.Profile;
import org.isletsim.candidacy.profile.ProfileReader;
import org.junit.jupiter.api.Test;

/**
 * Issue 8's must-shows on the shipped example profiles, with fewer twins than the default to stay fast (the
 * default-size runs are in {@code MustShowSlowTest}). Bands, not numbers: the graft calibration may change.
 */
class MustShowTest {
  static CandidacyResult run(String profile, int twins, int years, int threads) {
    Profile p = ProfileReader.read(Examples.profile(profile));
    return CandidacyAnalysis.run(p, new CandidacyOptions(1, twins, years, threads, List.of(), null, true), n -> { });
  }

  @Test
  void eligibleSevereProfileIsLikelyBenefitVersusCurrentCare() {
    CandidacyResult r = run("eligible-severe", 12, 5, 2);
    assertThat(r.verdict()).as(String.join("\n", r.reasons())).isEqualTo(Verdict.LIKELY_BENEFIT);
    assertThat(r.eligibleForTrial()).isTrue();
    Comparison c = r.comparison("islets", "current");
    assertThat(c.severeEventsAvoided()).isPositive();
    assertThat(c.netBenefitQaly().mcSe()).isPositive(); // Monte-Carlo error is reported
    assertThat(r.strategy("islets").insulinIndependence()).hasSize(5);
    assertThat(r.sensitivity()).isNotEmpty();
  }

  @Test
  void wellControlledProfileIsNotLikelyBenefit() {
    CandidacyResult r = run("well-controlled", 8, 5, 2);
    assertThat(r.verdict()).as(String.join("\n", r.reasons())).isIn(Verdict.UNCERTAIN, Verdict.LIKELY_NET_HARM);
    assertThat(r.eligibleForTrial()).isFalse();
    assertThat(r.failedCriteria()).contains("awarenessScore", "severeEventsPriorYear");
    // on a hybrid closed loop already: best standard care is the current care
    assertThat(r.strategy("best-standard-care").qaly()).isEqualTo(r.strategy("current").qaly());
  }

  @Test
  void deterministicForASeedWhateverTheThreads() throws Exception {
    StringWriter a = new StringWriter(), b = new StringWriter();
    CandidacyJson.write(run("eligible-severe", 3, 2, 1), a);
    CandidacyJson.write(run("eligible-severe", 3, 2, 2), b);
    assertThat(a.toString()).isEqualTo(b.toString()).startsWith("{\n  \"verdict\" : ");
  }
}
