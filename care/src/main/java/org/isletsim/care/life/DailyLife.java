package org.isletsim.care.life;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.isletsim.care.policy.CarePolicy;
import org.isletsim.random.RandomStreams;

/**
 * Day-to-day life of one person, drawn one day at a time from its own random stream: insulin sensitivity that
 * varies from day to day (log-normal AR(1)), a dawn phenomenon in some people, exercise sessions and illness
 * episodes. It is applied to the physiology through {@code VirtualPatient.setModulation}: a factor on insulin
 * action (Vmx, kp3) and an extra insulin-independent uptake while exercising. Meals come from the engine's
 * {@code RandomMeals} (times and sizes vary daily).
 *
 * <p>Sources: CV of total daily insulin dose 17% (daytime 22%, overnight 31%) as a proxy for sensitivity
 * variability; dawn phenomenon in about 52% of people with type 1 diabetes, basal need +19% (clamp) to +58%
 * (CGM) from about 03:00 (see docs/care.md). Exercise and illness frequencies and effects are ours, documented
 * as such. Intra-day variability of S2017 (Visentin R et al., J Diabetes Sci Technol 2018;12:273-81) is
 * represented only by the dawn window.
 */
public final class DailyLife {
  /** Dawn window: 03:00–08:00. */
  public static final int DAWN_START_MIN = 180, DAWN_END_MIN = 480;

  private final CarePolicy.Life p;
  private final UniformRandomProvider rng;
  private final ContinuousSampler normal;
  private final boolean dawn;
  private final double sigma;
  private double z;
  private int illDaysLeft;
  private int day = -1;
  private double dayFactor = 1;
  private int exerciseStart = -1, exerciseEnd = -1;

  public DailyLife(CarePolicy.Life p, UniformRandomProvider rng) {
    this.p = p;
    this.rng = rng;
    this.normal = RandomStreams.standardNormal(rng);
    this.dawn = rng.nextDouble() < p.dawnProbability();
    this.sigma = Math.sqrt(Math.log(1 + p.sensitivityDayCv() * p.sensitivityDayCv()));
    this.z = normal.sample(); // stationary start
  }

  /** Draws the next day (call once per day, in order). */
  public void nextDay() {
    day++;
    double rho = p.sensitivityDayAutocorr();
    if (day > 0) z = rho * z + Math.sqrt(1 - rho * rho) * normal.sample();
    dayFactor = Math.exp(sigma * z - 0.5 * sigma * sigma);
    if (illDaysLeft > 0) illDaysLeft--;
    if (illDaysLeft == 0 && rng.nextDouble() < p.illnessEpisodesPerYear() / 365.25) {
      illDaysLeft = (int) Math.max(1, Math.round(p.illnessDurationDays()));
    }
    if (rng.nextDouble() < p.exerciseDaysPerWeek() / 7.0 && p.exerciseDurationMin() > 0) {
      exerciseStart = 16 * 60 + rng.nextInt(4 * 60); // afternoon or evening, 16:00–20:00
      exerciseEnd = exerciseStart + (int) Math.round(p.exerciseDurationMin());
    } else {
      exerciseStart = exerciseEnd = -1;
    }
  }

  /** Insulin-sensitivity factor at a minute of the current day. */
  public double sensitivity(int minuteOfDay) {
    double f = dayFactor;
    if (dawn && minuteOfDay >= DAWN_START_MIN && minuteOfDay < DAWN_END_MIN) f *= 1 - p.dawnSensitivityDrop();
    if (illDaysLeft > 0) f *= 1 - p.illnessSensitivityDrop();
    return f;
  }

  /** Extra insulin-independent uptake at a minute of the current day, mg/kg/min. */
  public double extraUptake(int minuteOfDay) {
    return minuteOfDay >= exerciseStart && minuteOfDay < exerciseEnd ? p.exerciseUptakeMgPerKgMin() : 0;
  }

  /** Whether modulation may change at this minute (hour boundaries, dawn and exercise edges). */
  public boolean changesAt(int minuteOfDay) {
    return minuteOfDay % 60 == 0 || minuteOfDay == exerciseStart || minuteOfDay == exerciseEnd;
  }

  public boolean ill() {
    return illDaysLeft > 0;
  }

  public boolean exercises() {
    return exerciseStart >= 0;
  }

  public boolean hasDawnPhenomenon() {
    return dawn;
  }

  public double dayFactor() {
    return dayFactor;
  }
}
