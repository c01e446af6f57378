package org.isletsim.care.hypo;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Severe (level 3) hypoglycaemic events generated from the simulated glucose course. No published model turns a
 * glucose trace into severe events, so this link is ours, anchored on two published relations and calibrated:
 *
 * <ol>
 *   <li>Shape: the rate of severe hypoglycaemia rises with the low-BG index. Kovatchev BP et al. (Diabetes Care
 *       1998;21:1870-5) report 0.4 / 2.3 / 5.2 episodes per 6 months for LBGI &lt; 2.5 / 2.5–5 / &gt; 5. We
 *       interpolate linearly through the class midpoints (0, 0), (1.25, 0.4), (3.75, 2.3), (7.0, 5.2) and
 *       extend the last slope, so a day without lows carries no risk.
 *   <li>Awareness: the day's rate is multiplied by an awareness factor (impaired vs normal, Clarke/Gold status).
 *       Gold AE et al. (Diabetes Care 1994;17:697-703) found 2.8 vs 0.5 events per patient-year. The two
 *       multipliers are calibrated so that the simulated eligible population (impaired) and a normal-awareness
 *       population land in those bands (docs/VALIDATION.md "Care").
 * </ol>
 *
 * The day's hazard is λ = g(LBGI_day)/182.6 × multiplier, with LBGI_day computed from the day's minute-by-minute
 * glucose; a day whose glucose never fell below 54 mg/dL (level 2) carries no severe risk. A day has at most one
 * event, with probability 1 − exp(−λ) (an event is treated by a third party and ends the episode).
 */
public final class SevereHypoModel {
  private static final double[] LBGI = {0, 1.25, 3.75, 7.0};
  private static final double[] PER_6_MONTHS = {0, 0.4, 2.3, 5.2};
  private static final double DAYS_PER_6_MONTHS = 365.25 / 2;

  private double multiplier;
  private final UniformRandomProvider rng;

  public SevereHypoModel(double awarenessMultiplier, UniformRandomProvider rng) {
    if (!(awarenessMultiplier >= 0)) throw new IllegalArgumentException("multiplier must be >= 0");
    this.multiplier = awarenessMultiplier;
    this.rng = rng;
  }

  /** Kovatchev's events per 6 months at an LBGI (piecewise linear, 0 at 0). */
  /** Changes the awareness multiplier from the next day (awareness restored by a functioning graft). */
  public void setAwarenessMultiplier(double awarenessMultiplier) {
    if (!(awarenessMultiplier >= 0)) throw new IllegalArgumentException("multiplier must be >= 0");
    this.multiplier = awarenessMultiplier;
  }

  public static double eventsPer6Months(double lbgi) {
    if (lbgi <= 0) return 0;
    int n = LBGI.length;
    for (int i = 1; i < n; i++) {
      if (lbgi <= LBGI[i]) {
        return PER_6_MONTHS[i - 1] + (PER_6_MONTHS[i] - PER_6_MONTHS[i - 1]) * (lbgi - LBGI[i - 1]) / (LBGI[i] - LBGI[i - 1]);
      }
    }
    double slope = (PER_6_MONTHS[n - 1] - PER_6_MONTHS[n - 2]) / (LBGI[n - 1] - LBGI[n - 2]);
    return PER_6_MONTHS[n - 1] + slope * (lbgi - LBGI[n - 1]);
  }

  /** Expected events on a day with this LBGI at multiplier 1 (before awareness, frailty or exposure). */
  public static double baseDailyRate(double lbgiDay) {
    return eventsPer6Months(lbgiDay) / DAYS_PER_6_MONTHS;
  }

  /** Expected events on a day with this LBGI. */
  public double dailyRate(double lbgiDay) {
    return baseDailyRate(lbgiDay) * multiplier;
  }

  /** Level-2 threshold below which a day can carry a severe event, mg/dL. */
  public static final double LEVEL2_MGDL = 54;

  /** Whether a day with this LBGI and nadir has a severe event (0 or 1). */
  public int sampleDay(double lbgiDay, double nadirMgDl) {
    return sampleDay(lbgiDay, nadirMgDl, 1);
  }

  /**
   * As {@link #sampleDay(double, double)} with the hazard multiplied by {@code exposure} in [0, 1] (the share of
   * the person's usual exogenous insulin given that day, for graft recipients). One uniform draw is taken
   * whenever the nadir is below level 2, whatever the exposure, so that the stream stays aligned.
   */
  public int sampleDay(double lbgiDay, double nadirMgDl, double exposure) {
    if (!(nadirMgDl < LEVEL2_MGDL)) return 0;
    double lambda = dailyRate(lbgiDay) * Math.max(0, Math.min(1, exposure));
    double u = rng.nextDouble();
    return lambda > 0 && u < -Math.expm1(-lambda) ? 1 : 0;
  }
}
