package org.isletsim.scenario;

/**
 * Meals of one simulated subject. Queried once per simulated minute, in increasing order, for the grams
 * announced at that minute (the patient then eats them at 5 g/min).
 */
public interface MealScenario {
  /** Carbohydrate announced at {@code minute} (minutes since the start), grams; 0 if none. */
  double announcedChoG(long minute);
}
