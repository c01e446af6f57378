package org.isletsim.trial;

/**
 * How to run a protocol.
 *
 * @param seed run seed (the protocol's seed unless overridden)
 * @param replicates replicate trials (1 to {@value #MAX_REPLICATES})
 * @param threads worker threads (≥ 1); results do not depend on it
 * @param patientsPerArm participants per arm overriding the protocol's sample sizes, or 0
 */
public record TrialOptions(long seed, int replicates, int threads, int patientsPerArm) implements java.io.Serializable {
  /**
   * Most replicate trials in one run: the run keeps each replicate's estimates for the intervals of summary.json
   * (a few hundred bytes per replicate), and a million replicates of even a one-participant trial are days of CPU.
   */
  public static final int MAX_REPLICATES = 1_000_000;
  /** Most participants per arm, in a protocol or with {@code --patients}. */
  public static final int MAX_PARTICIPANTS_PER_ARM = 100_000;

  public TrialOptions {
    if (replicates < 1 || replicates > MAX_REPLICATES) {
      throw new IllegalArgumentException("replicates must be 1 to " + MAX_REPLICATES);
    }
    if (patientsPerArm > MAX_PARTICIPANTS_PER_ARM) {
      throw new IllegalArgumentException("patientsPerArm must be at most " + MAX_PARTICIPANTS_PER_ARM);
    }
    if (threads < 1) throw new IllegalArgumentException("threads must be >= 1");
    if (patientsPerArm < 0) throw new IllegalArgumentException("patientsPerArm must be >= 0");
  }
}
