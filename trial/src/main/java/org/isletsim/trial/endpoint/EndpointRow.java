package org.isletsim.trial.endpoint;

/**
 * One row of endpoints.csv.
 *
 * @param replicate replicate trial (1-based)
 * @param arm arm name, or {@code A_vs_B} for a between-arm test
 * @param endpoint endpoint name
 * @param n participants contributing (or at risk, for Kaplan–Meier rows)
 * @param count participants meeting a binary endpoint, -1 for continuous endpoints and tests
 * @param estimate proportion, mean, survival probability or p-value
 * @param ciLow lower 95% limit (NaN for tests)
 * @param ciHigh upper 95% limit
 */
public record EndpointRow(int replicate, String arm, String endpoint, int n, int count, double estimate, double ciLow, double ciHigh)
    implements java.io.Serializable {}
