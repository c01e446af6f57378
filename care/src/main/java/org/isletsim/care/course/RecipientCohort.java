package org.isletsim.care.course;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.isletsim.care.graft.RecipientGraft;
import org.isletsim.care.policy.CarePolicy;
import org.isletsim.simulation.OrderedParallel;

/**
 * A trial arm of graft recipients: every person's course (one fresh {@link RecipientGraft} each) with its
 * {@link TrialEndpoints}; only the endpoint records are kept. Results do not depend on the thread count.
 */
public final class RecipientCohort {
  private RecipientCohort() {}

  /** Runs {@code days} days for every person and returns their endpoints in order. */
  public static List<TrialEndpoints.Result> run(List<Population.Person> people, CarePolicy policy,
      Supplier<RecipientGraft> graft, long seed, int days, int threads) {
    List<TrialEndpoints.Result> out = new ArrayList<>(people.size());
    OrderedParallel.map(people, threads, person -> {
      TrialEndpoints e = new TrialEndpoints();
      CourseResult r = new CourseRunner(person.params(), person.id(), policy, graft.get(), seed).run(days, e);
      return e.result(r);
    }, out::add);
    return out;
  }

  /**
   * Arm means and proportions.
   *
   * @param people recipients
   * @param reachedDay365 recipients whose course reached day 365 (alive)
   * @param insulinIndependentFrac share of those insulin independent at day 365
   * @param everStoppedFrac share who stopped insulin at least once in the course
   * @param medianFirstStopDay median first insulin-free day among those who stopped (NaN if none)
   * @param hba1cDay0Pct mean HbA1c, day 0
   * @param hba1cDay180Pct mean HbA1c, day 180
   * @param hba1cDay365Pct mean HbA1c, day 364
   * @param tirBaselinePct mean TIR, days 0–13
   * @param tirDay90Pct mean TIR, days 77–90
   * @param tirDay365Pct mean TIR, days 351–364
   * @param sheRateBeforeDay90PerPersonYear severe events per person-year, days 0–89
   * @param sheFromDay90 severe events from day 90 (all recipients)
   * @param sheFromDay90OffInsulin of these, on days without exogenous insulin
   * @param sheFreeFromDay90Frac share without severe events from day 90
   * @param graftMassFracDay365 mean functional beta fraction at day 364
   */
  public record Summary(int people, int reachedDay365, double insulinIndependentFrac, double everStoppedFrac, double medianFirstStopDay,
      double hba1cDay0Pct, double hba1cDay180Pct, double hba1cDay365Pct, double tirBaselinePct, double tirDay90Pct,
      double tirDay365Pct, double sheRateBeforeDay90PerPersonYear, int sheFromDay90, int sheFromDay90OffInsulin, double sheFreeFromDay90Frac,
      double graftMassFracDay365) {

    /** Means over the recipients with a value (a course ends early at death); day-365 shares over those reaching it. */
    public static Summary of(List<TrialEndpoints.Result> rs) {
      int n = rs.size(), reached = 0, indep = 0, stopped = 0, she90 = 0, she90Off = 0, sheFree = 0, sheBefore = 0;
      Mean h0 = new Mean(), h180 = new Mean(), h365 = new Mean(), t0 = new Mean(), t90 = new Mean(), t365 = new Mean(),
          mass = new Mean();
      List<Integer> stops = new ArrayList<>();
      for (TrialEndpoints.Result r : rs) {
        if (!Double.isNaN(r.hba1cDay365Pct())) reached++;
        if (r.insulinIndependentDay365()) indep++;
        if (r.firstStopDay() >= 0) {
          stopped++;
          stops.add(r.firstStopDay());
        }
        she90 += r.sheFromDay90();
        she90Off += r.sheFromDay90OffInsulin();
        if (r.sheFromDay90() == 0) sheFree++;
        sheBefore += r.sheBeforeDay90();
        h0.add(r.hba1cDay0Pct());
        h180.add(r.hba1cDay180Pct());
        h365.add(r.hba1cDay365Pct());
        t0.add(r.tirBaselinePct());
        t90.add(r.tirDay90Pct());
        t365.add(r.tirDay365Pct());
        mass.add(r.graftMassFracDay365());
      }
      stops.sort(null);
      double median = stops.isEmpty() ? Double.NaN : stops.get(stops.size() / 2);
      return new Summary(n, reached, (double) indep / Math.max(1, reached), (double) stopped / n, median, h0.get(),
          h180.get(), h365.get(), t0.get(), t90.get(), t365.get(), sheBefore / (n * 90 / 365.25), she90, she90Off,
          (double) sheFree / n, mass.get());
    }

    private static final class Mean {
      double sum;
      int n;

      void add(double v) {
        if (!Double.isNaN(v)) {
          sum += v;
          n++;
        }
      }

      double get() {
        return n == 0 ? Double.NaN : sum / n;
      }
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT,
          "n=%d reached-d365=%d insulin-independent@365=%.0f%% ever-stopped=%.0f%% median-first-stop-day=%.0f HbA1c %.2f -> %.2f (d180) -> %.2f (d365)"
              + " TIR %.1f -> %.1f (d90) -> %.1f (d365) SH before d90=%.2f/person-yr SH from d90=%d (off insulin %d; free %.0f%%) graft@365=%.3f",
          people, reachedDay365, 100 * insulinIndependentFrac, 100 * everStoppedFrac, medianFirstStopDay, hba1cDay0Pct,
          hba1cDay180Pct, hba1cDay365Pct, tirBaselinePct, tirDay90Pct, tirDay365Pct,
          sheRateBeforeDay90PerPersonYear, sheFromDay90, sheFromDay90OffInsulin, 100 * sheFreeFromDay90Frac, graftMassFracDay365);
    }
  }
}
