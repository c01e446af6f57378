package org.isletsim.care.regimen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.isletsim.care.policy.CarePolicy;
import org.isletsim.care.policy.CarePolicyLoader;
import org.isletsim.control.InsulinCommand;
import org.isletsim.control.Observation;
import org.isletsim.physiology.PatientCatalog;
import org.junit.jupiter.api.Test;

class ClinicianReviewTest {
  private final CarePolicy policy = CarePolicyLoader.defaults();
  private final ClinicianReview review = new ClinicianReview(policy.titration());

  private InsulinRegimen regimen() {
    return new InsulinRegimen(PatientCatalog.get("adult#001"), policy.regimen());
  }

  @Test
  void lowsReduceTheDose() {
    InsulinRegimen r = regimen();
    assertThat(review.review(new ClinicianReview.Window(70, 40, 6, 0.5, 0.6), r)).isEqualTo(ClinicianReview.Action.REDUCE);
    assertThat(r.doseFrac()).isCloseTo(0.9, within(1e-12));
    assertThat(review.review(new ClinicianReview.Window(70, 40, 2, 1.5, 0.6), r)).isEqualTo(ClinicianReview.Action.REDUCE);
    assertThat(r.doseFrac()).isCloseTo(0.81, within(1e-12));
  }

  @Test
  void lowsWithHighsHold() {
    InsulinRegimen r = regimen();
    assertThat(review.review(new ClinicianReview.Window(35, 10, 6, 2, 0.6), r)).isEqualTo(ClinicianReview.Action.NONE);
    assertThat(r.doseFrac()).isEqualTo(1.0);
  }

  @Test
  void aWeekMostlyBelowRangeIsReducedNotHeld() {
    InsulinRegimen r = regimen();
    // TIR 45% (below the increase threshold of 50%), but because 40% of the week was below 70, not above 180
    assertThat(review.review(new ClinicianReview.Window(45, 30, 40, 10, 0.6), r)).isEqualTo(ClinicianReview.Action.REDUCE);
    assertThat(r.doseFrac()).isCloseTo(0.9, within(1e-12));
    // lows with more than half the week above range: hold
    assertThat(review.review(new ClinicianReview.Window(40, 20, 6, 2, 0.6), r)).isEqualTo(ClinicianReview.Action.NONE);
  }

  @Test
  void weanedDoseWithLowsBelow54IsNotReintensified() {
    InsulinRegimen r = regimen();
    r.setDoseFrac(0.2);
    // targets lost (TIR 60% < 70%) while 2% of the week was below 54 (time below 70 itself under its 4% limit)
    assertThat(review.review(new ClinicianReview.Window(60, 30, 3, 2, 0.2), r)).isEqualTo(ClinicianReview.Action.REDUCE);
    assertThat(r.doseFrac()).isLessThan(0.2);
  }

  @Test
  void highsRaiseUpToTheCap() {
    InsulinRegimen r = regimen();
    assertThat(review.review(new ClinicianReview.Window(40, 10, 0.5, 0, 0.6), r)).isEqualTo(ClinicianReview.Action.NONE);
    r.setDoseFrac(0.9);
    assertThat(review.review(new ClinicianReview.Window(40, 10, 0.5, 0, 0.6), r)).isEqualTo(ClinicianReview.Action.INCREASE);
    assertThat(r.doseFrac()).isCloseTo(0.945, within(1e-12));
  }

  @Test
  void stopsWhenNeedFallsAndRestartsAtHalfDoseWhenTargetsAreLost() {
    InsulinRegimen r = regimen();
    r.setDoseFrac(0.1);
    assertThat(review.review(new ClinicianReview.Window(92, 70, 1, 0, 0.05), r)).isEqualTo(ClinicianReview.Action.STOP);
    assertThat(r.isOn()).isFalse();
    Observation meal = new Observation(0, 600, 200, 10, 3);
    assertThat(r.decide(meal)).isEqualTo(InsulinCommand.NONE);
    // still fine: stays off
    assertThat(review.review(new ClinicianReview.Window(80, 55, 0, 0, 0), r)).isEqualTo(ClinicianReview.Action.NONE);
    // 70-140 below 50% alone no longer restarts (default restart_if_tir70to140_pct_below: 0, docs/care.md)
    assertThat(review.review(new ClinicianReview.Window(80, 45, 0, 0, 0), r)).isEqualTo(ClinicianReview.Action.NONE);
    // time 70-180 below 70%: restart at half the pre-trial dose (Ryan 2005)
    assertThat(review.review(new ClinicianReview.Window(65, 45, 0, 0, 0), r)).isEqualTo(ClinicianReview.Action.RESTART);
    assertThat(r.isOn()).isTrue();
    assertThat(r.doseFrac()).isEqualTo(0.5);
  }

