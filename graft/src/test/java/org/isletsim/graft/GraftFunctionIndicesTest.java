package org.isletsim.graft;

import static org.assertj.core.api.Assertions.*;
import static org.isletsim.graft.GraftFunctionIndices.IglsClass.*;

import org.junit.jupiter.api.Test;

class GraftFunctionIndicesTest {
  @Test
  void betaScore() {
    assertThat(GraftFunctionIndices.betaScore(5.0, 5.8, 0, false, 0.5, 1.2)).isEqualTo(8);
    assertThat(GraftFunctionIndices.betaScore(6.5, 6.5, 0.1, false, 0.15, 0.2)).isEqualTo(4);
    assertThat(GraftFunctionIndices.betaScore(8.0, 8.0, 0.6, false, 0.0, 0.05)).isZero();
    // fasting >= 0.3 implies stimulated >= 0.3
    assertThat(GraftFunctionIndices.betaScore(8.0, 8.0, 0.6, false, 0.35, 0.0)).isEqualTo(2);
    assertThat(GraftFunctionIndices.betaScore(5.0, 5.8, 0, true, 0.5, 1.2)).isEqualTo(7);
  }

  @Test
  void beta2AndSuito() {
    double b2 = GraftFunctionIndices.beta2(5.0, 5.5, 0.0, 0.6);
    assertThat(b2).isCloseTo(Math.sqrt(0.6) / 27.5 * 1000, within(1e-9));
    assertThat(GraftFunctionIndices.beta2(8, 7, 1.2, 0.5)).isZero();
    // healthy: fasting C-peptide 1.5 ng/mL at 85 mg/dL -> ~100
    assertThat(GraftFunctionIndices.suito(85, 1.5)).isCloseTo(102.3, within(0.1));
    assertThat(GraftFunctionIndices.suito(60, 1.0)).isNaN();
  }

  @Test
  void iglsClasses() {
    assertThat(GraftFunctionIndices.igls2GraftFunction(0.5, 2.0, false)).isEqualTo(OPTIMAL);
    assertThat(GraftFunctionIndices.igls2GraftFunction(0.5, 2.0, true)).isEqualTo(GOOD);
    assertThat(GraftFunctionIndices.igls2GraftFunction(0.05, 0.4, true)).isEqualTo(MARGINAL);
    assertThat(GraftFunctionIndices.igls2GraftFunction(0.05, 0.2, false)).isEqualTo(FAILURE);
    assertThat(GraftFunctionIndices.igls2018(6.2, 8.0, 0, 3, 0, 0.6, 2.0, 0)).isEqualTo(OPTIMAL);
    assertThat(GraftFunctionIndices.igls2018(6.8, 8.0, 0, 3, 0.2, 0.6, 2.0, 0)).isEqualTo(GOOD);
    assertThat(GraftFunctionIndices.igls2018(7.5, 8.0, 1, 3, 0.5, 0.6, 1.0, 0)).isEqualTo(MARGINAL);
    assertThat(GraftFunctionIndices.igls2018(6.0, 8.0, 0, 3, 0, 0.6, 0.0, 0)).isEqualTo(FAILURE);
    // marginal is the hypoglycaemia benefit (Table 3: HbA1c "baseline", severe events "< baseline"): a lower HbA1c
    // with as many severe events as before is a failure; without severe events at baseline (footnote f) it is the
    // glycaemic improvement that counts
    assertThat(GraftFunctionIndices.igls2018(7.5, 8.0, 3, 3, 0.5, 0.6, 1.0, 0)).isEqualTo(FAILURE);
    assertThat(GraftFunctionIndices.igls2018(8.0, 8.0, 2, 3, 0.5, 0.6, 1.0, 0)).isEqualTo(MARGINAL);
    assertThat(GraftFunctionIndices.igls2018(7.5, 8.0, 0, 0, 0.5, 0.6, 1.0, 0)).isEqualTo(MARGINAL);
    assertThat(GraftFunctionIndices.igls2018(8.0, 8.0, 0, 0, 0.5, 0.6, 1.0, 0)).isEqualTo(FAILURE);
  }
}
