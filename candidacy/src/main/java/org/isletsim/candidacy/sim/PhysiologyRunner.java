package org.isletsim.candidacy.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.isletsim.candidacy.profile.Profile;
import org.isletsim.candidacy.twin.Twin;
import org.isletsim.care.course.CourseRunner;
import org.isletsim.care.graft.IsletGraft;
import org.isletsim.care.graft.NoGraft;
import org.isletsim.care.graft.RecipientGraft;
import org.isletsim.care.policy.CarePolicy;
import org.isletsim.graft.GraftPlan;
import org.isletsim.simulation.OrderedParallel;
import org.isletsim.trial.sim.GraftPlanning;

/**
 * The expensive layer: the care module's one-minute course ({@link CourseRunner}: UVA/Padova physiology, regimen,
 * clinician, hypoglycaemia, HbA1c; the graft module's recipient with a graft) for every twin and strategy, over a
 * short window: {@value #GRAFT_WINDOW_DAYS} days with a graft (maturation, weaning and insulin independence at one
 * year need the whole first year), {@value #NO_GRAFT_WINDOW_DAYS} days without (after the care module's 56-day
 * run-in the no-graft course is stationary; later years repeat the window). Every strategy of a twin uses the
 * same person id and seed, so meals, day-to-day life and sensor noise are common random numbers across
 * strategies. Runs in parallel; results do not depend on the thread count.
 */
public final class PhysiologyRunner {
  public static final int GRAFT_WINDOW_DAYS = 365;
  public static final int NO_GRAFT_WINDOW_DAYS = 120;

  private final Profile profile;
  private final CarePolicy base;
  private final long seed;

  public PhysiologyRunner(Profile profile, CarePolicy base, long seed) {
    this.profile = profile;
    this.base = base;
    this.seed = seed;
  }

  /**
   * Courses of every twin under every strategy: {@code result.get(twin).get(strategy)} in the given orders. When
   * the current therapy is the hybrid closed loop, best standard care is the same course (simulated once).
   *
   * @param done called with the number of finished courses (progress)
   */
  public List<List<SimulatedCourse>> run(List<Twin> twins, List<Strategy> strategies, int threads, IntConsumer done) {
    record Job(int twin, int strategy) {}
    record Done(Job job, SimulatedCourse course) {}
    boolean sameAsCurrent = strategies.get(1).id().equals(Strategy.BEST_STANDARD)
        && strategies.get(0).regimenKind().equals(strategies.get(1).regimenKind());
    List<Job> jobs = new ArrayList<>();
    // graft courses first: they are the longest, so the pool's tail is short
    for (int s = strategies.size() - 1; s >= 0; s--) {
      if (s == 1 && sameAsCurrent) continue;
      for (int t = 0; t < twins.size(); t++) jobs.add(new Job(t, s));
    }
    SimulatedCourse[][] out = new SimulatedCourse[twins.size()][strategies.size()];
    int[] count = {0};
    OrderedParallel.map(jobs, threads,
        j -> new Done(j, simulate(twins.get(j.twin()), strategies.get(j.strategy()))),
        d -> {
          out[d.job().twin()][d.job().strategy()] = d.course();
          done.accept(++count[0]);
        });
    List<List<SimulatedCourse>> result = new ArrayList<>();
    for (SimulatedCourse[] row : out) {
      if (sameAsCurrent) row[1] = row[0];
      result.add(List.of(row));
    }
    return result;
  }

  /** Courses {@link #run} simulates for these strategies and twins (for progress totals). */
  public static int courses(int twins, List<Strategy> strategies) {
    boolean same = strategies.get(0).regimenKind().equals(strategies.get(1).regimenKind());
    return twins * (strategies.size() - (same ? 1 : 0));
  }

  /** One twin under one strategy over the standard window. */
  public SimulatedCourse simulate(Twin twin, Strategy strategy) {
    return simulate(twin, strategy, strategy.graft() ? GRAFT_WINDOW_DAYS : NO_GRAFT_WINDOW_DAYS);
  }

  /** One twin under one strategy over {@code days} days (validation of the window approximation uses the horizon). */
  public SimulatedCourse simulate(Twin twin, Strategy strategy, int days) {
    boolean impaired = profile.awareness().impaired();
    CarePolicy policy = Policies.withRegimen(base, strategy.regimenKind(), twin.missedBolusProb());
    policy = policy.withAwareness(profile.awareness().careStatus());
    policy = Policies.withImmunosuppression(policy, strategy.immunosuppressed(), profile.egfrMlMin());
    DayRecorder rec = new DayRecorder(days, impaired);
    RecipientGraft graft = NoGraft.INSTANCE;
    RecordingGraft recording = null;
    GraftPlan plan = null;
    if (strategy.graft()) {
      plan = GraftPlanning.plan(twin.person(), strategy.graftArm(), seed);
      recording = new RecordingGraft(new IsletGraft(plan, twin.person().demographics()), days);
      graft = recording;
    }
    new CourseRunner(twin.physiology(), twin.id(), policy, graft, seed).run(days, rec);
    if (rec.recorded != days) throw new IllegalStateException(twin.id() + "/" + strategy.id() + ": course ended on day " + rec.recorded);
    return new SimulatedCourse(strategy.id(), rec.mean, rec.tir, rec.tbr54, rec.hazard, rec.impaired, rec.insulin,
        rec.beta, rec.hba1c, recording == null ? null : recording.meanGlucose, recording == null ? null : recording.adequacy,
        recording == null ? null : recording.cpeptide, plan, rec.restoredDay);
  }
}
