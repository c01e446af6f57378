package org.isletsim.control;

/**
 * What a controller sees at a decision time: the mean of the CGM readings after each minute of the last
 * control period (the reference loop's observation), the carbohydrate announced during that period as a
 * mean rate, the time, and the period.
 *
 * @param timeMin minutes since the start of the simulation
 * @param minuteOfDay clock time, minutes after midnight (0–1439)
 * @param cgmMgDl mean CGM reading over the last period, mg/dL
 * @param announcedChoGPerMin carbohydrate announced over the last period, averaged per minute (g/min)
 * @param sampleTimeMin control period, minutes
 */
public record Observation(
    long timeMin, int minuteOfDay, double cgmMgDl, double announcedChoGPerMin, int sampleTimeMin) {}
