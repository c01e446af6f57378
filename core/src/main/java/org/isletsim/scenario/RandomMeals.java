package org.isletsim.scenario;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.isletsim.random.RandomStreams;

/**
 * Random daily meals with the reference simulator's distributions (simglucose {@code RandomScenario}): up to
 * six meals a day, each present with a probability, at a time drawn from a normal distribution truncated to a
 * window, with a normally distributed size rounded to whole grams. A new plan is drawn at every midnight
 * (clock time); meals before the start time on the first day are skipped. Reproducible for a seed but not
 * numpy-compatible.
 */
public final class RandomMeals implements MealScenario {

  /**
   * One candidate meal of the day.
   *
   * @param name label
   * @param probability chance that it happens on a given day
   * @param earliestHour lower bound of its time, hours after midnight
   * @param latestHour upper bound of its time, hours after midnight
   * @param meanHour mean time, hours after midnight
   * @param sdMin standard deviation of the time, minutes
   * @param meanG mean size, grams
   * @param sdG standard deviation of the size, grams
   */
  public record Candidate(
      String name,
      double probability,
      double earliestHour,
      double latestHour,
      double meanHour,
      double sdMin,
      double meanG,
      double sdG) {}

  /** The reference's six candidate meals (shared docs/physiology.md §6). */
  public static final List<Candidate> REFERENCE =
      List.of(
          new Candidate("breakfast", 0.95, 5, 9, 7, 60, 45, 10),
          new Candidate("snack1", 0.3, 9, 10, 9.5, 30, 10, 5),
          new Candidate("lunch", 0.95, 10, 14, 12, 60, 70, 10),
          new Candidate("snack2", 0.3, 14, 16, 15, 30, 10, 5),
          new Candidate("dinner", 0.95, 16, 20, 18, 60, 80, 10),
          new Candidate("snack3", 0.3, 20, 23, 21.5, 30, 10, 5));

  private final UniformRandomProvider rng;
  private final ContinuousSampler normal;
  private final int startMinuteOfDay;
  private final List<Candidate> candidates;
  private long planDay = -1;
  private long planDayStartClock = Long.MIN_VALUE / 2; // clock minute at which the current plan's day starts
  private final long[] planMinuteOfDay;
  private final double[] planGrams;
  private int planSize;
  // the current plan by minute of day (the first candidate wins a shared minute), so a lookup is one array read
  private final double[] gramsAtMinute = new double[1440];

  public RandomMeals(UniformRandomProvider rng, int startMinuteOfDay, List<Candidate> candidates) {
    this.rng = rng;
    this.normal = RandomStreams.standardNormal(rng);
    this.startMinuteOfDay = startMinuteOfDay;
    this.candidates = List.copyOf(candidates);
    this.planMinuteOfDay = new long[candidates.size()];
    this.planGrams = new double[candidates.size()];
  }

  @Override
  public double announcedChoG(long minute) {
    long clock = startMinuteOfDay + minute;
    if (clock < planDayStartClock || clock >= planDayStartClock + 1440) { // a new day (no division every minute)
      long day = Math.floorDiv(clock, 1440);
      while (planDay < day) {
        drawPlan();
        planDay++;
      }
      planDayStartClock = day * 1440;
    }
    return gramsAtMinute[(int) (clock - planDayStartClock)];
  }

  /** The next day's plan, for inspection and tests. */
  List<MealEvent> drawPlanForTest() {
    drawPlan();
    List<MealEvent> out = new ArrayList<>();
    for (int i = 0; i < planSize; i++) out.add(new MealEvent(planMinuteOfDay[i], planGrams[i]));
    return out;
  }

  private void drawPlan() {
    for (int i = 0; i < planSize; i++) if (inDay(planMinuteOfDay[i])) gramsAtMinute[(int) planMinuteOfDay[i]] = 0;
    planSize = 0;
    for (Candidate c : candidates) {
      if (rng.nextDouble() < c.probability()) {
        double t = truncatedNormal(c.meanHour() * 60, c.sdMin(), c.earliestHour() * 60, c.latestHour() * 60);
        planMinuteOfDay[planSize] = (long) Math.rint(t);
        planGrams[planSize] = Math.max(Math.rint(c.meanG() + c.sdG() * normal.sample()), 0);
        planSize++;
      }
    }
    for (int i = planSize - 1; i >= 0; i--) if (inDay(planMinuteOfDay[i])) gramsAtMinute[(int) planMinuteOfDay[i]] = planGrams[i];
  }

  private static boolean inDay(long minuteOfDay) {
    return minuteOfDay >= 0 && minuteOfDay < 1440;
  }

  /** Normal(mean, sd) truncated to [lo, hi], by rejection (acceptance ≥ 95% for the reference windows). */
  private double truncatedNormal(double mean, double sd, double lo, double hi) {
    for (int i = 0; i < 10_000; i++) {
      double v = mean + sd * normal.sample();
      if (v >= lo && v <= hi) return v;
    }
    return Math.min(Math.max(mean, lo), hi);
  }
}
