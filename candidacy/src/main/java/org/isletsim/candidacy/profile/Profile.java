package org.isletsim.candidacy.profile;

import java.util.List;
import org.isletsim.trial.cohort.VirtualPerson;

/**
 * A person's profile (docs/candidacy.md, "Profile"). Units are in the names; optional values are NaN when absent.
 *
 * @param name label for outputs
 * @param source file name (or a generated key in a population)
 * @param ageYears age, years (18–90: the S2008 adults)
 * @param female sex
 * @param weightKg body weight, kg
 * @param heightM height, m (NaN: unknown)
 * @param diabetesType 1 (type 2 is rejected by the reader: not modelled)
 * @param diabetesDurationYears years since diagnosis
 * @param hba1cPercent latest HbA1c, %
 * @param tirPct time 70–180 mg/dL, % (NaN: unknown)
 * @param severeEventsPastYear severe (level 3) hypoglycaemic events in the past 12 months
 * @param awareness Clarke or Gold score
 * @param therapy current insulin therapy
 * @param totalDailyInsulinU total daily insulin, U/day (NaN: unknown)
 * @param cpeptidePmolL fasting or random C-peptide, pmol/L (0 or &lt; 13 = undetectable)
 * @param egfrMlMin eGFR, mL/min/1.73 m²
 * @param comorbidities relevant comorbidities
 * @param cgm summary of a real CGM export replacing HbA1c/TIR in the conditioning (null: none)
 */
public record Profile(
    String name,
    String source,
    double ageYears,
    boolean female,
    double weightKg,
    double heightM,
    int diabetesType,
    double diabetesDurationYears,
    double hba1cPercent,
    double tirPct,
    int severeEventsPastYear,
    Awareness awareness,
    Therapy therapy,
    double totalDailyInsulinU,
    double cpeptidePmolL,
    double egfrMlMin,
    List<Comorbidity> comorbidities,
    CgmSummary cgm) {

  public Profile {
    comorbidities = List.copyOf(comorbidities);
  }

  /** A copy whose glycaemic summary comes from a CGM export. */
  public Profile withCgm(CgmSummary summary) {
    return new Profile(name, source, ageYears, female, weightKg, heightM, diabetesType, diabetesDurationYears,
        hba1cPercent, tirPct, severeEventsPastYear, awareness, therapy, totalDailyInsulinU, cpeptidePmolL, egfrMlMin,
        comorbidities, summary);
  }

  /** Product of a comorbidity factor over the person's comorbidities. */
  public double factor(java.util.function.ToDoubleFunction<Comorbidity> f) {
    double p = 1;
    for (Comorbidity c : comorbidities) p *= f.applyAsDouble(c);
    return p;
  }

  /**
   * The profile as the trial module's {@link VirtualPerson}, for the trial's eligibility screening (no physiology;
   * the awareness score on its own scale: Clarke and Gold share the cut-off 4).
   */
  public VirtualPerson asScreenedPerson() {
    return new VirtualPerson(name, "", false, null, ageYears, female, Double.isNaN(heightM) ? Double.NaN : heightM,
        weightKg, diabetesType, diabetesDurationYears, awareness.score(), severeEventsPastYear, hba1cPercent,
        cpeptidePmolL, Double.NaN);
  }
}
