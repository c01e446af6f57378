package org.isletsim.care.course;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.isletsim.care.graft.RecipientGraft;
import org.isletsim.care.policy.CarePolicy;
import org.isletsim.physiology.PatientParameters;
import org.isletsim.simulation.OrderedParallel;

/**
 * Many courses in parallel: person i is catalogue parameter set i mod k, replicate i / k, with its own random
 * streams ({@code name/rN}). Only each person's {@link CourseResult} is kept, so memory is flat in the number
 * of people beyond one small record each; results do not depend on the thread count.
 */
public final class Population {
  private Population() {}

  /** Person ids and parameter sets of a population of {@code n} people drawn from {@code base}. */
  public static List<Person> people(List<PatientParameters> base, int n) {
    List<Person> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      PatientParameters p = base.get(i % base.size());
      out.add(new Person(p, p.name() + "/r" + (i / base.size())));
    }
    return out;
  }

  /** One member of a population. */
  public record Person(PatientParameters params, String id) {}

  /** Runs every person's course and returns their results in order. */
  public static List<CourseResult> run(
      List<Person> people, CarePolicy policy, Supplier<RecipientGraft> graft, long seed, int days, int threads) {
    List<CourseResult> results = new ArrayList<>(people.size());
    OrderedParallel.map(
        people,
        threads,
        person -> new CourseRunner(person.params(), person.id(), policy, graft.get(), seed).run(days, CourseOutput.NONE),
        results::add);
    return results;
  }

  /** Runs every person's course and hands each result, in order, to {@code sink} (nothing is kept). */
  public static void stream(List<Person> people, CarePolicy policy, Supplier<RecipientGraft> graft, long seed, int days,
      int threads, java.util.function.Consumer<CourseResult> sink) {
    OrderedParallel.map(
        people,
        threads,
        person -> new CourseRunner(person.params(), person.id(), policy, graft.get(), seed).run(days, CourseOutput.NONE),
        sink);
  }

  /** Population means: SH rate per person-year, HbA1c at the end, TIR, TBR54, mean glucose. */
  public record Summary(int people, double sheRatePerPersonYear, double hba1cEndPct, double tirPct, double tbr54Pct,
      double meanGlucoseMgDl, double insulinUPerDay) {
    public static Summary of(List<CourseResult> rs) {
      double she = 0, years = 0, hb = 0, tir = 0, tbr = 0, g = 0, ins = 0;
      for (CourseResult r : rs) {
        she += r.sheEvents();
        years += r.days() / 365.25;
        hb += r.hba1cEndPct();
        tir += r.tirPct();
        tbr += r.tbr54Pct();
        g += r.meanGlucoseMgDl();
        ins += r.insulinUPerDay();
      }
      int n = rs.size();
      return new Summary(n, she / years, hb / n, tir / n, tbr / n, g / n, ins / n);
    }

    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT,
          "n=%d SH=%.2f/person-yr HbA1c=%.2f%% TIR=%.1f%% TBR54=%.2f%% mean=%.0f mg/dL insulin=%.1f U/d",
          people, sheRatePerPersonYear, hba1cEndPct, tirPct, tbr54Pct, meanGlucoseMgDl, insulinUPerDay);
    }
  }
}
