package org.isletsim.trial.stats;

/**
 * The probability that a trial of the given design meets its success criterion, estimated over R replicate
 * trials: p̂ = successes / R with Monte-Carlo standard error √(p̂(1 − p̂)/R) (binomial sampling of replicates)
 * and an exact Clopper–Pearson 95% interval. When the criterion is "the treatment works", p̂ is the power.
 *
 * @param criterion description of the success criterion
 * @param replicates number of replicate trials R
 * @param successes replicates that met the criterion
 * @param probability p̂
 * @param monteCarloSe Monte-Carlo standard error of p̂
 * @param ci exact 95% interval for the true probability
 */
public record OperatingCharacteristic(
    String criterion, int replicates, int successes, double probability, double monteCarloSe, ProportionCi ci) {

  public static OperatingCharacteristic of(String criterion, int successes, int replicates) {
    if (replicates < 1) throw new IllegalArgumentException("replicates must be >= 1");
    double p = (double) successes / replicates;
    return new OperatingCharacteristic(
        criterion, replicates, successes, p, Math.sqrt(p * (1 - p) / replicates),
        ProportionCi.clopperPearson(successes, replicates));
  }
}
