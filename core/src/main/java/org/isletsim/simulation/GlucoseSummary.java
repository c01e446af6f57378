package org.isletsim.simulation;

/**
 * Per-subject summary of a run from the minute-by-minute observed glucose (minutes 0…end inclusive):
 * mean, SD, extremes, time in ranges (consensus cut-offs, Battelino T et al., Diabetes Care 2019;42:1593-603),
 * and totals of insulin and carbohydrate. Built by {@link Accumulator}, a {@link MinuteSink}.
 *
 * @param patient patient id
 * @param minutes number of glucose values summarised
 * @param meanMgDl mean observed glucose
 * @param sdMgDl sample standard deviation
 * @param minMgDl minimum
 * @param maxMgDl maximum
 * @param tirPct % of minutes with 70 ≤ BG ≤ 180
 * @param tbr70Pct % below 70
 * @param tbr54Pct % below 54
 * @param tar180Pct % above 180
 * @param insulinU total insulin delivered, U
 * @param choG total carbohydrate eaten, g
 */
public record GlucoseSummary(
    String patient,
    long minutes,
    double meanMgDl,
    double sdMgDl,
    double minMgDl,
    double maxMgDl,
    double tirPct,
    double tbr70Pct,
    double tbr54Pct,
    double tar180Pct,
    double insulinU,
    double choG) {

  /** Accumulates a summary (Welford's running variance). */
  public static final class Accumulator implements MinuteSink {
    private final String patient;
    private long n, inRange, below70, below54, above180;
    private double mean, m2, min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY, insulin, cho;

    public Accumulator(String patient) {
      this.patient = patient;
    }

    @Override
    public Detail detail() {
      return Detail.GLUCOSE;
    }

    @Override
    public void minute(long t, double bg, double plasma, double cgm, double choG, double ins, double[] s) {
      n++;
      double delta = bg - mean;
      mean += delta / n;
      m2 += delta * (bg - mean);
      min = Math.min(min, bg);
      max = Math.max(max, bg);
      if (bg >= 70 && bg <= 180) inRange++;
      if (bg < 70) below70++;
      if (bg < 54) below54++;
      if (bg > 180) above180++;
      insulin += ins;
      cho += choG;
    }

    public GlucoseSummary summary() {
      double pct = n == 0 ? Double.NaN : 100.0 / n;
      return new GlucoseSummary(
          patient, n, mean, n > 1 ? Math.sqrt(m2 / (n - 1)) : 0, min, max, inRange * pct, below70 * pct,
          below54 * pct, above180 * pct, insulin, cho);
    }
  }
}
