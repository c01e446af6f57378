package org.isletsim.control;

/**
 * Meal-time basal-bolus therapy as in the reference simulator's {@code BBController}: constant basal; when
 * carbohydrate was announced during the last period, a bolus of carbs/CR plus, only if the mean CGM is above
 * {@value #CORRECTION_THRESHOLD_MGDL} mg/dL, a correction (CGM − target)/CF; the bolus is spread over the
 * next period. Between meals no correction is given.
 *
 * @param basalUPerMin basal rate, U/min
 * @param carbRatioGPerU carbohydrate ratio CR, g/U
 * @param correctionFactorMgDlPerU correction factor CF, mg/dL per U
 * @param targetMgDl correction target (reference: 140 mg/dL)
 */
public record BasalBolusController(
    double basalUPerMin, double carbRatioGPerU, double correctionFactorMgDlPerU, double targetMgDl)
    implements Controller {

  /** Correction boluses are given only above this mean CGM, mg/dL. */
  public static final double CORRECTION_THRESHOLD_MGDL = 150;

  /** Target of the reference controller, mg/dL. */
  public static final double DEFAULT_TARGET_MGDL = 140;

  public BasalBolusController {
    if (!(basalUPerMin >= 0)) throw new IllegalArgumentException("basalUPerMin must be >= 0");
    if (!(carbRatioGPerU > 0)) throw new IllegalArgumentException("carbRatioGPerU must be > 0");
    if (!(correctionFactorMgDlPerU > 0)) throw new IllegalArgumentException("correctionFactorMgDlPerU must be > 0");
  }

  /** The reference configuration for a catalogue patient: basal u2ss·BW/6000, CR and CF from Quest.csv. */
  public static BasalBolusController forPatient(org.isletsim.physiology.PatientParameters p) {
    TherapyProfile t = TherapyProfile.forPatient(p.name());
    return new BasalBolusController(
        p.basalUPerMin(), t.carbRatioGPerU(), t.correctionFactorMgDlPerU(), DEFAULT_TARGET_MGDL);
  }

  @Override
  public InsulinCommand decide(Observation o) {
    double bolusU = 0;
    if (o.announcedChoGPerMin() > 0) {
      bolusU = o.announcedChoGPerMin() * o.sampleTimeMin() / carbRatioGPerU;
      if (o.cgmMgDl() > CORRECTION_THRESHOLD_MGDL) {
        bolusU += (o.cgmMgDl() - targetMgDl) / correctionFactorMgDlPerU;
      }
    }
    return new InsulinCommand(basalUPerMin, bolusU / o.sampleTimeMin());
  }
}
