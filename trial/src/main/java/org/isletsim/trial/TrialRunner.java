package org.isletsim.trial;

import java.io.Serializable;
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
 *
 * <p>A replicate is a function of (protocol, options, r) only: {@link #replicate} computes one on its own (the
 * Spark runner calls it on executors), and {@link #run} computes the same replicates with the same three steps
 * ({@link #enrol}, {@link #simulate}, {@link #finish}), parallel over participants.
 */
public final class TrialRunner {
  /**
   * One finished replicate trial. Serializable, as are the records it holds, so that a distributed runner can
   * ship it from the worker that computed it to the one that writes the outputs.
   */
  public record Replicate(
      int replicate, Map<String, Screening.Result> screening, Map<String, List<ParticipantOutcome>> outcomes, List<EndpointRow> rows)
      implements Serializable {}

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
      tasks.addAll(enrol(protocol, arms, options.seed(), r, byArm));
      screenings.add(byArm);
    }
    Map<String, List<ParticipantOutcome>> current = new LinkedHashMap<>();
    OrderedParallel.map(tasks, options.threads(),
        t -> new Object[] {t, simulate(protocol, options, t, simulator)},
        res -> {
          Enrolment t = (Enrolment) res[0];
          current.computeIfAbsent(t.arm().name(), k -> new ArrayList<>()).add((ParticipantOutcome) res[1]);
          if (t.lastOfReplicate()) {
            sink.accept(finish(protocol, t.replicate(), arms, screenings.get(t.replicate() - 1), current));
            current.clear();
          }
        });
  }

  /**
   * Replicate {@code r} computed on its own, participants one after another: the same result as the r-th
   * replicate handed over by {@link #run}, whatever else is run (other replicates, threads, machines).
   */
  public static Replicate replicate(Protocol protocol, TrialOptions options, int r, ParticipantSimulator simulator) {
    if (r < 1) throw new IllegalArgumentException("replicate must be >= 1");
    List<Arm> arms = arms(protocol, options);
    Map<String, Screening.Result> screening = new LinkedHashMap<>();
    Map<String, List<ParticipantOutcome>> outcomes = new LinkedHashMap<>();
    for (Enrolment t : enrol(protocol, arms, options.seed(), r, screening)) {
      outcomes.computeIfAbsent(t.arm().name(), k -> new ArrayList<>()).add(simulate(protocol, options, t, simulator));
    }
    return finish(protocol, r, arms, screening, outcomes);
  }

  /** Screens every arm of replicate {@code r} into {@code screening}; the enrolled, the last one marked. */
  private static List<Enrolment> enrol(Protocol protocol, List<Arm> arms, long seed, int r, Map<String, Screening.Result> screening) {
    List<Enrolment> tasks = new ArrayList<>();
    for (Arm a : arms) {
      Screening.Result s = Screening.screen(seed, "r" + r + "-" + a.name(), protocol.population(), a.participants());
      screening.put(a.name(), s);
      for (var person : s.enrolled()) tasks.add(new Enrolment(r, a, person, false));
    }
    Enrolment last = tasks.get(tasks.size() - 1);
    tasks.set(tasks.size() - 1, new Enrolment(last.replicate(), last.arm(), last.person(), true));
    return tasks;
  }

  private static ParticipantOutcome simulate(Protocol protocol, TrialOptions options, Enrolment t, ParticipantSimulator simulator) {
    ParticipantCourse c = simulator.simulate(t.person(), t.arm(), protocol.visitDays(), protocol.followUpDays(), options.seed());
    return ParticipantOutcome.evaluate(t.replicate(), t.arm().name(), t.person(), c);
  }

  private static Replicate finish(Protocol protocol, int r, List<Arm> arms, Map<String, Screening.Result> screening,
      Map<String, List<ParticipantOutcome>> outs) {
    List<Integer> visits = protocol.visitDays();
    List<Endpoint> selected = protocol.endpoints();
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
