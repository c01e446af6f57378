package org.isletsim.candidacy.twin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.isletsim.candidacy.profile.Therapy;
import org.junit.jupiter.api.Test;

class ConditioningTest {
  @Test
  void negativeBinomialIsAProbabilityWithTheRightMean() {
    double sum = 0, mean = 0;
    for (int y = 0; y < 400; y++) {
      double p = Math.exp(Conditioning.negativeBinomial(y, 0.6, 2.8));
      sum += p;
      mean += y * p;
    }
    assertThat(sum).isEqualTo(1, offset(1e-9));
    assertThat(mean).isEqualTo(2.8, offset(1e-6));
    // P(0) = (k / (k + m))^k
    assertThat(Math.exp(Conditioning.negativeBinomial(0, 0.6, 2.8))).isEqualTo(Math.pow(0.6 / 3.4, 0.6), offset(1e-12));
  }

  @Test
  void behaviourProposalIsANormalisedDensityRatio() {
    double centre = BehaviourProposal.centre(Therapy.PUMP, true, 7.8);
    assertThat(centre).isEqualTo(0.2 + (7.8 - 7.81) / 1.94, offset(1e-12));
    double sd = BehaviourProposal.sd(Therapy.PUMP, true);
    // E_proposal[prior/proposal] = 1: integrate prior density over the support
    double integral = 0, dx = 1e-4;
    for (double x = dx / 2; x < BehaviourProposal.MAX; x += dx) {
      double logRatio = BehaviourProposal.logRatio(x, centre, sd);
      double z = (x - centre) / sd;
      double mass = org.isletsim.trial.stats.SpecialFunctions.normalCdf((BehaviourProposal.MAX - centre) / sd)
          - org.isletsim.trial.stats.SpecialFunctions.normalCdf(-centre / sd);
      double proposal = Math.exp(-0.5 * z * z) / (sd * Math.sqrt(2 * Math.PI)) / mass;
      integral += Math.exp(logRatio) * proposal * dx;
    }
    assertThat(integral).isEqualTo(1, offset(1e-6));
  }
}
