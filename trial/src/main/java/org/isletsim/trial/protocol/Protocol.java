package org.isletsim.trial.protocol;

import java.util.List;

/**
 * A trial protocol (schema: docs/trial.md). Immutable; read with {@link ProtocolReader}.
 *
 * @param name protocol name
 * @param source where the protocol came from (file name or {@code preset:NAME}), for messages
 * @param seed default run seed
 * @param followUpDays follow-up after day 0, days
 * @param visitDays visit days, ascending, all ≤ followUpDays
 * @param population screened population
 * @param arms arms, in file order
 * @param endpoints endpoints evaluated
 * @param success success criterion for the operating characteristics, or null
 * @param published published results of the protocol's source to compare with, or null
 * @param lines line of each field path in the source (for messages about the protocol after parsing)
 */
public record Protocol(
    String name,
    String source,
    long seed,
    int followUpDays,
    List<Integer> visitDays,
    Population population,
    List<Arm> arms,
    List<Endpoint> endpoints,
    SuccessCriterion success,
    Published published,
    java.util.Map<String, Integer> lines) {
  public Protocol {
    lines = java.util.Map.copyOf(lines);
    visitDays = List.copyOf(visitDays);
    arms = List.copyOf(arms);
    endpoints = List.copyOf(endpoints);
  }

  /** Default visits: days 0, 29, 90, 180, 270, 365, then yearly, up to the follow-up. */
  public static List<Integer> defaultVisits(int followUpDays) {
    java.util.ArrayList<Integer> v = new java.util.ArrayList<>();
    for (int d : new int[] {0, 29, 90, 180, 270, 365}) if (d <= followUpDays) v.add(d);
    for (int d = 730; d <= followUpDays; d += 365) v.add(d);
    return v;
  }

  /** Line of {@code fieldPath} (or its nearest ancestor) in the source, 0 if unknown. */
  public int lineOf(String fieldPath) {
    String p = fieldPath;
    while (true) {
      Integer l = lines.get(p);
      if (l != null) return l;
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      if (cut <= 0) return 0;
      p = p.substring(0, cut);
    }
  }

  public Arm arm(String armName) {
    for (Arm a : arms) if (a.name().equals(armName)) return a;
    return null;
  }

  public int totalParticipants() {
    return arms.stream().mapToInt(Arm::participants).sum();
  }
}
