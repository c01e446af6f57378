package org.isletsim.trial;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.isletsim.InvalidInputException;
import org.isletsim.simulation.OrderedParallel;
import org.isletsim.trial.cohort.Screening;
import org.isletsim.trial.endpoint.ArmEndpoints;
import org.isletsim.trial.endpoint.EndpointRow;
import org.isletsim.trial.endpoint.ParticipantOutcome;
import org.isletsim.trial.protocol.Arm;
import org.isletsim.trial.protocol.Endpoint;
import org.isletsim.trial.protocol.Problem;
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
 * (screening, {@link #simulate}, {@link #finish}), parallel over participants. {@link #screen} screens a whole run
 * up front, so that a protocol whose arms cannot be filled is reported before anything is simulated.
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

  /**
   * The screening of every arm of every replicate of a run, in replicate order: who {@link #run(Screened,
   * ParticipantSimulator, Consumer)} simulates. Made by {@link #screen}.
   *
   * @param arms the arms with the sample-size override applied ({@link #arms})
   * @param replicates for replicate r (index r - 1), the screening of each arm, in protocol order
   */
  public record Screened(Protocol protocol, TrialOptions options, List<Arm> arms, List<Map<String, Screening.Result>> replicates) {
    public Screened {
      arms = List.copyOf(arms);
      List<Map<String, Screening.Result>> copy = new ArrayList<>(replicates.size());
      for (Map<String, Screening.Result> byArm : replicates) copy.add(Collections.unmodifiableMap(new LinkedHashMap<>(byArm)));
      replicates = List.copyOf(copy);
    }
  }

  /**
   * Screens every arm of every replicate (cheap: no physiology), so that a protocol whose arms cannot be filled is
   * a user error before anything is simulated or written: an {@link InvalidInputException} of one line,
   * {@code FILE:LINE: population.maxScreened: …}, naming the first replicate and arm that fell short. Keeps nothing,
   * so memory does not grow with the replicates: for a runner that screens again where it simulates (Spark's
   * executors).
   */
  public static void checkScreening(Protocol protocol, TrialOptions options) {
    List<Arm> arms = arms(protocol, options);
    for (int r = 1; r <= options.replicates(); r++) for (Arm a : arms) screenArm(protocol, a, options.seed(), r);
  }

  /**
   * As {@link #checkScreening}, keeping the screened participants of every replicate for {@link #run(Screened,
   * ParticipantSimulator, Consumer)} (the local runner enrols every replicate up front, as it always did).
   */
  public static Screened screen(Protocol protocol, TrialOptions options) {
    List<Arm> arms = arms(protocol, options);
    List<Map<String, Screening.Result>> replicates = new ArrayList<>(options.replicates());
    for (int r = 1; r <= options.replicates(); r++) {
      Map<String, Screening.Result> byArm = new LinkedHashMap<>();
      for (Arm a : arms) byArm.put(a.name(), screenArm(protocol, a, options.seed(), r));
      replicates.add(byArm);
    }
    return new Screened(protocol, options, arms, replicates);
  }

  /** Screens and simulates a run: {@link #run(Screened, ParticipantSimulator, Consumer)} of {@link #screen}. */
  public static void run(Protocol protocol, TrialOptions options, ParticipantSimulator simulator, Consumer<Replicate> sink) {
    run(screen(protocol, options), simulator, sink);
  }

  /** Simulates the screened participants and hands {@code sink} every replicate, in order. */
  public static void run(Screened screened, ParticipantSimulator simulator, Consumer<Replicate> sink) {
    Protocol protocol = screened.protocol();
    TrialOptions options = screened.options();
    List<Arm> arms = screened.arms();
    List<Enrolment> tasks = new ArrayList<>();
    for (int r = 1; r <= screened.replicates().size(); r++) tasks.addAll(enrolled(arms, r, screened.replicates().get(r - 1)));
    Map<String, List<ParticipantOutcome>> current = new LinkedHashMap<>();
    OrderedParallel.map(tasks, options.threads(),
        t -> new Object[] {t, simulate(protocol, options, t, simulator)},
        res -> {
          Enrolment t = (Enrolment) res[0];
          current.computeIfAbsent(t.arm().name(), k -> new ArrayList<>()).add((ParticipantOutcome) res[1]);
          if (t.lastOfReplicate()) {
            sink.accept(finish(protocol, t.replicate(), arms, screened.replicates().get(t.replicate() - 1), current));
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
    for (Arm a : arms) screening.put(a.name(), screenArm(protocol, a, options.seed(), r));
    Map<String, List<ParticipantOutcome>> outcomes = new LinkedHashMap<>();
    for (Enrolment t : enrolled(arms, r, screening)) {
      outcomes.computeIfAbsent(t.arm().name(), k -> new ArrayList<>()).add(simulate(protocol, options, t, simulator));
    }
    return finish(protocol, r, arms, screening, outcomes);
  }

  /**
   * Arm {@code a} of replicate {@code r} screened; a user error naming both when it cannot be filled. The one
   * place that decides that an arm falls short of its participants within {@code population.maxScreened}
   * ({@link Screening#screenUpTo} only stops there).
   */
  private static Screening.Result screenArm(Protocol protocol, Arm a, long seed, int r) {
    Screening.Result s = Screening.screenUpTo(seed, "r" + r + "-" + a.name(), protocol.population(), a.participants());
    if (s.enrolled().size() < a.participants()) {
      String field = "population.maxScreened";
      throw new InvalidInputException(new Problem(protocol.source(), protocol.lineOf(field), field, String.format(Locale.ROOT,
          "replicate %d, arm %s: %s; expected the arm filled within maxScreened = %d candidates: raise"
              + " population.maxScreened, widen population.eligibility or enrol fewer participants",
          r, a.name(), Screening.shortfall(s, a.participants()), protocol.population().maxScreened())).toString());
    }
    return s;
  }

  /** The enrolled of replicate {@code r}'s {@code screening}, arm by arm; the last one marked. */
  private static List<Enrolment> enrolled(List<Arm> arms, int r, Map<String, Screening.Result> screening) {
    List<Enrolment> tasks = new ArrayList<>();
    for (Arm a : arms) {
      for (var person : screening.get(a.name()).enrolled()) tasks.add(new Enrolment(r, a, person, false));
    }
    Enrolment last = tasks.get(tasks.size() - 1);
    tasks.set(tasks.size() - 1, new Enrolment(last.replicate(), last.arm(), last.person(), true));
    return tasks;
  }

  private static ParticipantOutcome simulate(Protocol protocol, TrialOptions options, Enrolment t, ParticipantSimulator simulator) {
    ParticipantCourse c = simulator.simulate(t.person(), t.arm(), protocol.visitDays(), protocol.followUpDays(), options.seed());
    return ParticipantOutcome.evaluate(t.replicate(), t.arm().name(), t.person(), c, protocol.visitDays());
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
