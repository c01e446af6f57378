package org.isletsim.control;

/**
 * Meal-time basal-bolus therapy as in the reference simulator's {@code BBController}: constant basal; when
 * carbohydrate was announced during the last period, a bolus of carbs/CR plus, only if the mean CGM is above
 * {@value #CORRECTION_THRESHOLD_MGDL} mg/dL, a correction (CGM − target)/CF; the bolus is spread over the
 * next period. Between meals no correction is given.
 *
 * <p>Immutable. A period without a meal returns the same basal-only command every time, and {@link #decide} is
 * small enough for the JIT to inline into the simulation loop, so the loop allocates nothing per control period.
 */
public final class BasalBolusController implements Controller {

  /** Correction boluses are given only above this mean CGM, mg/dL. */
  public static final double CORRECTION_THRESHOLD_MGDL = 150;

  /** Target of the reference controller, mg/dL. */
  public static final double DEFAULT_TARGET_MGDL = 140;

  private final double basalUPerMin, carbRatioGPerU, correctionFactorMgDlPerU, targetMgDl;
  private final InsulinCommand basalOnly;

  /**
   * @param basalUPerMin basal rate, U/min
   * @param carbRatioGPerU carbohydrate ratio CR, g/U
   * @param correctionFactorMgDlPerU correction factor CF, mg/dL per U
   * @param targetMgDl correction target (reference: 140 mg/dL)
   */
  public BasalBolusController(
      double basalUPerMin, double carbRatioGPerU, double correctionFactorMgDlPerU, double targetMgDl) {
    if (!(basalUPerMin >= 0)) throw new IllegalArgumentException("basalUPerMin must be >= 0");
    if (!(carbRatioGPerU > 0)) throw new IllegalArgumentException("carbRatioGPerU must be > 0");
    if (!(correctionFactorMgDlPerU > 0)) throw new IllegalArgumentException("correctionFactorMgDlPerU must be > 0");
    this.basalUPerMin = basalUPerMin;
    this.carbRatioGPerU = carbRatioGPerU;
    this.correctionFactorMgDlPerU = correctionFactorMgDlPerU;
    this.targetMgDl = targetMgDl;
    this.basalOnly = new InsulinCommand(basalUPerMin, 0);
  }

  /** The reference configuration for a catalogue patient: basal u2ss·BW/6000, CR and CF from Quest.csv. */
  public static BasalBolusController forPatient(org.isletsim.physiology.PatientParameters p) {
    TherapyProfile t = TherapyProfile.forPatient(p.name());
    return new BasalBolusController(
        p.basalUPerMin(), t.carbRatioGPerU(), t.correctionFactorMgDlPerU(), DEFAULT_TARGET_MGDL);
  }

  @Override
  public InsulinCommand decide(Observation o) {
    return o.announcedChoGPerMin() > 0 ? meal(o.announcedChoGPerMin(), o.cgmMgDl(), o.sampleTimeMin()) : basalOnly;
  }

  private InsulinCommand meal(double announcedChoGPerMin, double cgmMgDl, int sampleTimeMin) {
    double bolusU = announcedChoGPerMin * sampleTimeMin / carbRatioGPerU;
    if (cgmMgDl > CORRECTION_THRESHOLD_MGDL) {
      bolusU += (cgmMgDl - targetMgDl) / correctionFactorMgDlPerU;
    }
    return new InsulinCommand(basalUPerMin, bolusU / sampleTimeMin);
  }

  public double basalUPerMin() {
    return basalUPerMin;
  }

  public double carbRatioGPerU() {
    return carbRatioGPerU;
  }

  public double correctionFactorMgDlPerU() {
    return correctionFactorMgDlPerU;
  }

  public double targetMgDl() {
    return targetMgDl;
  }
}
