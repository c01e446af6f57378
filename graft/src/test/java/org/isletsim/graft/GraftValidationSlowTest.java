package org.isletsim.graft;

import static org.assertj.core.api.Assertions.*;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The cohorts of docs/VALIDATION.md "Graft" (n = 100 each); run with {@code mvn -Pslow verify -pl graft -am}. */
@Tag("slow")
class GraftValidationSlowTest {
  private static final long SEED = 2025;
  private static final int N = 100;

  @Test
  void healthyCohort() {
    List<MmttResult> h = GraftValidation.healthyCohort(N, SEED);
    assertThat(h).allSatisfy(r -> {
      assertThat(r.fastingGlucoseMgDl()).isBetween(70.0, 100.0);
      assertThat(r.fastingCpeptidePmolL()).isBetween(200.0, 700.0);
      assertThat(r.peakCpeptidePmolL()).isBetween(1000.0, 3000.0);
    });
    long below140 = h.stream().filter(r -> r.glucoseAt(120) < 140).count();
    assertThat(below140).isGreaterThanOrEqualTo(98); // recorded: 100/100 (seeds 7, 11: 97, 99; VALIDATION.md)
  }

  @Test
  void portalStemCellGraftCohort() {
    GraftPlan full = GraftPlan.stemCellPortal(0.8e9), half = GraftPlan.stemCellPortal(0.4e9);
    int[] days = {90, 180, 365};
    double[] published = {424, 1036, 1274};
    for (int k = 0; k < days.length; k++) {
      double f = Arrays.stream(GraftValidation.peakCpeptide(N, SEED, full, days[k])).average().orElseThrow();
      double hf = Arrays.stream(GraftValidation.peakCpeptide(N, SEED, half, days[k])).average().orElseThrow();
      assertThat(f).as("day %d full dose", days[k]).isBetween(0.7 * published[k], 1.3 * published[k]);
      assertThat(hf).as("day %d half dose", days[k]).isLessThan(0.75 * f);
    }
  }

  @Test
  void alphaCellsReduceTimeBelow54() {
    GraftPlan on = GraftPlan.stemCellPortal(0.8e9), off = on.withAlphaCells(false);
    int sumOn = 0, sumOff = 0;
    for (int i = 0; i < N; i++) {
      sumOn += HypoglycaemiaChallenge.runRecipient(GraftValidation.adult(i), GraftValidation.key(i), SEED, on, 365, 0.15).minutesBelow54();
      sumOff += HypoglycaemiaChallenge.runRecipient(GraftValidation.adult(i), GraftValidation.key(i), SEED, off, 365, 0.15).minutesBelow54();
    }
    assertThat(sumOff).isGreaterThan((int) (1.1 * sumOn));
  }

  @Test
  void deceasedDonorEdmontonAnchors() {
    // graft-module view (two fixed infusions, phi >= 0.35); the published figures are checked by the trial preset
    // edmonton-2006 on the care course (VALIDATION.md "Trial"): 28.7% / 11.3% / 49.6% / 30.7% for seed 2025
    double[] e = GraftValidation.edmonton(1000, SEED);
    assertThat(e[0]).isBetween(0.2, 0.4); // 1 year after the final infusion
    assertThat(e[1]).isBetween(0.05, 0.2).isLessThan(e[0]); // 2 years
    assertThat(e[2]).isGreaterThan(e[0]); // ever
    assertThat(e[3]).isBetween(0.2, 0.4); // no function left 1 year after: early rejection (probability 0.29) and nothing else
  }
}
