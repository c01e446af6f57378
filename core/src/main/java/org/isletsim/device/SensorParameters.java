package org.isletsim.device;

import java.util.ArrayList;
import java.util.List;
import org.isletsim.InvalidInputException;
import org.isletsim.data.ResourceTable;

/**
 * CGM sensor parameters (simglucose {@code sensor_params.csv}; noise model of Breton M, Kovatchev B,
 * J Diabetes Sci Technol 2008;2:853-62: Johnson SU marginal of an AR(1) process at 15-minute steps).
 *
 * @param name sensor name
 * @param pacf lag-1 partial autocorrelation of the 15-minute noise process
 * @param gamma Johnson SU shape γ
 * @param lambda Johnson SU scale λ, mg/dL
 * @param delta Johnson SU shape δ
 * @param xi Johnson SU location ξ, mg/dL
 * @param sampleTimeMin sampling interval, minutes (whole)
 * @param minMgDl lower reporting limit, mg/dL
 * @param maxMgDl upper reporting limit, mg/dL
 */
public record SensorParameters(
    String name,
    double pacf,
    double gamma,
    double lambda,
    double delta,
    double xi,
    int sampleTimeMin,
    double minMgDl,
    double maxMgDl) {

  public SensorParameters {
    if (sampleTimeMin < 1) throw new IllegalArgumentException("sampleTimeMin must be >= 1");
    if (!(delta > 0)) throw new IllegalArgumentException("delta must be > 0");
    if (minMgDl > maxMgDl) throw new IllegalArgumentException("minMgDl must not exceed maxMgDl");
  }

  private static final List<SensorParameters> CATALOG = load();

  /** The bundled sensors (Dexcom, GuardianRT, Navigator). */
  public static List<SensorParameters> catalog() {
    return CATALOG;
  }

  /** Looks a sensor up by name, case-insensitively. */
  public static SensorParameters named(String name) {
    for (SensorParameters s : CATALOG) if (s.name.equalsIgnoreCase(name)) return s;
    throw new InvalidInputException("unknown sensor '" + name + "': expected one of " + names());
  }

  /** Accepted sensor names, including {@code ideal}. */
  public static String names() {
    List<String> n = new ArrayList<>();
    for (SensorParameters s : CATALOG) n.add(s.name);
    n.add("ideal");
    return String.join(", ", n);
  }

  private static List<SensorParameters> load() {
    ResourceTable t = ResourceTable.load(ResourceTable.SIMGLUCOSE + "sensor_params.csv");
    List<SensorParameters> list = new ArrayList<>();
    for (int r = 0; r < t.size(); r++) {
      list.add(
          new SensorParameters(
              t.key(r),
              t.number(r, "PACF"),
              t.number(r, "gamma"),
              t.number(r, "lambda"),
              t.number(r, "delta"),
              t.number(r, "xi"),
              (int) Math.round(t.number(r, "sample_time")),
              t.number(r, "min"),
              t.number(r, "max")));
    }
    return List.copyOf(list);
  }
}
