package org.isletsim.device;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.isletsim.InvalidInputException;
import org.isletsim.data.ResourceTable;

/**
 * Limits and increments of an insulin pump (simglucose {@code pump_params.csv}). The increments are applied
 * to the rate expressed in pmol/min, as in the reference, and the limits to the rate in U/min.
 *
 * @param name pump name
 * @param minBolusUPerMin lower bolus rate limit
 * @param maxBolusUPerMin upper bolus rate limit
 * @param incBolus bolus quantum (applied in pmol/min)
 * @param minBasalUPerMin lower basal rate limit
 * @param maxBasalUPerMin upper basal rate limit
 * @param incBasal basal quantum (applied in pmol/min)
 */
public record PumpParameters(
    String name,
    double minBolusUPerMin,
    double maxBolusUPerMin,
    double incBolus,
    double minBasalUPerMin,
    double maxBasalUPerMin,
    double incBasal) {

  public PumpParameters {
    if (!(incBolus > 0) || !(incBasal > 0)) throw new IllegalArgumentException("increments must be > 0");
    if (minBolusUPerMin > maxBolusUPerMin || minBasalUPerMin > maxBasalUPerMin) {
      throw new IllegalArgumentException("min must not exceed max");
    }
  }

  private static final List<PumpParameters> CATALOG = load();

  /** The bundled pumps (Cozmo, Insulet). */
  public static List<PumpParameters> catalog() {
    return CATALOG;
  }

  /** Looks a pump up by name, case-insensitively. */
  public static PumpParameters named(String name) {
    for (PumpParameters p : CATALOG) if (p.name.equalsIgnoreCase(name)) return p;
    throw new InvalidInputException("unknown pump '" + name + "': expected one of " + names());
  }

  /** Accepted pump names, including {@code ideal}. */
  public static String names() {
    List<String> n = new ArrayList<>();
    for (PumpParameters p : CATALOG) n.add(p.name);
    n.add("ideal");
    return String.join(", ", n);
  }

  private static List<PumpParameters> load() {
    ResourceTable t = ResourceTable.load(ResourceTable.SIMGLUCOSE + "pump_params.csv");
    List<PumpParameters> list = new ArrayList<>();
    for (int r = 0; r < t.size(); r++) {
      list.add(
          new PumpParameters(
              t.key(r),
              t.number(r, "min_bolus"),
              t.number(r, "max_bolus"),
              t.number(r, "inc_bolus"),
              t.number(r, "min_basal"),
              t.number(r, "max_basal"),
              t.number(r, "inc_basal")));
    }
    return List.copyOf(list);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s(bolus %.2f-%.2f, basal %.2f-%.2f)", name, minBolusUPerMin,
        maxBolusUPerMin, minBasalUPerMin, maxBasalUPerMin);
  }
}
