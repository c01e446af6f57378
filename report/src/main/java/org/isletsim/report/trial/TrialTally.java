package org.isletsim.report.trial;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.isletsim.graft.GraftFunctionIndices.IglsClass;
import org.isletsim.trial.TrialRunner;
import org.isletsim.trial.endpoint.EndpointRow;
import org.isletsim.trial.endpoint.Igls;
import org.isletsim.trial.endpoint.ParticipantOutcome;
import org.isletsim.trial.protocol.Protocol;
import org.isletsim.trial.sim.AdverseEvent;
import org.isletsim.trial.sim.ParticipantCourse;
import org.isletsim.trial.sim.Visit;

/**
 * What the trial report needs, collected replicate by replicate so memory does not grow with the replicate count:
 * per-arm counts pooled over replicates (cohort flow, Igls classes per visit, severe hypoglycaemia, adverse events)
 * and the first replicate's participants and endpoint rows (swimmer plot, Kaplan–Meier curves of one trial).
 */
final class TrialTally {
  /** Pooled counts of one arm. */
  static final class Arm {
    long screened, enrolled, dosed, completed, died;
    final long[][] igls;
    long sheBefore, sheAfter, sheAfter90;
    double yearsBefore, yearsAfter, yearsAfter90;
    /** category → {participants with ≥ 1, events, serious events}. */
    final Map<String, long[]> adverse = new TreeMap<>();

    Arm(int visits) {
      igls = new long[visits][IglsClass.values().length];
    }
  }

  final Protocol protocol;
  final List<Integer> visits;
  final Map<String, Arm> arms = new LinkedHashMap<>();
  final Map<String, List<ParticipantOutcome>> first = new LinkedHashMap<>();
  final Map<String, EndpointRow> firstRows = new LinkedHashMap<>();
  int replicates;

  TrialTally(Protocol protocol) {
    this.protocol = protocol;
    this.visits = protocol.visitDays();
    for (var a : protocol.arms()) arms.put(a.name(), new Arm(visits.size()));
  }

  void accept(TrialRunner.Replicate r) {
    replicates++;
    for (var e : r.screening().entrySet()) {
      Arm a = arms.computeIfAbsent(e.getKey(), k -> new Arm(visits.size()));
      a.screened += e.getValue().screened();
      a.enrolled += e.getValue().enrolled().size();
    }
    for (var e : r.outcomes().entrySet()) {
      Arm a = arms.computeIfAbsent(e.getKey(), k -> new Arm(visits.size()));
      for (ParticipantOutcome o : e.getValue()) add(a, o);
    }
    if (first.isEmpty()) {
      for (var e : r.outcomes().entrySet()) first.put(e.getKey(), new ArrayList<>(e.getValue()));
      for (EndpointRow row : r.rows()) firstRows.put(row.arm() + "\u0000" + row.endpoint(), row);
    }
  }

  private void add(Arm a, ParticipantOutcome o) {
    ParticipantCourse c = o.course();
    int followUp = protocol.followUpDays();
    int end = c.died() ? c.deathDay() : followUp;
    if (!c.infusionDays().isEmpty()) a.dosed++;
    if (c.died()) a.died++;
    else if (c.visit(visits.get(visits.size() - 1)) != null) a.completed++;
    for (Visit v : c.visits()) {
      int i = visits.indexOf(v.day());
      if (i > 0) a.igls[i][Igls.igls2018(c, v, o.person().severeEventsPriorYear()).ordinal()]++;
    }
    a.sheBefore += o.person().severeEventsPriorYear();
    a.yearsBefore += 1;
    a.sheAfter += c.severeHypoglycaemia(1, end);
    a.yearsAfter += end / 365.25;
    if (end > 90) {
      a.sheAfter90 += c.severeHypoglycaemia(90, end);
      a.yearsAfter90 += (end - 89) / 365.25;
    }
    Map<String, long[]> seen = new TreeMap<>();
    for (AdverseEvent e : c.events()) {
      if (e.category().equals(AdverseEvent.INFUSION)) continue;
      long[] t = a.adverse.computeIfAbsent(e.category(), k -> new long[3]);
      t[1]++;
      if (e.serious()) t[2]++;
      seen.put(e.category(), t);
    }
    for (long[] t : seen.values()) t[0]++;
  }

  /** Replicate 1's row for (arm, endpoint), or null. */
  EndpointRow firstRow(String arm, String endpoint) {
    return firstRows.get(arm + "\u0000" + endpoint);
  }
}
