package org.isletsim.trial.sim;

import java.util.List;
import org.isletsim.trial.cohort.VirtualPerson;
import org.isletsim.trial.protocol.Arm;

/**
 * Simulates one participant's course in one arm. Implementations must be pure functions of their arguments
 * (all randomness from {@code seed} and {@code person.id()} via {@code RandomStreams}), so that results do not
 * depend on threads or on other participants. The real implementation needs the care layer (insulin regimens,
 * weaning, severe hypoglycaemia, immunosuppression adverse events, HbA1c kinetics); until it is merged,
 * {@link ProvisionalSimulator} stands in.
 */
public interface ParticipantSimulator {
  ParticipantCourse simulate(VirtualPerson person, Arm arm, List<Integer> visitDays, int followUpDays, long seed);
}
