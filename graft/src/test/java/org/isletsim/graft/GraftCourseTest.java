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
}
