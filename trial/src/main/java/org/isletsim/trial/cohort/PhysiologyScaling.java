package org.isletsim.trial.cohort;

import org.isletsim.physiology.PatientParameters;
import org.isletsim.physiology.StateIndex;

/**
 * Derives a new S2008 parameter set from a catalogue adult by scaling a small set of parameters, keeping the
 * catalogue's basal steady state exact:
 *
 * <ul>
 *   <li>body weight: every S2008 mass and volume is per kg, so the per-kg state is unchanged and only the
 *       absolute basal insulin (u2ss·BW) changes;
 *   <li>peripheral insulin action Vmx: it multiplies the remote insulin signal X, which is 0 at the basal state;
 *   <li>hepatic insulin action kp3, with kp1 shifted by Δkp3·Id(basal) so that endogenous glucose production at the
 *       basal state (kp1 − kp2·Gpb − kp3·Id at the basal Id) is unchanged.
 * </ul>
 *
 * Variability (log-normal, mean-preserving): Vmx and kp3 CV 25% [prior; the catalogue's own between-subject
 * spread of Vmx is larger]. Dalla Man C et al., IEEE TBME 2007;54:1740-1749 for the equations.
 */
public final class PhysiologyScaling {
  private PhysiologyScaling() {}

  public static PatientParameters scale(
      PatientParameters p, String name, double bodyWeightKg, double vmxFactor, double kp3Factor) {
    double kp3 = p.kp3() * kp3Factor;
    double idBasal = p.initialState()[StateIndex.ID];
    double kp1 = p.kp1() + (kp3 - p.kp3()) * idBasal;
    return new PatientParameters(
        name, bodyWeightKg, p.initialState(), p.ibPmolL(), p.kabsPerMin(), p.kmaxPerMin(), p.kminPerMin(), p.b(),
        p.d(), p.vgDlPerKg(), p.viLPerKg(), p.vmx() * vmxFactor, p.km0MgPerKg(), p.k2PerMin(), p.k1PerMin(),
        p.p2uPerMin(), p.m1PerMin(), p.m2PerMin(), p.m4PerMin(), p.m30PerMin(), p.kiPerMin(), kp1, p.kp2PerMin(),
        kp3, p.f(), p.ke1PerMin(), p.ke2MgPerKg(), p.fsnc(), p.vm0(), p.kdPerMin(), p.kscPerMin(), p.ka1PerMin(),
        p.ka2PerMin(), p.u2ssPmolPerKgMin());
  }

  /** Endogenous glucose production at the basal state, mg/kg/min (for the steady-state check). */
  public static double basalEgp(PatientParameters p) {
    double gp = p.initialState()[StateIndex.GP];
    return p.kp1() - p.kp2PerMin() * gp - p.kp3() * p.initialState()[StateIndex.ID];
  }
}
