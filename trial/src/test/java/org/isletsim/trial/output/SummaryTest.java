package org.isletsim.trial.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringWriter;
import java.util.List;
import org.isletsim.trial.TrialOptions;
import org.isletsim.trial.endpoint.EndpointRow;
import org.isletsim.trial.protocol.ProtocolReader;
import org.isletsim.trial.protocol.SuccessCriterion;
import org.junit.jupiter.api.Test;

class SummaryTest {
  private static List<EndpointRow> replicate(int r, int count, double ciLow) {
    return List.of(
        new EndpointRow(r, "a", "primary_endpoint", 12, count, count / 12.0, ciLow, 1),
        new EndpointRow(r, "a", "hba1c_pct_d180", 12, -1, 6 + r, 5, 7));
  }

  /** 3 of 4 replicates reach 10/12 → power 0.75, MC SE √(0.75·0.25/4) = 0.2165; pooling 42/48. */
  @Test
  void operatingCharacteristicAndPooling() throws Exception {
    Summary s = new Summary(new SuccessCriterion("a", "primary_endpoint", 10, Double.NaN));
    s.add(replicate(1, 12, 0.7));
    s.add(replicate(2, 10, 0.5));
    s.add(replicate(3, 9, 0.4));
    s.add(replicate(4, 11, 0.6));
    assertThat(s.operatingCharacteristic().probability()).isEqualTo(0.75);
    assertThat(s.operatingCharacteristic().monteCarloSe()).isCloseTo(Math.sqrt(0.75 * 0.25 / 4), within(1e-12));
    double[] q = s.replicateInterval("a", "hba1c_pct_d180"); // estimates 7, 8, 9, 10 (type-7 quantiles)
    assertThat(q[0]).isCloseTo(7.15, within(1e-12));
    assertThat(q[1]).isCloseTo(8.5, within(1e-12));
    assertThat(q[2]).isCloseTo(9.85, within(1e-12));
    assertThat(q[3]).isCloseTo(8.5, within(1e-12));
    StringWriter w = new StringWriter();
    s.write(w, ProtocolReader.preset("zimislecel-phase12"), new TrialOptions(1, 4, 1, 0));
    assertThat(w.toString()).contains("\"count\" : 42").contains("\"n\" : 48").contains("\"probability\" : 0.75");
  }

  @Test
  void ciLowerLimitCriterion() {
    Summary s = new Summary(new SuccessCriterion("a", "primary_endpoint", 0, 0.55));
    s.add(replicate(1, 12, 0.7));
    s.add(replicate(2, 10, 0.5));
    assertThat(s.operatingCharacteristic().successes()).isEqualTo(1);
  }
}
