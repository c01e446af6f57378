package org.isletsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.isletsim.random.RandomStreams;
import org.junit.jupiter.api.Test;

class RandomMealsTest {
  @Test
  void dailyPlansFollowTheReferenceDistributions() {
    RandomMeals r = new RandomMeals(RandomStreams.stream(3, "x", "meals"), 0, RandomMeals.REFERENCE);
    int days = 20_000, breakfasts = 0, snacks1 = 0;
    double breakfastTime = 0, breakfastG = 0;
    for (int d = 0; d < days; d++) {
      for (MealEvent m : r.drawPlanForTest()) {
        if (m.timeMin() >= 300 && m.timeMin() <= 540) {
          breakfasts++;
          breakfastTime += m.timeMin();
          breakfastG += m.choG();
          assertThat(m.choG()).isEqualTo(Math.rint(m.choG()));
        } else if (m.timeMin() > 540 && m.timeMin() <= 600) {
          snacks1++;
        }
      }
    }
    // breakfast windows [5h, 9h] and snack1 [9h, 10h] touch at 540 min; the snack1 count is approximate
    assertThat(breakfasts / (double) days).isCloseTo(0.95, within(0.01));
    assertThat(snacks1 / (double) days).isCloseTo(0.30, within(0.03));
    assertThat(breakfastTime / breakfasts).isCloseTo(420, within(2.0)); // symmetric truncation: mean 07:00
    assertThat(breakfastG / breakfasts).isCloseTo(45, within(0.3));
  }

  @Test
  void mealsBeforeTheStartOfDayOneAreSkippedAndLaterDaysHaveMeals() {
    RandomMeals r = new RandomMeals(RandomStreams.stream(5, "y", "meals"), 20 * 60, RandomMeals.REFERENCE);
    double first4h = 0, total = 0;
    for (long t = 0; t < 4 * 1440; t++) {
      double g = r.announcedChoG(t);
      if (t < 240) first4h += g;
      total += g;
    }
    assertThat(total).isGreaterThan(3 * 150);
    // from 20:00 to 24:00 on day 1 only snack3 can occur
    assertThat(first4h).isLessThan(40);
  }

  /** Two candidates on the same minute: the first one's grams are announced (the plan's order); a candidate at
   * minute 1440 is never announced. */
  @Test
  void lookupByMinuteKeepsThePlanOrderAndDayBounds() {
    List<RandomMeals.Candidate> c = List.of(
        new RandomMeals.Candidate("a", 1, 7, 7, 7, 1, 30, 0),
        new RandomMeals.Candidate("b", 1, 7, 7, 7, 1, 50, 0),
        new RandomMeals.Candidate("late", 1, 24, 24, 24, 1, 20, 0));
    RandomMeals r = new RandomMeals(RandomStreams.stream(1, "z", "meals"), 0, c);
    double total = 0;
    for (long m = 0; m < 3 * 1440; m++) {
      double g = r.announcedChoG(m);
      if (m % 1440 == 420) assertThat(g).isEqualTo(30.0);
      else assertThat(g).as("minute " + m).isZero();
      total += g;
    }
    assertThat(total).isEqualTo(90.0);
  }

  /** Minute lookups over 60 days equal a scan of each day's plan (drawn again from the same seed). */
  @Test
  void lookupsMatchEachDaysPlan() {
    RandomMeals lookup = new RandomMeals(RandomStreams.stream(11, "q", "meals"), 0, RandomMeals.REFERENCE);
    RandomMeals plans = new RandomMeals(RandomStreams.stream(11, "q", "meals"), 0, RandomMeals.REFERENCE);
    int meals = 0;
    for (int day = 0; day < 60; day++) {
      List<MealEvent> plan = plans.drawPlanForTest();
      for (int m = 0; m < 1440; m++) {
        double expected = 0;
        for (MealEvent e : plan) {
          if (e.timeMin() == m) {
            expected = e.choG();
            break;
          }
        }
        double g = lookup.announcedChoG(day * 1440L + m);
        assertThat(g).as("day %d minute %d", day, m).isEqualTo(expected);
        if (g > 0) meals++;
      }
    }
    assertThat(meals).isGreaterThan(150);
  }

  @Test
  void sameSeedSamePlan() {
    List<MealEvent> a = new RandomMeals(RandomStreams.stream(9, "p", "meals"), 0, RandomMeals.REFERENCE).drawPlanForTest();
    List<MealEvent> b = new RandomMeals(RandomStreams.stream(9, "p", "meals"), 0, RandomMeals.REFERENCE).drawPlanForTest();
    assertThat(a).isEqualTo(b).isNotEmpty();
  }
}
