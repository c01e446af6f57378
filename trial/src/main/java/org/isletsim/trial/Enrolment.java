package org.isletsim.trial;

import org.isletsim.trial.cohort.VirtualPerson;
import org.isletsim.trial.protocol.Arm;

/**
 * One participant to simulate.
 *
 * @param replicate replicate trial (1-based)
 * @param arm the arm
 * @param person the enrolled person
 * @param lastOfReplicate true for the last participant of its replicate (in task order)
 */
record Enrolment(int replicate, Arm arm, VirtualPerson person, boolean lastOfReplicate) {}
