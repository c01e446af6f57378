package org.isletsim.candidacy.sim;

import org.isletsim.care.policy.CarePolicy;

/** Copies of a care policy with the few fields a strategy or a twin changes (the records have no withers). */
public final class Policies {
  private Policies() {}

  /** Regimen kind ({@code mdi|pump|hcl}) and the person's missed-bolus probability. */
  public static CarePolicy withRegimen(CarePolicy p, String kind, double missedBolusProb) {
    CarePolicy.Regimen r = p.regimen();
    CarePolicy.Regimen r2 = new CarePolicy.Regimen(kind, missedBolusProb, r.carbEstimateBiasFrac(), r.carbEstimateSdFrac(),
        r.correctionThresholdMgdl(), r.targetMgdl(), r.penIncrementU(), r.hcl());
    return new CarePolicy(r2, p.titration(), p.hypoglycaemia(), p.life(), p.immunosuppression(), p.visits());
  }

  /**
   * Immunosuppression switched on ({@code yes}) or off ({@code no}), with the death hazard removed from the
   * physiology run (deaths are expected values in the outcome layer, so a sampled death never cuts a twin's year
   * short) and the person's eGFR as baseline. The other adverse events do not feed back into the course.
   */
  public static CarePolicy withImmunosuppression(CarePolicy p, boolean on, double egfrMlMin) {
    CarePolicy.Immunosuppression i = p.immunosuppression();
    CarePolicy.Immunosuppression i2 = new CarePolicy.Immunosuppression(on ? "yes" : "no", i.induction(),
        i.maintenance(), i.stopDay(), i.subtherapeuticEpisodesPerYear(), i.subtherapeuticDurationDays(),
        i.subtherapeuticAdequacy(), i.seriousInfectionPerYear(), i.neutropeniaPerYearFirstYear(),
        i.neutropeniaPerYearLater(), i.malignancyPerYear(), 0, egfrMlMin, i.egfrDeclineYear1MlMin(),
        i.egfrDeclinePerYearYears1to5(), i.egfrDeclinePerYearLater());
    return new CarePolicy(p.regimen(), p.titration(), p.hypoglycaemia(), p.life(), i2, p.visits());
  }
}
