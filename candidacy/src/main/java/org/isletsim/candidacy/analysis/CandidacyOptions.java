package org.isletsim.candidacy.analysis;

import java.util.List;
import org.isletsim.InvalidInputException;
import org.isletsim.candidacy.outcome.ModelInputs;

/**
 * How to analyse a profile.
 *
 * @param seed run seed
 * @param twins virtual twins
 * @param horizonYears horizon, whole years (1–10)
 * @param threads worker threads (results do not depend on it)
 * @param extraStrategies optional strategies ({@code autologous}, {@code encapsulated})
 * @param inputs outcome-layer inputs (utilities, rates)
 * @param sensitivity whether to run the one-way sensitivity analysis
 */
public record CandidacyOptions(
    long seed, int twins, int horizonYears, int threads, List<String> extraStrategies, ModelInputs inputs,
    boolean sensitivity) {
  public static final int DEFAULT_TWINS = 20, DEFAULT_HORIZON_YEARS = 5;
  public static final long DEFAULT_SEED = 1;

  public CandidacyOptions {
    if (twins < 2 || twins > 10_000) throw new InvalidInputException("--twins: expected 2-10000 (got " + twins + ")");
    if (horizonYears < 1 || horizonYears > 10) {
      throw new InvalidInputException("--horizon-years: expected 1-10 whole years (got " + horizonYears + ")");
    }
    if (threads < 1) throw new InvalidInputException("--threads: expected >= 1 (got " + threads + ")");
    extraStrategies = List.copyOf(extraStrategies);
  }
}
