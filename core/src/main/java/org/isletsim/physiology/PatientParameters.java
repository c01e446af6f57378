package org.isletsim.physiology;

import java.util.Arrays;

/**
 * Parameters of one UVA/Padova S2008 virtual subject, as used by the dynamics (see docs/architecture.md and
 * Dalla Man C, Rizza RA, Cobelli C, IEEE Trans Biomed Eng 2007;54:1740-9; Kovatchev BP et al., J Diabetes
 * Sci Technol 2009;3:44-55). Names follow the simglucose parameter file; units are in each component's doc.
 *
 * @param name subject id, e.g. {@code adult#001}
 * @param bodyWeightKg BW
 * @param initialState the 13 initial states (copied), see {@link StateIndex}
 * @param ibPmolL basal plasma insulin Ib, pmol/L
 * @param kabsPerMin intestinal absorption rate kabs, 1/min
 * @param kmaxPerMin maximal gastric emptying rate kmax, 1/min
 * @param kminPerMin minimal gastric emptying rate kmin, 1/min
 * @param b fraction of dose at which gastric emptying has fallen to half (dimensionless)
 * @param d fraction of dose at which gastric emptying has recovered to half (dimensionless)
 * @param vgDlPerKg glucose distribution volume Vg, dL/kg
 * @param viLPerKg insulin distribution volume Vi, L/kg
 * @param vmx insulin-dependent utilisation slope Vmx, mg/kg/min per pmol/L
 * @param km0MgPerKg Michaelis–Menten constant Km0, mg/kg
 * @param k2PerMin Gt to Gp rate k2, 1/min
 * @param k1PerMin Gp to Gt rate k1, 1/min
 * @param p2uPerMin insulin action rate on utilisation p2u, 1/min
 * @param m1PerMin liver to plasma insulin rate m1, 1/min
 * @param m2PerMin plasma to liver insulin rate m2, 1/min
 * @param m4PerMin peripheral insulin degradation m4, 1/min
 * @param m30PerMin hepatic insulin extraction m30, 1/min
 * @param kiPerMin delay of insulin action on EGP ki, 1/min
 * @param kp1 EGP at zero glucose and insulin kp1, mg/kg/min
 * @param kp2PerMin liver glucose effectiveness kp2, 1/min
 * @param kp3 hepatic insulin action kp3, mg/kg/min per pmol/L
 * @param f fraction of intestinal absorption appearing in plasma (dimensionless)
 * @param ke1PerMin renal excretion rate ke1, 1/min
 * @param ke2MgPerKg renal threshold ke2, mg/kg
 * @param fsnc insulin-independent utilisation Fsnc, mg/kg/min
 * @param vm0 basal maximal utilisation Vm0, mg/kg/min
 * @param kdPerMin subcutaneous insulin Isc1 to Isc2 rate kd, 1/min
 * @param kscPerMin subcutaneous glucose rate ksc, 1/min
 * @param ka1PerMin Isc1 absorption rate ka1, 1/min
 * @param ka2PerMin Isc2 absorption rate ka2, 1/min
 * @param u2ssPmolPerKgMin steady-state basal insulin infusion u2ss, pmol/kg/min
 */
public record PatientParameters(
    String name,
    double bodyWeightKg,
    double[] initialState,
    double ibPmolL,
    double kabsPerMin,
    double kmaxPerMin,
    double kminPerMin,
    double b,
    double d,
    double vgDlPerKg,
    double viLPerKg,
    double vmx,
    double km0MgPerKg,
    double k2PerMin,
    double k1PerMin,
    double p2uPerMin,
    double m1PerMin,
    double m2PerMin,
    double m4PerMin,
    double m30PerMin,
    double kiPerMin,
    double kp1,
    double kp2PerMin,
    double kp3,
    double f,
    double ke1PerMin,
    double ke2MgPerKg,
    double fsnc,
    double vm0,
    double kdPerMin,
    double kscPerMin,
    double ka1PerMin,
    double ka2PerMin,
    double u2ssPmolPerKgMin) implements java.io.Serializable {

  /** Picomoles of insulin per unit (U). */
  public static final double PMOL_PER_U = 6000.0;

  public PatientParameters {
    if (name == null || name.isBlank()) throw new IllegalArgumentException("name is required");
    if (initialState == null || initialState.length != StateIndex.COUNT) {
      throw new IllegalArgumentException("initialState must have " + StateIndex.COUNT + " components");
    }
    if (!(bodyWeightKg > 0)) throw new IllegalArgumentException("bodyWeightKg must be > 0");
    if (!(vgDlPerKg > 0)) throw new IllegalArgumentException("vgDlPerKg must be > 0");
    if (!(viLPerKg > 0)) throw new IllegalArgumentException("viLPerKg must be > 0");
    initialState = initialState.clone();
  }

  /** The initial state (a copy). */
  @Override
  public double[] initialState() {
    return initialState.clone();
  }

  /** Basal insulin rate that holds the initial state at equilibrium: u2ss·BW/6000, U/min. */
  public double basalUPerMin() {
    return u2ssPmolPerKgMin * bodyWeightKg / PMOL_PER_U;
  }

  /** Basal (initial) observed glucose Gs/Vg, mg/dL. */
  public double basalGlucoseMgDl() {
    return initialState[StateIndex.GS] / vgDlPerKg;
  }

  /** All scalar parameters in declaration order (for equality, hashing and listings). */
  double[] scalars() {
    return new double[] {
      bodyWeightKg, ibPmolL, kabsPerMin, kmaxPerMin, kminPerMin, b, d, vgDlPerKg, viLPerKg, vmx, km0MgPerKg,
      k2PerMin, k1PerMin, p2uPerMin, m1PerMin, m2PerMin, m4PerMin, m30PerMin, kiPerMin, kp1, kp2PerMin, kp3, f,
      ke1PerMin, ke2MgPerKg, fsnc, vm0, kdPerMin, kscPerMin, ka1PerMin, ka2PerMin, u2ssPmolPerKgMin
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PatientParameters p
        && name.equals(p.name)
        && Arrays.equals(initialState, p.initialState)
        && Arrays.equals(scalars(), p.scalars());
  }

  @Override
  public int hashCode() {
    return (name.hashCode() * 31 + Arrays.hashCode(initialState)) * 31 + Arrays.hashCode(scalars());
  }

  @Override
  public String toString() {
    return "PatientParameters[" + name + ", BW=" + bodyWeightKg + " kg, Gb=" + basalGlucoseMgDl() + " mg/dL]";
  }
}
