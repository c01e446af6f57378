package org.isletsim.graft;

import static org.assertj.core.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class GraftCourseTest {
  private static GraftPlan noAttrition(List<Infusion> infusions) {
    GraftPlan d = GraftPlan.withDefaults(GraftProduct.ALLOGENEIC_SC_ISLET, GraftSite.PORTAL_VEIN, infusions);
    return d.withProductParameters(d.productParameters().withAttritionScaled(0));
  }

  @Test
  void deterministicForASeedAndDifferentBetweenRecipients() {
    GraftPlan plan = GraftPlan.stemCellPortal(0.8e9);
    GraftState a = new GraftCourse(plan, 42, "adult#001").advanceTo(200);
    GraftState b = new GraftCourse(plan, 42, "adult#001").advanceTo(200);
    GraftState c = new GraftCourse(plan, 42, "adult#002").advanceTo(200);
    assertThat(a).isEqualTo(b);
    assertThat(c).isNotEqualTo(a);
  }

  @Test
  void withoutAttritionMassIsConservedAfterEarlyLossAndMatures() {
    GraftPlan plan = noAttrition(List.of(new Infusion(0, 500_000)));
    GraftCourse course = new GraftCourse(plan, 1, "r");
    GraftState d0 = course.advanceTo(0);
    double surviving = 500_000 * (1 - course.earlyLoss());
    assertThat(d0.immatureIeq() + d0.matureIeq()).isCloseTo(surviving, within(1e-6));
    GraftState d90 = course.advanceTo(90);
    GraftState d1000 = course.advanceTo(1000);
    assertThat(d90.immatureIeq() + d90.matureIeq()).isCloseTo(surviving, within(1e-6));
    assertThat(d90.matureIeq()).isGreaterThan(d0.matureIeq());
    assertThat(d1000.matureIeq()).isCloseTo(surviving, within(surviving * 1e-6));
  }

  @Test
  void functionAppearsWeeksAfterInfusionAndRisesOverMonths() {
    GraftCourse course = new GraftCourse(GraftPlan.stemCellPortal(0.8e9), 3, "x");
    double f7 = course.advanceTo(7).betaFraction();
    double f90 = course.advanceTo(90).betaFraction();
    double f180 = course.advanceTo(180).betaFraction();
    double f365 = course.advanceTo(365).betaFraction();
    assertThat(f7).isLessThan(0.1 * f365);
    assertThat(f90).isLessThan(f180);
    assertThat(f180).isLessThan(f365 * 1.05);
  }

  @Test
  void repeatInfusionAddsMassAndWeakImmunosuppressionLosesIt() {
    GraftPlan one = GraftPlan.withDefaults(GraftProduct.ALLOGENEIC_SC_ISLET, GraftSite.PORTAL_VEIN, List.of(new Infusion(0, 250_000)));
    GraftPlan two = GraftPlan.withDefaults(GraftProduct.ALLOGENEIC_SC_ISLET, GraftSite.PORTAL_VEIN,
        List.of(new Infusion(0, 250_000), new Infusion(100, 250_000)));
    assertThat(new GraftCourse(two, 1, "r").advanceTo(365).betaFraction())
        .isGreaterThan(1.5 * new GraftCourse(one, 1, "r").advanceTo(365).betaFraction());
    GraftPlan poor = new GraftPlan(one.product(), one.site(), one.infusions(), 1.0, 0.3, true, true, 120,
        one.productParameters(), one.siteParameters(), one.globals());
    assertThat(new GraftCourse(poor, 1, "r").advanceTo(365).matureIeq())
        .isLessThan(0.5 * new GraftCourse(one, 1, "r").advanceTo(365).matureIeq());
  }

  @Test
  void glucotoxicityAndAlphaSwitch() {
    GraftPlan plan = GraftPlan.stemCellPortal(0.8e9);
    GraftCourse normo = new GraftCourse(plan, 9, "g");
    GraftCourse hyper = new GraftCourse(plan, 9, "g");
    for (int d = 0; d < 365; d++) {
      normo.advanceDay(110);
      hyper.advanceDay(250);
    }
    assertThat(hyper.state().matureIeq()).isLessThan(normo.state().matureIeq());
    assertThat(new GraftCourse(plan.withAlphaCells(false), 9, "g").advanceTo(100).alphaFraction()).isZero();
  }

  /**
   * Scaling attrition from a day on (the candidacy horizon's years 2..H) is what a plan with scaled attrition does from
   * that day: before it the course is the unscaled one, after it the hazards are those of the scaled plan.
   */
  @Test
  void attritionScaledFromADayOnMatchesAScaledPlanFromThen() {
    GraftPlan plan = GraftPlan.stemCellPortal(0.8e9);
    GraftCourse scaledLater = new GraftCourse(plan, 7, "r");
    GraftCourse unscaled = new GraftCourse(plan, 7, "r");
    GraftState year1 = scaledLater.advanceTo(365);
    assertThat(year1).isEqualTo(unscaled.advanceTo(365)); // no factor yet: the same course, bit for bit
    scaledLater.scaleAttrition(2);
    GraftCourse scaledPlan = new GraftCourse(plan.withProductParameters(plan.productParameters().withAttritionScaled(2)), 7, "r");
    GraftCourse scaledNow = new GraftCourse(plan, 7, "r");
    scaledNow.scaleAttrition(2);
    // from day 0 the two ways of scaling agree (the draws are the same; the hazards are linear in the factor)
    assertThat(scaledNow.advanceTo(730).matureIeq()).isCloseTo(scaledPlan.advanceTo(730).matureIeq(), withinPercentage(1e-9));
    // from day 365 on: the mature mass falls faster than unscaled, from the unscaled year-1 state
    double m1 = year1.matureIeq();
    double later = scaledLater.advanceTo(730).matureIeq(), base = unscaled.advanceTo(730).matureIeq();
    assertThat(later).isLessThan(base);
    assertThat(later / m1).isCloseTo((base / m1) * (base / m1), withinPercentage(20)); // hazard x2 ~ survival squared
  }
}
