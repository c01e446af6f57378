package org.isletsim.trial;

/**
 * How to run a protocol.
 *
 * @param seed run seed (the protocol's seed unless overridden)
 * @param replicates replicate trials (≥ 1)
 * @param threads worker threads (≥ 1); results do not depend on it
 * @param patientsPerArm participants per arm overriding the protocol's sample sizes, or 0
 */
public record TrialOptions(long seed, int replicates, int threads, int patientsPerArm) implements java.io.Serializable {
  public TrialOptions {
    if (replicates < 1) throw new IllegalArgumentException("replicates must be >= 1");
    if (threads < 1) throw new IllegalArgumentException("threads must be >= 1");
    if (patientsPerArm < 0) throw new IllegalArgumentException("patientsPerArm must be >= 0");
  }
}
