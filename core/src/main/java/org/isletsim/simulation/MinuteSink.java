package org.isletsim.simulation;

/**
 * Receives one record per simulated minute, in order: the subject as it is at minute {@code tMin} and the
 * inputs applied during [tMin, tMin+1). The last call (tMin = end) has zero inputs. The state array is a
 * reused buffer: read it during the call, never keep it.
 */
public interface MinuteSink {
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
  MinuteSink NONE = (t, g, pg, c, cho, ins, s) -> {};
}
