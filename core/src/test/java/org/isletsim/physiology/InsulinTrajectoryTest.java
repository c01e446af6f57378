package org.isletsim.physiology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The trajectory keeps exact states every {@link InsulinTrajectory#STRIDE_MIN} minutes; every minute in between,
 * and every rebase at such a minute, must still give the exact one-minute chain's values.
 */
class InsulinTrajectoryTest {
  private static final int N = InsulinKinetics.N;

  @Test
  void nodesAndMinutesBetweenThemFollowTheExactMinuteMapAcrossRebases() {
    assertThat(InsulinTrajectory.STRIDE_MIN).isGreaterThan(1); // otherwise this test checks nothing new
    PatientParameters p = PatientCatalog.get("adult#003");
    InsulinKinetics k = InsulinKinetics.of(p);
    InsulinTrajectory trajectory = new InsulinTrajectory(k);
    double[] global = p.initialState();
    trajectory.reset(0, global);
    double[] chain = new double[N], next = new double[N];
    for (int i = 0; i < N; i++) chain[i] = global[InsulinKinetics.GLOBAL[i]];
    double scale = PatientParameters.PMOL_PER_U / p.bodyWeightKg();
    double worstRel = 0;
    double u = p.basalUPerMin() * scale;
    trajectory.rebase(0, u);
    for (int minute = 0; minute < 300; minute++) {
      // rate changes at minutes that are not multiples of the stride: a bolus at 31–33, a new basal at 97
      double rate = (minute >= 31 && minute < 34 ? 1.0 : minute >= 97 ? 0.5 * p.basalUPerMin() : p.basalUPerMin()) * scale;
      if (rate != u) {
        trajectory.rebase(minute, rate);
        u = rate;
      }
      k.minute(chain, 0, u, next, 0);
      System.arraycopy(next, 0, chain, 0, N);
      trajectory.ensure(minute + 1);
      for (int i = 0; i < N; i++) {
        worstRel = Math.max(worstRel, Math.abs(trajectory.at(minute + 1, i) - chain[i]) / Math.max(1, Math.abs(chain[i])));
      }
    }
    assertThat(worstRel).isLessThan(1e-9); // E^stride vs stride products of E: round-off only
  }

  @Test
  void interpolationIsExactAtNodesAndCloseBetweenThem() {
    PatientParameters p = PatientCatalog.get("child#002");
    InsulinTrajectory trajectory = new InsulinTrajectory(InsulinKinetics.of(p));
    trajectory.reset(0, p.initialState());
    double scale = PatientParameters.PMOL_PER_U / p.bodyWeightKg();
    trajectory.rebase(0, 2.0 * scale); // a large sustained rate: X and Id rise from rest
    trajectory.ensure(240);
    int stride = InsulinTrajectory.STRIDE_MIN;
    double xAtFirstNode = trajectory.at(stride, InsulinKinetics.L_X);
    for (int minute = 0; minute < 240; minute++) {
      double x = trajectory.at(minute, InsulinKinetics.L_X), id = trajectory.at(minute, InsulinKinetics.L_ID);
      trajectory.interpolate(minute);
      if (minute % stride == 0) {
        assertThat(trajectory.x).isCloseTo(x, within(1e-12 * Math.max(1, Math.abs(x))));
        assertThat(trajectory.id).isCloseTo(id, within(1e-12 * Math.max(1, Math.abs(id))));
      } else if (minute < stride) {
        // the onset, where X starts from rest with zero slope: off by at most 3% of X at the first node
        assertThat(trajectory.x).isCloseTo(x, within(3e-2 * xAtFirstNode));
      } else {
        assertThat(trajectory.x).isCloseTo(x, within(2e-3 * Math.abs(x)));
        assertThat(trajectory.id).isCloseTo(id, within(2e-3 * Math.abs(id) + 1e-9));
      }
    }
  }
}
