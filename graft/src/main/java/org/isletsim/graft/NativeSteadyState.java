package org.isletsim.graft;

import static org.isletsim.physiology.StateIndex.*;

import org.isletsim.physiology.PatientParameters;

/**
 * The fasting steady state of an S2008 subject whose insulin comes only from a native (portal) pancreas and
 * whose plasma glucose is {@code h}: the plasma insulin I at which glucose production balances utilisation, and
 * the portal secretion Sb that sustains it. Solved by bisection on I (utilisation minus supply is monotone in
 * I), including the portal-insulin term kp4·Ipo of EGP (Ipo = Sb/γ) and the secretion-dependent hepatic
 * extraction of {@link EndocrineModel#hepaticExtraction}. Used for two things: the initial state of a healthy
 * control, and the definition of "full native mass" of a graft recipient (the mass that secretes Sb at h).
 */
public final class NativeSteadyState {
  private NativeSteadyState() {}

  /** Result: plasma insulin (pmol/L), tissue glucose Gt (mg/kg), liver insulin Il (pmol/kg), Sb (pmol/kg/min). */
  public record Solution(double insulinPmolL, double gtMgPerKg, double ilPmolPerKg, double basalSecretionPmolPerKgMin) {}

  /**
   * @param p S2008 parameters (Vg, kinetics; the T1D initial state is ignored)
   * @param hMgDl fasting plasma glucose to hold
   * @param s secretion parameters (γ, kp4 and the extraction constants enter the balance)
   * @throws IllegalArgumentException if no steady state with positive secretion exists
   */
  public static Solution solve(PatientParameters p, double hMgDl, SecretionParameters s) {
    final double gp = hMgDl * p.vgDlPerKg();
    double lo = 0, hi = 20000;
    if (residual(p, s, gp, lo) < 0) {
      throw new IllegalArgumentException(p.name() + ": glucose " + hMgDl + " mg/dL cannot be held even without insulin");
    }
    for (int i = 0; i < 200; i++) {
      double mid = 0.5 * (lo + hi);
      if (residual(p, s, gp, mid) > 0) lo = mid;
      else hi = mid;
    }
    double insulin = 0.5 * (lo + hi);
    double sb = secretion(p, s, insulin);
    if (!(sb > 0)) throw new IllegalArgumentException(p.name() + ": no positive basal secretion at " + hMgDl);
    double il = (p.m2PerMin() + p.m4PerMin()) * insulin * p.viLPerKg() / p.m1PerMin();
    return new Solution(insulin, tissueGlucose(p, s, gp, insulin), il, sb);
  }

  /** Portal secretion that holds plasma insulin I at steady state (fixed point in the extraction), pmol/kg/min. */
  static double secretion(PatientParameters p, SecretionParameters s, double insulinPmolL) {
    double ip = insulinPmolL * p.viLPerKg();
    double il = (p.m2PerMin() + p.m4PerMin()) * ip / p.m1PerMin();
    double heb = p.m30PerMin() / (p.m1PerMin() + p.m30PerMin());
    double sec = (p.m1PerMin() + p.m30PerMin()) * il - p.m2PerMin() * ip;
    for (int k = 0; k < 100; k++) {
      double he = EndocrineModel.hepaticExtraction(heb, s, sec);
      double next = (p.m1PerMin() + he * p.m1PerMin() / (1 - he)) * il - p.m2PerMin() * ip;
      if (Math.abs(next - sec) < 1e-13) return next;
      sec = 0.5 * (sec + next);
    }
    return sec;
  }

  /** Gt from dGp/dt = 0 at plasma glucose mass gp and insulin (= Id) I. */
  private static double tissueGlucose(PatientParameters p, SecretionParameters s, double gp, double insulin) {
    double portal = s.kp4MgKgMinPerPmolKg() * secretion(p, s, insulin) / s.gammaPerMin();
    double egp = Math.max(p.kp1() - p.kp2PerMin() * gp - p.kp3() * insulin - portal, 0);
    double renal = gp > p.ke2MgPerKg() ? p.ke1PerMin() * (gp - p.ke2MgPerKg()) : 0;
    return (p.fsnc() + renal + p.k1PerMin() * gp - egp) / p.k2PerMin();
  }

  /** Supply to tissues minus utilisation at insulin I; positive means more insulin is needed. */
  private static double residual(PatientParameters p, SecretionParameters s, double gp, double insulin) {
    double gt = tissueGlucose(p, s, gp, insulin);
    if (gt <= 0) return 1; // production so high that tissues cannot absorb it: more insulin needed
    double x = insulin - p.ibPmolL();
    double uid = (p.vm0() + p.vmx() * x) * gt / (p.km0MgPerKg() + gt);
    return p.k1PerMin() * gp - p.k2PerMin() * gt - uid;
  }

  /**
   * The full 13-state S2008 steady state (no subcutaneous insulin, empty gut) for this solution; the
   * endocrine states are filled by the caller.
   */
  public static double[] s2008State(PatientParameters p, double hMgDl, Solution s) {
    double[] x = new double[COUNT];
    double gp = hMgDl * p.vgDlPerKg();
    x[GP] = gp;
    x[GT] = s.gtMgPerKg();
    x[IP] = s.insulinPmolL() * p.viLPerKg();
    x[X] = s.insulinPmolL() - p.ibPmolL();
    x[I1] = s.insulinPmolL();
    x[ID] = s.insulinPmolL();
    x[IL] = s.ilPmolPerKg();
    x[GS] = gp;
    return x;
  }
}
