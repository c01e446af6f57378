package org.isletsim.simulation;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.isletsim.scenario.FixedMeals;
import org.isletsim.scenario.MealEvent;
import org.isletsim.scenario.MealScenario;
import org.isletsim.scenario.RandomMeals;

/** How a run's meals are made, turned into one {@link MealScenario} per subject. */
public sealed interface MealSpec {
  /** Builds the subject's scenario; {@code rng} is the subject's own meal stream. */
  MealScenario scenario(int startMinuteOfDay, int days, UniformRandomProvider rng);

  /** The same clock-time meals every day ({@code timeMin} = minute of day). */
  record Daily(List<MealEvent> meals) implements MealSpec {
    public Daily {
      meals = List.copyOf(meals);
      for (MealEvent m : meals) {
        if (m.timeMin() >= 1440) throw new IllegalArgumentException("daily meal time must be < 1440 min");
      }
    }

    @Override
    public MealScenario scenario(int startMinuteOfDay, int days, UniformRandomProvider rng) {
      return FixedMeals.daily(startMinuteOfDay, days, meals);
    }
  }

  /** Meals at given minutes from the start (a meal CSV). */
  record Explicit(List<MealEvent> meals) implements MealSpec {
    public Explicit {
      meals = List.copyOf(meals);
    }

    @Override
    public MealScenario scenario(int startMinuteOfDay, int days, UniformRandomProvider rng) {
      return new FixedMeals(meals);
    }
  }

  /** The reference's random daily meals, seeded per subject. */
  record Random() implements MealSpec {
    @Override
    public MealScenario scenario(int startMinuteOfDay, int days, UniformRandomProvider rng) {
      return new RandomMeals(rng, startMinuteOfDay, RandomMeals.REFERENCE);
    }
  }

  /** The reference traces' meals: 07:00 45 g, 12:00 70 g, 18:00 80 g. */
  MealSpec REFERENCE_DAY =
      new Daily(List.of(new MealEvent(420, 45), new MealEvent(720, 70), new MealEvent(1080, 80)));
}
