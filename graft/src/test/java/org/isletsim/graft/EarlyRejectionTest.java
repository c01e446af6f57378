package org.isletsim.graft;

import static org.assertj.core.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-recipient early rejection event of {@link GraftCourse} (docs/graft.md "Early rejection"). */
class EarlyRejectionTest {
  private static GraftPlan deceasedDonor(double probability, double meanOnsetDays, List<Infusion> infusions) {
    GraftPlan d = GraftPlan.withDefaults(GraftProduct.DECEASED_DONOR_ISLET, GraftSite.PORTAL_VEIN, infusions);
    ProductParameters p = d.productParameters();
    return d.withProductParameters(new ProductParameters(p.maturationStages(), p.maturationDaysPerStage(),
        p.immatureFunctionFraction(), p.potency(), p.alphaFunction(), p.baselineAttritionPerYear(),
        p.alloRejectionPerYear(), p.autoimmunityPerYear(), p.immuneBarrier(), p.glucotoxicityPerYearPer100MgDl(),
        probability, meanOnsetDays));
  }

  private static GraftPlan withBarrier(GraftPlan plan, double barrier) {
    ProductParameters p = plan.productParameters();
    return plan.withProductParameters(new ProductParameters(p.maturationStages(), p.maturationDaysPerStage(),
        p.immatureFunctionFraction(), p.potency(), p.alphaFunction(), p.baselineAttritionPerYear(),
        p.alloRejectionPerYear(), p.autoimmunityPerYear(), barrier, p.glucotoxicityPerYearPer100MgDl(),
        p.earlyRejectionProbability(), p.earlyRejectionMeanOnsetDays()));
  }

  private static final List<Infusion> ONE = List.of(new Infusion(0, 415_000));

  @Test
  void probabilityAndExponentialOnsetOverManyRecipients() {
    GraftPlan plan = deceasedDonor(0.3, 80, List.of(new Infusion(10, 415_000)));
    int n = 20_000, events = 0, belowMedian = 0;
    double sum = 0;
    for (int i = 0; i < n; i++) {
      int onset = new GraftCourse(plan, 2006, "r" + i).rejectionOnsetDay();
      if (onset < 0) continue;
      events++;
      int t = onset - 10; // from the first infusion (day 10)
      assertThat(t).isNotNegative();
      sum += t + 0.5; // whole days: floor of a continuous time
      if (t + 0.5 < 80 * Math.log(2)) belowMedian++;
    }
    double p = (double) events / n;
    assertThat(p).isCloseTo(0.3, within(4 * Math.sqrt(0.3 * 0.7 / n)));
    // exponential with mean 80 d: mean 80 (SE 80/sqrt(events)), half of the onsets below 80·ln 2
    assertThat(sum / events).isCloseTo(80, within(4 * 80 / Math.sqrt(events)));
    assertThat((double) belowMedian / events).isCloseTo(0.5, within(4 * Math.sqrt(0.25 / events)));
  }

  @Test
  void withoutTheProcessNoRecipientHasAnEpisodeAndCoursesAreUnchanged() {
    for (GraftProduct product : List.of(GraftProduct.ALLOGENEIC_SC_ISLET, GraftProduct.AUTOLOGOUS_IPSC_ISLET,
        GraftProduct.ENCAPSULATED_DEVICE)) {
      assertThat(GraftDefaults.product(product).earlyRejectionProbability()).as(product.id()).isZero();
    }
    GraftPlan none = deceasedDonor(0, 80, ONE);
    GraftPlan all = deceasedDonor(1, 80, ONE);
    for (int i = 0; i < 200; i++) {
      GraftCourse a = new GraftCourse(none, 7, "r" + i), b = new GraftCourse(all, 7, "r" + i);
      assertThat(a.rejectionOnsetDay()).isEqualTo(-1);
      int onset = b.rejectionOnsetDay();
      assertThat(onset).isNotNegative();
      // the process's draws come after every other draw: until its onset the two courses are identical
      for (int d = 0; d < Math.min(onset, 400); d++) assertThat(b.advanceDay()).isEqualTo(a.advanceDay());
    }
  }

  @Test
  void anEpisodeLosesTheWholeGraftWithinWeeksIncludingLaterInfusions() {
    GraftPlan all = deceasedDonor(1, 30, List.of(new Infusion(0, 415_000), new Infusion(200, 415_000)));
    GraftPlan none = deceasedDonor(0, 30, all.infusions());
    double rate = all.globals().earlyRejectionHazardPerYear() / 365.25;
    int checked = 0;
    for (int i = 0; i < 100; i++) {
      GraftCourse a = new GraftCourse(none, 11, "r" + i), b = new GraftCourse(all, 11, "r" + i);
      int onset = b.rejectionOnsetDay();
      if (onset > 150) continue;
      checked++;
      double before = a.advanceTo(onset + 42).betaFraction();
      double after = b.advanceTo(onset + 42).betaFraction();
      // 42 days at the rejection hazard on top of the others (the onset day itself included)
      assertThat(after).isLessThanOrEqualTo(before * Math.exp(-rate * 42) * 1.0001);
      // the infusion on day 200 is lost too: a year later nothing functional is left
      assertThat(b.advanceTo(565).betaFraction()).isLessThan(1e-6 * a.advanceTo(565).betaFraction() + 1e-9);
      assertThat(a.state().betaFraction()).isGreaterThan(0.05);
    }
    assertThat(checked).isGreaterThan(80);
  }

  @Test
  void immuneBarrierScalesTheProbability() {
    GraftPlan open = deceasedDonor(0.5, 60, ONE), shielded = withBarrier(open, 0.8);
    int n = 10_000, a = 0, b = 0;
    for (int i = 0; i < n; i++) {
      if (new GraftCourse(open, 3, "r" + i).rejectionOnsetDay() >= 0) a++;
      if (new GraftCourse(shielded, 3, "r" + i).rejectionOnsetDay() >= 0) b++;
    }
    assertThat((double) a / n).isCloseTo(0.5, within(0.02));
    assertThat((double) b / n).isCloseTo(0.1, within(0.015));
  }

  @Test
  void deterministicPerRecipientAndIndependentOfThePlanAfterTheFirstInfusion() {
    GraftPlan plan = deceasedDonor(0.5, 90, ONE);
    GraftPlan more = deceasedDonor(0.5, 90, List.of(new Infusion(0, 415_000), new Infusion(60, 415_000)));
    int differ = 0, prev = Integer.MIN_VALUE;
    for (int i = 0; i < 100; i++) {
      int a = new GraftCourse(plan, 5, "p" + i).rejectionOnsetDay();
      assertThat(new GraftCourse(plan, 5, "p" + i).rejectionOnsetDay()).isEqualTo(a);
      // a further infusion (the trial's repeat rule replans the course) does not move the episode
      assertThat(new GraftCourse(more, 5, "p" + i).rejectionOnsetDay()).isEqualTo(a);
      if (a != prev) differ++;
      prev = a;
    }
    assertThat(differ).isGreaterThan(50);
  }

  @Test
  void defaultsAreValidatedAndOverridable() {
    assertThat(GraftDefaults.product(GraftProduct.DECEASED_DONOR_ISLET).earlyRejectionProbability()).isBetween(0.0, 1.0);
    assertThatThrownBy(() -> deceasedDonor(1.5, 90, ONE)).hasMessageContaining("earlyRejectionProbability");
    assertThatThrownBy(() -> deceasedDonor(0.1, 0, ONE)).hasMessageContaining("earlyRejectionMeanOnsetDays");
  }
}
