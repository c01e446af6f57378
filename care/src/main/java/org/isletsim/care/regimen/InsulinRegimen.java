package org.isletsim.care.regimen;

import org.isletsim.care.policy.CarePolicy;
import org.isletsim.control.Controller;
import org.isletsim.control.InsulinCommand;
import org.isletsim.control.Observation;
import org.isletsim.control.TherapyProfile;
import org.isletsim.device.InsulinPump;
import org.isletsim.physiology.PatientParameters;

/**
 * The person's insulin therapy as a {@link Controller}, scaled by the clinician's dose fraction and switched off
 * when insulin is stopped. Three kinds:
 *
 * <ul>
 *   <li>{@code pump}: continuous subcutaneous insulin infusion, flat basal u2ss·BW/6000 and meal boluses of
 *       carbs/CR plus a correction (CGM − target)/CF above the correction threshold (the reference
 *       basal–bolus rule), delivered by the Insulet pump (0.05 U/h-class increments).
 *   <li>{@code mdi}: multiple daily injections: the long-acting analogue is approximated by a flat basal (a
 *       peakless glargine-like profile); meal boluses rounded to the pen increment.
 *   <li>{@code hcl}: hybrid closed loop: meal boluses as {@code pump}, basal modulated every CGM sample by a
 *       proportional–derivative law on CGM with low-glucose suspend, in the spirit of the external-physiologic
 *       PID (Steil GM, J Diabetes Sci Technol 2013;7:1621-31): basal × clamp(1 + Kp·((G − target) + Td·dG/dt)/100,
 *       0, max); suspended below 80 mg/dL or when the 30-min prediction is below 70 mg/dL. No integral and no
 *       insulin-feedback term yet.
 * </ul>
 *
 * CR, CF are the Quest.csv values for catalogue patients, derived for generated ones ({@link TherapyDerivation}). Carbohydrate counting errors
 * and missed boluses are applied by the course runner to what the controller is told.
 */
public final class InsulinRegimen implements Controller {
  private final String kind;
  private final double basalUPerMin;
  private final double carbRatioGPerU;
  private final double correctionFactorMgDlPerU;
  private final CarePolicy.Regimen p;
  private final InsulinPump pump;
  private double doseFrac = 1;
  private boolean on = true;
  private double lastCgm = Double.NaN;
  private InsulinCommand last = InsulinCommand.NONE;

  public InsulinRegimen(PatientParameters patient, CarePolicy.Regimen p) {
    this(patient.basalUPerMin(), TherapyDerivation.forPatient(patient), p);
  }

  public InsulinRegimen(double basalUPerMin, TherapyProfile therapy, CarePolicy.Regimen p) {
    this.kind = p.kind();
    this.basalUPerMin = basalUPerMin;
    this.carbRatioGPerU = therapy.carbRatioGPerU();
    this.correctionFactorMgDlPerU = therapy.correctionFactorMgDlPerU();
    this.p = p;
    this.pump = "mdi".equals(kind) ? InsulinPump.IDEAL : InsulinPump.named("Insulet");
  }

  @Override
  public InsulinCommand decide(Observation o) {
    // small enough to be inlined into the care loop, which then keeps the observation off the heap
    return decide(o.cgmMgDl(), o.announcedChoGPerMin(), o.sampleTimeMin());
  }

  private InsulinCommand decide(double cgm, double announcedChoGPerMin, int sampleTimeMin) {
    double slope = Double.isNaN(lastCgm) ? 0 : (cgm - lastCgm) / sampleTimeMin;
    lastCgm = cgm;
    if (!on) return InsulinCommand.NONE;
    double basal = basalUPerMin * doseFrac;
    if ("hcl".equals(kind)) {
      CarePolicy.Hcl h = p.hcl();
      double m = 1 + h.gainFracPer100Mgdl() * ((cgm - h.targetMgdl()) + h.derivativeMin() * slope) / 100;
      m = Math.max(0, Math.min(h.maxBasalMultiple(), m));
      if (cgm < 80 || cgm + 30 * slope < 70) m = 0;
      basal *= m;
    }
    double bolusU = 0;
    if (announcedChoGPerMin > 0) {
      bolusU = announcedChoGPerMin * sampleTimeMin / carbRatioGPerU;
      if (cgm > p.correctionThresholdMgdl()) bolusU += (cgm - p.targetMgdl()) / correctionFactorMgDlPerU;
      bolusU *= doseFrac;
      if ("mdi".equals(kind) && p.penIncrementU() > 0) bolusU = Math.rint(bolusU / p.penIncrementU()) * p.penIncrementU();
    }
    return command(pump.basalUPerMin(basal), pump.bolusUPerMin(Math.max(0, bolusU) / sampleTimeMin));
  }

  /** The last command again when the rates are unchanged (most periods), so that deciding allocates nothing. */
  private InsulinCommand command(double basal, double bolus) {
    if (Double.compare(basal, last.basalUPerMin()) != 0 || Double.compare(bolus, last.bolusUPerMin()) != 0) last = new InsulinCommand(basal, bolus);
    return last;
  }

  @Override
  public void reset() {
    lastCgm = Double.NaN;
  }

  /** Scales basal and bolus (1 = the pre-trial regimen). */
  public void setDoseFrac(double f) {
    if (!(f >= 0)) throw new IllegalArgumentException("dose fraction must be >= 0");
    doseFrac = f;
  }

  public double doseFrac() {
    return doseFrac;
  }

  public void setOn(boolean on) {
    this.on = on;
  }

  public boolean isOn() {
    return on;
  }

  /** Pre-trial basal, U/min. */
  public double basalUPerMin() {
    return basalUPerMin;
  }
}