  @Test
  void weanedDoseThatLosesTargetsIsReintensifiedAndDailyCheckActsAtOnce() {
    InsulinRegimen r = regimen();
    r.setDoseFrac(0.2);
    assertThat(review.review(new ClinicianReview.Window(30, 10, 0, 0, 0.2), r)).isEqualTo(ClinicianReview.Action.REINTENSIFY);
    assertThat(r.doseFrac()).isEqualTo(0.5);
    r.setOn(false);
    assertThat(review.daily(240, r)).isEqualTo(ClinicianReview.Action.NONE);
    assertThat(review.daily(260, r)).isEqualTo(ClinicianReview.Action.RESTART);
    assertThat(r.isOn()).isTrue();
  }

  @Test
  void regimenDosesFollowQuestSettings() {
    InsulinRegimen r = regimen();
    org.isletsim.control.TherapyProfile t = org.isletsim.control.TherapyProfile.forPatient("adult#001");
    // 30 g announced over a 3-min period at CGM 120 (no correction): bolus 30/CR units over 3 min
    InsulinCommand c = r.decide(new Observation(3, 600, 120, 10, 3));
    assertThat(c.bolusUPerMin() * 3).isCloseTo(30 / t.carbRatioGPerU(), within(0.01));
    assertThat(c.basalUPerMin()).isCloseTo(PatientCatalog.get("adult#001").basalUPerMin(), within(1e-3));
    r.setDoseFrac(0.5);
    InsulinCommand half = r.decide(new Observation(6, 603, 120, 10, 3));
    assertThat(half.bolusUPerMin()).isCloseTo(c.bolusUPerMin() / 2, within(1e-3));
  }

  @Test
  void closedLoopSuspendsOnLowsAndRaisesOnHighs() {
    CarePolicy.Regimen hcl = new CarePolicy.Regimen("hcl", 0, 0, 0, 150, 140, 0.5, policy.regimen().hcl());
    InsulinRegimen r = new InsulinRegimen(PatientCatalog.get("adult#001"), hcl);
    double basal = PatientCatalog.get("adult#001").basalUPerMin();
    r.decide(new Observation(0, 0, 220, 0, 3));
    assertThat(r.decide(new Observation(3, 3, 220, 0, 3)).basalUPerMin()).isGreaterThan(1.5 * basal);
    r.decide(new Observation(6, 6, 78, 0, 3));
    assertThat(r.decide(new Observation(9, 9, 75, 0, 3)).basalUPerMin()).isZero();
  }

  @Test
  void graftFunctionWeansWhileInRangeAndLowsReduceByTheWeaningStep() {
    InsulinRegimen r = regimen();
    r.setDoseFrac(0.8);
    // in range, no lows: without graft function hold, with it wean by 10%
    assertThat(review.review(new ClinicianReview.Window(90, 60, 1, 0, 0.4, false), r)).isEqualTo(ClinicianReview.Action.NONE);
    assertThat(review.review(new ClinicianReview.Window(90, 60, 1, 0, 0.4, true), r)).isEqualTo(ClinicianReview.Action.REDUCE);
    assertThat(r.doseFrac()).isCloseTo(0.72, org.assertj.core.data.Offset.offset(1e-12));
    // below the weaning TIR: hold
    assertThat(review.review(new ClinicianReview.Window(80, 50, 1, 0, 0.4, true), r)).isEqualTo(ClinicianReview.Action.NONE);
  }
}
