package org.isletsim.graft;

import java.util.Locale;
import org.isletsim.physiology.PatientCatalog;
import org.isletsim.physiology.PatientParameters;
import org.isletsim.physiology.VirtualPatient;

/**
 * Per-patient-day cost of the engine alone ({@link VirtualPatient}) versus a graft recipient
 * ({@link EndocrinePatient}, full-dose portal graft on day 180) on the same day: three meals (45/70/80 g at
 * 7:00/12:00/18:00), basal insulin and meal boluses (the engine's CR), one-minute steps. Usage:
 * {@code java -cp … org.isletsim.graft.GraftBenchmark [days] [rounds]}. Keep it short on shared machines.
 */
public final class GraftBenchmark {
  private GraftBenchmark() {}

  interface Stepper {
    void step(double cho, double insulin);
  }

  static double day(Stepper s, double basal, double crGPerU) {
    double sink = 0;
    for (int m = 0; m < 1440; m++) {
      double cho = m == 420 ? 45 : m == 720 ? 70 : m == 1080 ? 80 : 0;
      double bolus = cho > 0 ? cho / crGPerU : 0;
      s.step(cho, basal + bolus);
    }
    return sink;
  }

  public static void main(String[] args) {
    int days = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    GraftPlan plan = GraftPlan.stemCellPortal(0.8e9);
    System.out.println("| round | engine ms/patient-day (median) | graft ms/patient-day (median) | ratio | engine RHS/day | graft RHS/day |");
    System.out.println("|---|---|---|---|---|---|");
    double[] ratios = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      double[] engineMs = new double[days], graftMs = new double[days];
      long engineEval = 0, graftEval = 0;
      for (int i = 0; i < days; i++) { // interleaved, so that load from other processes hits both alike
        String id = String.format(Locale.ROOT, "adult#%03d", i % 10 + 1);
        PatientParameters p = PatientCatalog.get(id);
        VirtualPatient vp = new VirtualPatient(p);
        long t0 = System.nanoTime();
        day(vp::step, p.basalUPerMin(), 10);
        engineMs[i] = (System.nanoTime() - t0) / 1e6;
        engineEval += vp.evaluations();
        GraftState st = new GraftCourse(plan, 1, id).advanceTo(180);
        EndocrinePatient ep = VirtualSubjects.recipient(id, id, 1, plan, st);
        double basal = p.basalUPerMin() * GraftedMmtt.residualBasalFraction(st, plan.globals());
        t0 = System.nanoTime();
        day(ep::step, basal, 25);
        graftMs[i] = (System.nanoTime() - t0) / 1e6;
        graftEval += ep.evaluations();
      }
      double e = median(engineMs), g = median(graftMs);
      ratios[r] = g / e;
      System.out.printf(Locale.ROOT, "| %d | %.3f | %.3f | %.2f | %d | %d |%n", r + 1, e, g, g / e, engineEval / days, graftEval / days);
    }
    double[] tail = java.util.Arrays.copyOfRange(ratios, rounds / 2, rounds);
    System.out.printf(Locale.ROOT, "%nmedian ratio over the last %d rounds (after JIT warm-up): %.2f%n", tail.length, median(tail));
  }

  static double median(double[] v) {
    double[] s = v.clone();
    java.util.Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
  }
}
