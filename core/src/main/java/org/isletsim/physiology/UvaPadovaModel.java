package org.isletsim.physiology;

import static org.isletsim.physiology.StateIndex.*;

import org.isletsim.ode.OdeSystem;

/**
 * Right-hand side of the UVA/Padova S2008 type 1 diabetes model, in the form implemented by simglucose
 * (docs/physiology.md §1.4 of the shared reference; equations from Dalla Man C et al., IEEE Trans Biomed Eng
 * 2007;54:1740-9 and Kovatchev BP et al., J Diabetes Sci Technol 2009;3:44-55).
 *
 * <p>Inputs are held constant over each integration interval and set with {@link #setInputs}: the carbohydrate
 * ingestion rate (mg/min), the subcutaneous insulin rate (pmol/kg/min) and the gastric-emptying reference dose
 * D̄ (mg) that the meal logic of {@link VirtualPatient} keeps. Non-negativity guards: the derivatives of Gp, Gt,
 * Ip, Il, Isc1, Isc2 and Gs are zero while the state is negative; EGP is clipped at zero.
 */
public final class UvaPadovaModel implements OdeSystem {
  private boolean floorRecovers;
  private final double bw, kabs, kmax, kmin, b, d, vi, vmx, km0, k1, k2, p2u, m1, m2, m4, m30, ki;
  private final double kp1, kp2, kp3, f, ke1, ke2, fsnc, vm0, kd, ksc, ka1, ka2, ib;
  private final double halfRange, raPerQgut, invVi;

  private double insulinSensitivity = 1; // multiplies Vmx and kp3
  private double extraUptake; // mg/kg/min added to insulin-independent utilisation (exercise)
  private double vmxNow, kp3Now;
  private double choMgPerMin;
  private double insulinPmolPerKgMin;
  private double dbarMg;
  private final GastricEmptying emptying;
  private double invDbar; // 1/D̄ for the current D̄

  public UvaPadovaModel(PatientParameters p) {
    bw = p.bodyWeightKg();
    kabs = p.kabsPerMin();
    kmax = p.kmaxPerMin();
    kmin = p.kminPerMin();
    b = p.b();
    d = p.d();
    vi = p.viLPerKg();
    vmx = p.vmx();
    km0 = p.km0MgPerKg();
    k1 = p.k1PerMin();
    k2 = p.k2PerMin();
    p2u = p.p2uPerMin();
    m1 = p.m1PerMin();
    m2 = p.m2PerMin();
    m4 = p.m4PerMin();
    m30 = p.m30PerMin();
    ki = p.kiPerMin();
    kp1 = p.kp1();
    kp2 = p.kp2PerMin();
    kp3 = p.kp3();
    f = p.f();
    ke1 = p.ke1PerMin();
    ke2 = p.ke2MgPerKg();
    fsnc = p.fsnc();
    vm0 = p.vm0();
    kd = p.kdPerMin();
    ksc = p.kscPerMin();
    ka1 = p.ka1PerMin();
    ka2 = p.ka2PerMin();
    ib = p.ibPmolL();
    halfRange = (kmax - kmin) / 2;
    emptying = new GastricEmptying(b, d);
    raPerQgut = f * kabs / bw;
    invVi = 1 / vi;
    vmxNow = vmx;
    kp3Now = kp3;
  }

  /**
   * What a glucose state does once it is below zero. Default (false): its derivative is 0, so it stays there for
   * good — simglucose's non-negativity guard, kept for parity with the reference traces. True: it may only rise
   * (the derivative is clipped at 0 from below), so carbohydrate that arrives later brings glucose back. Long care
   * courses use true: a single night at the model's zero-glucose trap must not freeze a person for years.
   */
  public void setGlucoseFloorRecovery(boolean recovers) {
    this.floorRecovers = recovers;
  }

  /**
   * Day-to-day and within-day modulation (used by care models; 1 and 0 give the S2008 model).
   *
   * @param insulinSensitivityFactor multiplies insulin action on utilisation (Vmx) and on production (kp3)
   * @param extraUptakeMgPerKgMin added to insulin-independent glucose utilisation (e.g. exercise)
   */
  public void setModulation(double insulinSensitivityFactor, double extraUptakeMgPerKgMin) {
    if (!(insulinSensitivityFactor > 0) || !(extraUptakeMgPerKgMin >= 0)) {
      throw new IllegalArgumentException("sensitivity factor must be > 0 and extra uptake >= 0");
    }
    insulinSensitivity = insulinSensitivityFactor;
    extraUptake = extraUptakeMgPerKgMin;
    vmxNow = vmx * insulinSensitivityFactor;
    kp3Now = kp3 * insulinSensitivityFactor;
  }

