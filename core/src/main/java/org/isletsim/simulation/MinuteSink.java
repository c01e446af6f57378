package org.isletsim.simulation;

/**
 * Receives one record per simulated minute, in order: the subject as it is at minute {@code tMin} and the
 * inputs applied during [tMin, tMin+1). The last call (tMin = end) has zero inputs. The state array is a
 * reused buffer, filled only for sinks whose {@link #detail()} is FULL: read it during the call, never
 * keep it.
 */
public interface MinuteSink {
  /** What a sink reads; producing values costs interpolations every minute. */
  enum Detail {
    /** Nothing per minute: glucose and plasma glucose are passed as NaN, the state array is not filled. */
    NONE,
    /** Observed glucose, CGM and inputs; plasma glucose is NaN and the state array is not filled. */
    GLUCOSE,
    /** Everything. */
    FULL
  }

  /** What {@link #minute} reads (default {@link Detail#FULL}). */
  default Detail detail() {
    return Detail.FULL;
  }

  /**
   * @param tMin minutes since the start
   * @param glucoseMgDl observed (subcutaneous) glucose Gs/Vg
   * @param plasmaGlucoseMgDl plasma glucose Gp/Vg
   * @param cgmMgDl CGM reading shown at this minute
   * @param choEatenGPerMin carbohydrate eaten during the minute
   * @param insulinUPerMin insulin delivered during the minute
   * @param state the 13 model states at tMin (see {@link org.isletsim.physiology.StateIndex})
   */
  void minute(
      long tMin,
      double glucoseMgDl,
      double plasmaGlucoseMgDl,
      double cgmMgDl,
      double choEatenGPerMin,
      double insulinUPerMin,
      double[] state);

  /** A sink that discards everything (benchmarks). */
  MinuteSink NONE =
      new MinuteSink() {
        @Override
        public Detail detail() {
          return Detail.NONE;
        }

        @Override
        public void minute(long t, double g, double pg, double c, double cho, double ins, double[] s) {}
      };
}
