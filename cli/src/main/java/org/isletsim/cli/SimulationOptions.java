package org.isletsim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.isletsim.InvalidInputException;
import org.isletsim.device.InsulinPump;
import org.isletsim.device.SensorParameters;
import org.isletsim.physiology.Integration;
import org.isletsim.scenario.MealInputs;
import org.isletsim.simulation.MealSpec;
import org.isletsim.simulation.SimulationSpec;
import org.isletsim.simulation.SimulationSpec.ControllerKind;
import picocli.CommandLine.Option;

/** Options shared by commands that run the simulation loop; turns them into a {@link SimulationSpec}. */
final class SimulationOptions {
  static final String REFERENCE_MEALS = "07:00=45,12:00=70,18:00=80";

  @Option(names = "--days", required = true, description = "Days to simulate (1..36500).")
  int days;

  @Option(names = "--start", defaultValue = "00:00", description = "Clock time of minute 0, HH:MM (default ${DEFAULT-VALUE}).")
  String start;

  @Option(
      names = "--meals",
      defaultValue = REFERENCE_MEALS,
      description = {
        "Meals: daily clock times 'HH:MM=GRAMS,...', a CSV file with header t_min,cho_g (grams announced at that"
            + " minute from the start), 'random' (the reference's seeded daily meal generator) or 'none'.",
        "Default: ${DEFAULT-VALUE}."
      })
  String meals;

  @Option(names = "--controller", defaultValue = "bb", description = "basal (constant u2ss basal) or bb (basal-bolus, Quest.csv CR/CF; default).")
  String controller;

  @Option(names = "--sensor", defaultValue = "Dexcom", description = "Dexcom, GuardianRT, Navigator or ideal (default ${DEFAULT-VALUE}).")
  String sensor;

  @Option(names = "--pump", defaultValue = "Insulet", description = "Insulet, Cozmo or ideal (default ${DEFAULT-VALUE}).")
  String pump;

  @Option(names = "--sample-min", description = "Sample time of the ideal sensor and so the control period, minutes (default 3; only with --sensor ideal: a real sensor has its own).")
  Integer sampleMin;

  @Option(names = "--no-noise", description = "Replace the sensor's noise by zero (keeps its sampling and clipping).")
  boolean noNoise;

  @Option(names = "--seed", defaultValue = "1", description = "Run seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--integrator",
      defaultValue = "fast",
      description = "fast (default: continuous Dormand-Prince, restarts only when inputs change) or reference"
          + " (simglucose's DOPRI5 restarted every minute, for bit-level reproduction of its traces).")
  String integrator;

  static Integration integration(String integrator) {
    return switch (integrator.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "fast" -> Integration.FAST;
      case "reference" -> Integration.REFERENCE;
      default -> throw new InvalidInputException("unknown integrator '" + integrator + "': expected one of fast, reference");
    };
  }

  SimulationSpec toSpec() {
    if (days < 1 || days > SimulationSpec.MAX_DAYS) {
      throw new InvalidInputException("--days " + days + ": expected a whole number of days from 1 to " + SimulationSpec.MAX_DAYS);
    }
    int startMinute = MealInputs.parseClock(start.trim(), "--start");
    ControllerKind kind =
        switch (controller.trim().toLowerCase(java.util.Locale.ROOT)) {
          case "basal" -> ControllerKind.BASAL;
          case "bb" -> ControllerKind.BB;
          default -> throw new InvalidInputException("unknown controller '" + controller + "': expected one of basal, bb");
        };
    if (!sensor.equalsIgnoreCase("ideal")) SensorParameters.named(sensor);
    InsulinPump.named(pump);
    if (sampleMin != null && !sensor.equalsIgnoreCase("ideal")) {
      throw new InvalidInputException("--sample-min applies only to --sensor ideal; " + sensor + " samples every "
          + SensorParameters.named(sensor).sampleTimeMin() + " min, its own period");
    }
    int sample = sampleMin == null ? 3 : sampleMin;
    if (sample < 1 || sample > 60) {
      throw new InvalidInputException("--sample-min " + sample + ": expected 1..60 minutes");
    }
    return new SimulationSpec(days, startMinute, mealSpec(), kind, sensor, pump, sample, !noNoise, seed, integration(integrator));
  }

  private MealSpec mealSpec() {
    String m = meals.trim();
    if (m.equalsIgnoreCase("random")) return new MealSpec.Random();
    if (m.isEmpty()) { // an unset shell variable, most likely: 'none' says no meals on purpose
      throw new InvalidInputException("--meals '': empty; expected a meal list (HH:MM=GRAMS,...), 'random', 'none' or a"
          + " CSV file");
    }
    if (m.equalsIgnoreCase("none")) return new MealSpec.Explicit(java.util.List.of());
    Path file = Path.of(m);
    if (Files.isRegularFile(file)) return new MealSpec.Explicit(MealInputs.readCsv(file, days * 1440L)); // even with '=' in its name
    if (m.contains("=")) return new MealSpec.Daily(MealInputs.parseDailyList(m));
    throw new InvalidInputException(
        "--meals '" + m + "': not a meal list (HH:MM=GRAMS,...), 'random', 'none' or an existing CSV file");
  }
}
