package org.isletsim.simulation;

import org.isletsim.control.BasalBolusController;
import org.isletsim.control.ConstantBasalController;
import org.isletsim.control.Controller;
import org.isletsim.device.CgmSensor;
import org.isletsim.device.InsulinPump;
import org.isletsim.device.SensorParameters;
import org.isletsim.physiology.Integration;
import org.isletsim.physiology.PatientParameters;
import org.isletsim.physiology.VirtualPatient;
import org.isletsim.random.RandomStreams;

/**
 * Everything that defines a run except the subjects: immutable, validated, and able to wire a
 * {@link Subject} for any patient. Random streams per subject: {@code (seed, patient id, "cgm")} and
 * {@code (seed, patient id, "meals")}.
 *
 * @param days simulated days (1–36500)
 * @param startMinuteOfDay clock time of minute 0
 * @param meals meal specification
 * @param controller controller kind
 * @param sensor sensor name from the catalogue, or {@code ideal}
 * @param pump pump name from the catalogue, or {@code ideal}
 * @param idealSampleMin sample time of the ideal sensor (and so the control period), minutes
 * @param sensorNoise false replaces the catalogue sensor's noise by zero (the reference traces' setup)
 * @param seed run seed
 * @param integration how patients are integrated
 */
public record SimulationSpec(
    int days,
    int startMinuteOfDay,
    MealSpec meals,
    ControllerKind controller,
    String sensor,
    String pump,
    int idealSampleMin,
    boolean sensorNoise,
    long seed,
    Integration integration) {

  /** Longest run accepted, days (100 years). */
  public static final int MAX_DAYS = 36_500;

  /** Controller kinds known to the command line. */
  public enum ControllerKind {
    /** Constant basal u2ss·BW/6000, no bolus. */
    BASAL,
    /** The reference basal-bolus therapy with Quest.csv CR/CF. */
    BB
  }

  public SimulationSpec {
    if (days < 1 || days > MAX_DAYS) throw new IllegalArgumentException("days must be in 1.." + MAX_DAYS);
    if (startMinuteOfDay < 0 || startMinuteOfDay >= 1440) throw new IllegalArgumentException("start must be in 0..1439");
    if (idealSampleMin < 1 || idealSampleMin > 60) throw new IllegalArgumentException("sample time must be in 1..60 min");
    java.util.Objects.requireNonNull(meals, "meals");
    java.util.Objects.requireNonNull(controller, "controller");
    java.util.Objects.requireNonNull(integration, "integration");
    SensorParameters.named(sensor.equalsIgnoreCase("ideal") ? SensorParameters.catalog().get(0).name() : sensor);
    InsulinPump.named(pump);
  }

  /** The reference basal-bolus day: Dexcom without noise, Insulet, reference meals, midnight start. */
  public static SimulationSpec referenceBasalBolusDay() {
    return new SimulationSpec(1, 0, MealSpec.REFERENCE_DAY, ControllerKind.BB, "Dexcom", "Insulet", 3, false, 0, Integration.FAST);
  }

  /** The same run with another integration. */
  public SimulationSpec withIntegration(Integration other) {
    return new SimulationSpec(days, startMinuteOfDay, meals, controller, sensor, pump, idealSampleMin, sensorNoise, seed, other);
  }

  public long minutes() {
    return days * 1440L;
  }

  /** Wires a fresh subject for {@code p}. */
  public Subject subject(PatientParameters p) {
    CgmSensor cgm;
    if (sensor.equalsIgnoreCase("ideal")) {
      cgm = CgmSensor.ideal(idealSampleMin);
    } else if (sensorNoise) {
      cgm = CgmSensor.noisy(SensorParameters.named(sensor), RandomStreams.stream(seed, p.name(), "cgm"));
    } else {
      cgm = CgmSensor.noiseFree(SensorParameters.named(sensor));
    }
    Controller c =
        switch (controller) {
          case BASAL -> new ConstantBasalController(p.basalUPerMin());
          case BB -> BasalBolusController.forPatient(p);
        };
    return new Subject(
        new VirtualPatient(p, integration),
        cgm,
        InsulinPump.named(pump),
        c,
        meals.scenario(startMinuteOfDay, days, RandomStreams.stream(seed, p.name(), "meals")),
        startMinuteOfDay);
  }
}
