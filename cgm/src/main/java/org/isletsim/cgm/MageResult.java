package org.isletsim.cgm;

/**
 * MAGE by the moving-average algorithm of Fernandes et al. 2022 (iglu {@code mage_ma_single}) in its five
 * directions; NaN where iglu returns NA.
 *
 * @param avg duration-weighted mean of MAGE+ and MAGE- over segments (iglu default)
 * @param plus nadir-to-peak excursions
 * @param minus peak-to-nadir excursions
 * @param service direction of each segment's first countable excursion (Service 1970)
 * @param max the larger of MAGE+ and MAGE- per segment
 */
public record MageResult(double avg, double plus, double minus, double service, double max) {
  public static final MageResult MISSING =
      new MageResult(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
}
