package org.isletsim.graft;

/**
 * The graft on one day.
 *
 * @param day day of the course
 * @param immatureIeq surviving immature islet equivalents (all maturation stages)
 * @param matureIeq surviving mature islet equivalents
 * @param infusedIeq cumulative infused islet equivalents
 * @param betaFraction functional beta-cell fraction relative to a native pancreas
 * @param alphaFraction functional alpha-cell fraction relative to a native pancreas
 */
public record GraftState(
    int day, double immatureIeq, double matureIeq, double infusedIeq, double betaFraction, double alphaFraction) {}
