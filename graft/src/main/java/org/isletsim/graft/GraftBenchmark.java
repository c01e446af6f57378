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
    System.out.println("| round | engine ms/patient-day | graft ms/patient-day | ratio | engine RHS/day | graft RHS/day |");
    System.out.println("|---|---|---|---|---|---|");
    for (int r = 0; r < rounds; r++) {
      long engineNs = 0, graftNs = 0, engineEval = 0, graftEval = 0;
      for (int i = 0; i < days; i++) {
        String id = String.format(Locale.ROOT, "adult#%03d", i % 10 + 1);
        PatientParameters p = PatientCatalog.get(id);
        VirtualPatient vp = new VirtualPatient(p);
        long t0 = System.nanoTime();
        day(vp::step, p.basalUPerMin(), 10);
        engineNs += System.nanoTime() - t0;
        engineEval += vp.evaluations();
        GraftState st = new GraftCourse(plan, 1, id).advanceTo(180);
        EndocrinePatient ep = VirtualSubjects.recipient(id, id, 1, plan, st);
        double basal = p.basalUPerMin() * GraftedMmtt.residualBasalFraction(st, plan.globals());
        t0 = System.nanoTime();
        day(ep::step, basal, 25);
        graftNs += System.nanoTime() - t0;
        graftEval += ep.evaluations();
      }
      double e = engineNs / 1e6 / days, g = graftNs / 1e6 / days;
      System.out.printf(Locale.ROOT, "| %d | %.2f | %.2f | %.2f | %d | %d |%n", r + 1, e, g, g / e, engineEval / days, graftEval / days);
    }
  }
}
