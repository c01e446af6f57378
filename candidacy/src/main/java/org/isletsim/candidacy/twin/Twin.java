package org.isletsim.candidacy.twin;

import org.isletsim.physiology.PatientParameters;
import org.isletsim.trial.cohort.VirtualPerson;

/**
 * One virtual twin: the person's observed attributes with latent ones drawn from the population generator.
 *
 * @param id twin key ({@code twin-007}): the key of every random stream of its courses
 * @param catalogueId catalogue adult the physiology was derived from
 * @param physiology S2008 parameters at the person's body weight
 * @param missedBolusProb the twin's probability of missing a meal bolus (latent glycaemic-control behaviour)
 * @param logProposalRatio log(prior density / proposal density) of the behaviour draw (importance weight part)
 * @param person the twin as the trial module's {@link VirtualPerson} (observed attributes + physiology), used for
 *     graft planning
 */
public record Twin(
    String id, String catalogueId, PatientParameters physiology, double missedBolusProb, double logProposalRatio,
    VirtualPerson person) {}
