package org.isletsim.candidacy.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The must-shows at the CLI's default size (32 twins, 5 years): {@code mvn -B test -Pslow -pl candidacy -am -Dtest=MustShowSlowTest}. */
@Tag("slow")
class MustShowSlowTest {
  @Test
  void defaultSizeVerdicts() {
    CandidacyResult e = MustShowTest.run("eligible-severe", CandidacyOptions.DEFAULT_TWINS, 5, 2);
    CandidacyResult w = MustShowTest.run("well-controlled", CandidacyOptions.DEFAULT_TWINS, 5, 2);
    System.out.println("eligible-severe: " + String.join("\n  ", e.reasons()));
    System.out.println("well-controlled: " + String.join("\n  ", w.reasons()));
    assertThat(e.verdict()).isEqualTo(Verdict.LIKELY_BENEFIT);
    assertThat(w.verdict()).isIn(Verdict.UNCERTAIN, Verdict.LIKELY_NET_HARM);
  }
}
