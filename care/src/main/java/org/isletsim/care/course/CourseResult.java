package org.isletsim.care.course;

/**
 * Totals of one course, kept in O(1) memory while it streams.
 *
 * @param patient patient id
 * @param days days simulated (fewer than requested after a death)
 * @param sheEvents severe hypoglycaemic events
 * @param sheEventsAfterDay90 of which on or after day 90
 * @param meanGlucoseMgDl mean glucose over the course
 * @param tirPct mean time in range over the course
 * @param tbr54Pct mean time below 54 over the course
 * @param hba1cStartPct model HbA1c at day 0 (after the run-in)
 * @param hba1cEndPct model HbA1c at the last day
 * @param insulinUPerDay mean exogenous insulin per day
 * @param insulinFreeDays days on which no insulin was given
 * @param firstInsulinStopDay first day insulin was stopped (-1 never)
 */
public record CourseResult(
    String patient,
    int days,
    int sheEvents,
    int sheEventsAfterDay90,
    double meanGlucoseMgDl,
    double tirPct,
    double tbr54Pct,
    double hba1cStartPct,
    double hba1cEndPct,
    double insulinUPerDay,
    int insulinFreeDays,
    int firstInsulinStopDay) {

  /** Severe events per person-year. */
  public double sheRatePerYear() {
    return days == 0 ? 0 : sheEvents * 365.25 / days;
  }
}
