package org.isletsim.trial.sim;

import java.util.List;
import org.isletsim.trial.cohort.VirtualPerson;
import org.isletsim.trial.protocol.Arm;

/**
 * Simulates one participant's course in one arm. Implementations must be pure functions of their arguments
 * (all randomness from {@code seed} and {@code person.id()} via {@code RandomStreams}), so that results do not
 * depend on threads or on other participants. The implementation is {@link CareCourseSimulator} (the care
 * layer's course); tests may substitute their own.
 */
public interface ParticipantSimulator {
  ParticipantCourse simulate(VirtualPerson person, Arm arm, List<Integer> visitDays, int followUpDays, long seed);
}