  double insulinSensitivityFactor() {
    return insulinSensitivity;
  }

  double extraUptakeMgPerKgMin() {
    return extraUptake;
  }

  @Override
  public int dimension() {
    return COUNT;
  }

  /**
   * Sets the inputs held during the next integration interval.
   *
   * @param choMgPerMin carbohydrate ingestion rate D, mg/min
   * @param insulinPmolPerKgMin subcutaneous insulin rate u, pmol/kg/min
   * @param dbarMg gastric-emptying reference dose D̄, mg (≤ 0: emptying at kmax)
   */
  public void setInputs(double choMgPerMin, double insulinPmolPerKgMin, double dbarMg) {
    this.choMgPerMin = choMgPerMin;
    this.insulinPmolPerKgMin = insulinPmolPerKgMin;
    if (dbarMg != this.dbarMg) {
      this.dbarMg = dbarMg;
      invDbar = dbarMg > 0 ? 1 / dbarMg : 0;
    }
  }

  /**
   * Endogenous glucose production before clipping at 0, kp1 − kp2·Gp − kp3·Id (mg/kg/min), with the current
   * insulin-sensitivity modulation; models that add terms to EGP (portal insulin, glucagon) use this.
   */
  public double endogenousProduction(double gpMgPerKg, double idPmolL) {
    return kp1 - kp2 * gpMgPerKg - kp3Now * idPmolL;
  }

  /** The subcutaneous insulin rate currently set, pmol/kg/min. */
  double insulinPmolPerKgMin() {
    return insulinPmolPerKgMin;
  }

  /** Gastric emptying rate kgut (1/min) for a stomach content {@code qstoMg}. */
  double gastricEmptying(double qstoMg) {
    if (dbarMg > 0) return kmin + halfRange * (emptying.bracket(qstoMg * invDbar) + 2);
    return kmax;
  }

  @Override
  public void computeDerivatives(double tMin, double[] x, double[] dx) {
    glucoseDerivatives(x[QSTO1], x[QSTO2], x[QGUT], x[GP], x[GT], x[GS], x[X], x[ID], dx, GS);
    final double ip = x[IP];
    dx[IP] = ip >= 0 ? -(m2 + m4) * ip + m1 * x[IL] + ka1 * x[ISC1] + ka2 * x[ISC2] : 0;
    final double insulinPmolL = ip * invVi;
    dx[X] = -p2u * x[X] + p2u * (insulinPmolL - ib);
    dx[I1] = -ki * (x[I1] - insulinPmolL);
    dx[ID] = -ki * (x[ID] - x[I1]);
    dx[IL] = x[IL] >= 0 ? -(m1 + m30) * x[IL] + m2 * ip : 0;
    dx[ISC1] = x[ISC1] >= 0 ? insulinPmolPerKgMin - (ka1 + kd) * x[ISC1] : 0;
    dx[ISC2] = x[ISC2] >= 0 ? kd * x[ISC1] - ka2 * x[ISC2] : 0;
  }

  /**
   * The gut and glucose equations (stomach, intestine, plasma, tissue and subcutaneous glucose) given the
   * insulin actions X and Id: writes dx[QSTO1..GT] and dx[gsIndex]. Shared by the full 13-state system and
   * by the glucose block of the split integration, so the equations exist once.
   */
  void glucoseDerivatives(
      double qsto1, double qsto2, double qgut, double gp, double gt, double gs, double xAction, double id,
      double[] dx, int gsIndex) {
    final double kgut = gastricEmptying(qsto1 + qsto2);
    dx[QSTO1] = -kmax * qsto1 + choMgPerMin;
    dx[QSTO2] = kmax * qsto1 - kgut * qsto2;
    dx[QGUT] = kgut * qsto2 - kabs * qgut;

    final double ra = raPerQgut * qgut;
    final double egp = endogenousProduction(gp, id);
    final double renal = gp > ke2 ? ke1 * (gp - ke2) : 0;
    final double dgp = Math.max(egp, 0) + ra - fsnc - extraUptake - renal - k1 * gp + k2 * gt;
    dx[GP] = gp >= 0 ? dgp : (floorRecovers ? Math.max(dgp, 0) : 0);

    final double uid = (vm0 + vmxNow * xAction) * gt / (km0 + gt);
    final double dgt = -uid + k1 * gp - k2 * gt;
    dx[GT] = gt >= 0 ? dgt : (floorRecovers ? Math.max(dgt, 0) : 0);
    final double dgs = -ksc * gs + ksc * gp;
    dx[gsIndex] = gs >= 0 ? dgs : (floorRecovers ? Math.max(dgs, 0) : 0);
  }

}
