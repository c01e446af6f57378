package org.isletsim.simulation;

import org.isletsim.control.Controller;
import org.isletsim.control.Observation;
import org.isletsim.control.InsulinCommand;
import org.isletsim.device.CgmSensor;
import org.isletsim.device.InsulinPump;
import org.isletsim.physiology.StateIndex;
import org.isletsim.physiology.VirtualPatient;
import org.isletsim.scenario.MealScenario;

/**
 * One simulated subject wired to its devices, controller and meals: the reference simulation loop
 * (simglucose {@code T1DSimEnv}/{@code SimObj}). Every control period of {@code Ts} minutes (the sensor's sample
 * time): the controller decides from the mean CGM after each minute of the previous period and the mean
 * carbohydrate announced in it; the pump rounds basal and bolus; then Ts one-minute patient steps follow, with
 * the meal of each minute announced at its start. So a meal announced during period k is bolused in period k+1.
 */
public final class Subject {
  private final VirtualPatient patient;
  private final CgmSensor sensor;
  private final InsulinPump pump;
  private final Controller controller;
  private final MealScenario meals;
  private final int periodMin;
  private final int startMinuteOfDay;
  private final double[] stateBuffer = new double[StateIndex.COUNT];

  public Subject(
      VirtualPatient patient,
      CgmSensor sensor,
      InsulinPump pump,
      Controller controller,
      MealScenario meals,
      int startMinuteOfDay) {
    this.patient = patient;
    this.sensor = sensor;
    this.pump = pump;
    this.controller = controller;
    this.meals = meals;
    this.periodMin = sensor.sampleTimeMin();
    this.startMinuteOfDay = startMinuteOfDay;
  }

  /** Simulates {@code minutes} minutes from the initial state, feeding every minute to {@code sink}. */
  public void run(long minutes, MinuteSink sink) {
    final boolean glucose = sink.detail() != MinuteSink.Detail.NONE;
    final boolean detail = sink.detail() == MinuteSink.Detail.FULL;
    patient.reset();
    controller.reset();
    long t = 0;
    double cgm = sensor.measure(patient.glucoseMgDl());
    // the observation of the last period, kept as values: the Observation is built where the controller takes it,
    // so that the JIT can keep it off the heap (no allocation per control period)
    int obsMinuteOfDay = startMinuteOfDay;
    double obsCgm = cgm, obsCho = 0;
    while (t < minutes) {
      InsulinCommand cmd = controller.decide(new Observation(t, obsMinuteOfDay, obsCgm, obsCho, periodMin));
      double insulin = pump.basalUPerMin(cmd.basalUPerMin()) + pump.bolusUPerMin(cmd.bolusUPerMin());
      double cgmSum = 0, choSum = 0;
      for (int i = 0; i < periodMin && t < minutes; i++) {
        double cho = meals.announcedChoG(t);
        double bg = glucose ? patient.glucoseMgDl() : Double.NaN;
        double plasma = Double.NaN;
        if (detail) {
          plasma = patient.plasmaGlucoseMgDl();
          patient.copyState(stateBuffer);
        }
        patient.step(cho, insulin);
        sink.minute(t, bg, plasma, cgm, patient.lastEatenGPerMin(), insulin, stateBuffer);
        t++;
        // periods start at multiples of the sample time, so the sensor samples after a period's last minute
        if (i == periodMin - 1) cgm = sensor.measure(patient.glucoseMgDl());
        cgmSum += cgm;
        choSum += cho;
      }
      obsMinuteOfDay = (int) ((startMinuteOfDay + t) % 1440);
      obsCgm = cgmSum / periodMin;
      obsCho = choSum / periodMin;
    }
    patient.copyState(stateBuffer);
    sink.minute(t, patient.glucoseMgDl(), patient.plasmaGlucoseMgDl(), cgm, 0, 0, stateBuffer);
  }

  public VirtualPatient patient() {
    return patient;
  }
}
