package org.isletsim.scenario;

/**
 * A meal announced at a minute of the simulation (eaten from then on at 5 g/min).
 *
 * @param timeMin minutes since the start of the simulation
 * @param choG carbohydrate, grams
 */
public record MealEvent(long timeMin, double choG) implements Comparable<MealEvent> {
  public MealEvent {
    if (timeMin < 0) throw new IllegalArgumentException("meal time must be >= 0 min");
    if (!(choG >= 0) || Double.isInfinite(choG)) throw new IllegalArgumentException("meal carbohydrate must be >= 0 g");
  }

  @Override
  public int compareTo(MealEvent o) {
    return Long.compare(timeMin, o.timeMin);
  }
}
