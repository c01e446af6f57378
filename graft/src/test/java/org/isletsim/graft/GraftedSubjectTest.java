package org.isletsim.graft;

import static org.assertj.core.api.Assertions.*;

import org.junit.jupiter.api.Test;

class GraftedSubjectTest {
  @Test
  void t1dWithoutGraftHasUndetectableCpeptide() {
    T1dLabSubject s = VirtualSubjects.t1d("adult#004");
    MmttResult r = Mmtt.run(s, s.usualBasalUPerMin());
    assertThat(r.cpeptideDetectable()).isFalse();
    assertThat(r.peakCpeptidePmolL()).isZero();
  }

  @Test
  void fullDoseGraftGivesRisingCpeptideAndHalfDoseLess() {
    GraftPlan full = GraftPlan.stemCellPortal(0.8e9);
    GraftPlan half = GraftPlan.stemCellPortal(0.4e9);
    double d30 = GraftedMmtt.run("adult#005", "adult#005", 4, full, 30).mmtt().peakCpeptidePmolL();
    double d180 = GraftedMmtt.run("adult#005", "adult#005", 4, full, 180).mmtt().peakCpeptidePmolL();
    double d180half = GraftedMmtt.run("adult#005", "adult#005", 4, half, 180).mmtt().peakCpeptidePmolL();
    assertThat(d30).isLessThan(0.3 * d180);
    assertThat(d180).isGreaterThan(400);
    assertThat(d180half).isLessThan(0.75 * d180);
  }

  @Test
  void deterministicForASeed() {
    GraftPlan full = GraftPlan.stemCellPortal(0.8e9);
    MmttResult a = GraftedMmtt.run("adult#003", "k", 8, full, 120).mmtt();
    MmttResult b = GraftedMmtt.run("adult#003", "k", 8, full, 120).mmtt();
    assertThat(a.points()).isEqualTo(b.points());
  }

  @Test
  void graftAlphaCellsDefendAgainstInsulinInducedHypoglycaemia() {
    GraftPlan on = GraftPlan.stemCellPortal(0.8e9);
    GraftPlan off = on.withAlphaCells(false);
    var withAlpha = HypoglycaemiaChallenge.runRecipient("adult#007", "adult#007", 1, on, 365, 0.15);
    var without = HypoglycaemiaChallenge.runRecipient("adult#007", "adult#007", 1, off, 365, 0.15);
    assertThat(without.minutesBelow54()).isGreaterThan(withAlpha.minutesBelow54() + 20);
    assertThat(without.nadirMgDl()).isLessThan(withAlpha.nadirMgDl());
    assertThat(withAlpha.peakGlucagonExcessNgL()).isGreaterThan(50);
  }

  @Test
  void maturingGraftCutsInsulinAndHypoglycaemiaInDailyLife() {
    GraftPlan full = GraftPlan.stemCellPortal(0.8e9);
    DailyLife.Day before = DailyLife.withoutGraft("adult#001");
    DailyLife.Day d90 = DailyLife.recipient("adult#001", "adult#001", 1, full, 90);
    DailyLife.Day d365 = DailyLife.recipient("adult#001", "adult#001", 1, full, 365);
    assertThat(before.insulinFraction()).isEqualTo(1.0);
    assertThat(d365.insulinFraction()).isLessThan(d90.insulinFraction());
    assertThat(d365.below70Percent()).isLessThanOrEqualTo(before.below70Percent());
    assertThat(d365.tirPercent()).isGreaterThan(70);
  }
}
