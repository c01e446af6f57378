package org.isletsim.simulation;

/**
 * Receives one record per simulated minute, in order: the subject as it is at minute {@code tMin} and the
 * inputs applied during [tMin, tMin+1). The last call (tMin = end) has zero inputs. The state array is a
 * reused buffer, filled only for sinks whose {@link #needsState()} is true: read it during the call, never
 * keep it.
 */
public interface MinuteSink {
  /** Whether {@link #minute} reads the state array (filling it costs an interpolation per minute). */
  default boolean needsState() {
    return true;
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
        public boolean needsState() {
          return false;
        }

        @Override
        public void minute(long t, double g, double pg, double c, double cho, double ins, double[] s) {}
      };
}
