package org.isletsim.trial;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.isletsim.simulation.OrderedParallel;
import org.isletsim.trial.cohort.Screening;
import org.isletsim.trial.endpoint.ArmEndpoints;
import org.isletsim.trial.endpoint.EndpointRow;
import org.isletsim.trial.endpoint.ParticipantOutcome;
import org.isletsim.trial.protocol.Arm;
import org.isletsim.trial.protocol.Endpoint;
import org.isletsim.trial.protocol.Protocol;
import org.isletsim.trial.sim.ParticipantCourse;
import org.isletsim.trial.sim.ParticipantSimulator;

/**
 * Runs replicate trials of a protocol. For each replicate r and arm a, candidates {@code r<r>-<a>-c0001…} are
 * screened (cheap, no physiology) until the arm is full; then every enrolled participant is simulated as an
 * independent task by {@link OrderedParallel}, and the results are handed over replicate by replicate in a fixed
 * order, so the output is byte-identical for any thread count. endpoints.csv keeps the rows of the protocol's
 * {@code endpoints} families ({@link Endpoint#familyOf}) and the screening rows.
 */
public final class TrialRunner {
  /** One finished replicate trial. */
  public record Replicate(
      int replicate, Map<String, Screening.Result> screening, Map<String, List<ParticipantOutcome>> outcomes, List<EndpointRow> rows) {}

  private TrialRunner() {}

  /** The arms with the sample-size override applied. */
  public static List<Arm> arms(Protocol p, TrialOptions o) {
    if (o.patientsPerArm() == 0) return p.arms();
    List<Arm> arms = new ArrayList<>();
    for (Arm a : p.arms()) {
      arms.add(new Arm(a.name(), o.patientsPerArm(), a.product(), a.dose(), a.site(), a.infusions(), a.immunosuppression(), a.weaningPolicy()));
    }
    return arms;
  }

  public static void run(Protocol protocol, TrialOptions options, ParticipantSimulator simulator, Consumer<Replicate> sink) {
    List<Arm> arms = arms(protocol, options);
    List<Enrolment> tasks = new ArrayList<>();
    List<Map<String, Screening.Result>> screenings = new ArrayList<>();
    for (int r = 1; r <= options.replicates(); r++) {
      Map<String, Screening.Result> byArm = new LinkedHashMap<>();
      for (Arm a : arms) {
        Screening.Result s = Screening.screen(options.seed(), "r" + r + "-" + a.name(), protocol.population(), a.participants());
        byArm.put(a.name(), s);
        for (var person : s.enrolled()) tasks.add(new Enrolment(r, a, person, false));
      }
      screenings.add(byArm);
      Enrolment last = tasks.get(tasks.size() - 1);
      tasks.set(tasks.size() - 1, new Enrolment(last.replicate(), last.arm(), last.person(), true));
    }
    List<Integer> visits = protocol.visitDays();
    int followUp = protocol.followUpDays();
    long seed = options.seed();
    Map<String, List<ParticipantOutcome>> current = new LinkedHashMap<>();
    OrderedParallel.map(tasks, options.threads(),
        t -> {
          ParticipantCourse c = simulator.simulate(t.person(), t.arm(), visits, followUp, seed);
          return new Object[] {t, ParticipantOutcome.evaluate(t.replicate(), t.arm().name(), t.person(), c)};
        },
        res -> {
          Enrolment t = (Enrolment) res[0];
          current.computeIfAbsent(t.arm().name(), k -> new ArrayList<>()).add((ParticipantOutcome) res[1]);
          if (t.lastOfReplicate()) {
            sink.accept(finish(t.replicate(), arms, screenings.get(t.replicate() - 1), current, visits, protocol.endpoints()));
            current.clear();
          }
        });
  }

  private static Replicate finish(int r, List<Arm> arms, Map<String, Screening.Result> screening,
      Map<String, List<ParticipantOutcome>> outs, List<Integer> visits, List<Endpoint> selected) {
    Map<String, List<ParticipantOutcome>> byArm = new LinkedHashMap<>();
    List<EndpointRow> rows = new ArrayList<>();
    for (Arm a : arms) {
      List<ParticipantOutcome> o = List.copyOf(outs.getOrDefault(a.name(), List.of()));
      byArm.put(a.name(), o);
      rows.addAll(ArmEndpoints.rows(r, a.name(), screening.get(a.name()), o, visits));
    }
    for (int i = 0; i < arms.size(); i++) {
      for (int j = i + 1; j < arms.size(); j++) {
        rows.addAll(ArmEndpoints.compare(r, arms.get(i).name(), byArm.get(arms.get(i).name()), arms.get(j).name(), byArm.get(arms.get(j).name())));
      }
    }
    rows.removeIf(row -> {
      Endpoint family = Endpoint.familyOf(row.endpoint());
      return family != null && !selected.contains(family);
    });
    return new Replicate(r, screening, byArm, rows);
  }
}
