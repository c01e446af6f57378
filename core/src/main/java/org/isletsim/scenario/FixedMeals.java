package org.isletsim.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An explicit meal list. Meals at the same minute add up. Queries in increasing order (as the simulation
 * makes them) are answered from a cursor in constant time; any other order still works (binary search), so
 * the answers never depend on the order of queries. One instance per subject.
 */
public final class FixedMeals implements MealScenario {
  private final long[] times;
  private final double[] grams;
  private final List<MealEvent> events;
  private int cursor; // index of the first meal at or after the last query

  public FixedMeals(List<MealEvent> meals) {
    List<MealEvent> sorted = new ArrayList<>(meals);
    Collections.sort(sorted);
    List<MealEvent> merged = new ArrayList<>();
    for (MealEvent m : sorted) {
      int last = merged.size() - 1;
      if (last >= 0 && merged.get(last).timeMin() == m.timeMin()) {
        merged.set(last, new MealEvent(m.timeMin(), merged.get(last).choG() + m.choG()));
      } else {
        merged.add(m);
      }
    }
    events = List.copyOf(merged);
    times = new long[events.size()];
    grams = new double[events.size()];
    for (int i = 0; i < events.size(); i++) {
      times[i] = events.get(i).timeMin();
      grams[i] = events.get(i).choG();
    }
  }

  /**
   * Meals at the same clock times every day.
   *
   * @param startMinuteOfDay clock time of simulation minute 0
   * @param days number of days to cover
   * @param daily meals with {@code timeMin} = minute of day (0–1439)
   */
  public static FixedMeals daily(int startMinuteOfDay, int days, List<MealEvent> daily) {
    List<MealEvent> out = new ArrayList<>();
    for (int day = 0; day <= days; day++) {
      for (MealEvent m : daily) {
        long t = day * 1440L + m.timeMin() - startMinuteOfDay;
        if (t >= 0 && t < days * 1440L) out.add(new MealEvent(t, m.choG()));
      }
    }
    return new FixedMeals(out);
  }

  public List<MealEvent> events() {
    return events;
  }

  @Override
  public double announcedChoG(long minute) {
    if (cursor > 0 && times[cursor - 1] >= minute) { // went back: re-seek
      int i = java.util.Arrays.binarySearch(times, minute);
      cursor = i >= 0 ? i : -i - 1;
    }
    while (cursor < times.length && times[cursor] < minute) cursor++;
    if (cursor < times.length && times[cursor] == minute) return grams[cursor];
    return 0;
  }
}
