package org.isletsim.trial.sim;

import java.util.List;

/**
 * A participant's simulated course: visits in day order, events in day order, the days on which an infusion
 * was given, and the insulin-free days (for insulin-independence windows).
 *
 * @param visits visits, day 0 first
 * @param events events (severe hypoglycaemia, adverse events, infusions, death), by day
 * @param infusionDays days of infusions
 * @param insulinFree for each day 0..followUp, whether no exogenous insulin was needed
 * @param deathDay day of death, or -1
 */
public record ParticipantCourse(
    List<Visit> visits, List<AdverseEvent> events, List<Integer> infusionDays, boolean[] insulinFree, int deathDay)
    implements java.io.Serializable {
  public ParticipantCourse {
    visits = List.copyOf(visits);
    events = List.copyOf(events);
    infusionDays = List.copyOf(infusionDays);
    insulinFree = insulinFree.clone();
  }

  public Visit baseline() {
    return visits.get(0);
  }

  /** The visit on {@code day}, or null. */
  public Visit visit(int day) {
    for (Visit v : visits) if (v.day() == day) return v;
    return null;
  }

  /** Severe hypoglycaemic events with onset in [fromDay, toDay]. */
  public int severeHypoglycaemia(int fromDay, int toDay) {
    int n = 0;
    for (AdverseEvent e : events) {
      if (e.category().equals(AdverseEvent.SEVERE_HYPOGLYCAEMIA) && e.day() >= fromDay && e.day() <= toDay) n++;
    }
    return n;
  }

  /** True when no insulin was needed on any day in [fromDay, toDay] (and the days are in follow-up). */
  public boolean insulinFreeThroughout(int fromDay, int toDay) {
    if (toDay >= insulinFree.length || fromDay < 0) return false;
    for (int d = fromDay; d <= toDay; d++) if (!insulinFree[d]) return false;
    return true;
  }

  @Override
  public boolean[] insulinFree() {
    return insulinFree.clone();
  }

  public boolean died() {
    return deathDay >= 0;
  }
}
