package org.isletsim.candidacy.profile;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Comorbidities that change the risks of immunosuppression or of the portal infusion. The multipliers are our
 * assumptions ([ours]: relative risks in the direction of transplant practice, where these conditions are
 * relative or absolute contraindications), applied to the care module's per-person-year rates; they appear in
 * the result's reasons and in docs/candidacy.md.
 */
public enum Comorbidity {
  /** Established cardiovascular disease: death on immunosuppression × 2 [ours]. */
  CARDIOVASCULAR_DISEASE("cardiovascular-disease", 1, 1, 2, 1),
  /** Malignancy in the past (not active): new malignancy on immunosuppression × 3 [ours]. */
  PRIOR_MALIGNANCY("prior-malignancy", 1, 3, 1, 1),
  /** Chronic infection (hepatitis B/C, HIV, latent tuberculosis): serious infection × 2 [ours]. */
  CHRONIC_INFECTION("chronic-infection", 2, 1, 1, 1),
  /** Liver disease or portal hypertension: bleeding/thrombosis of the portal infusion × 2 [ours]. */
  LIVER_DISEASE("liver-disease", 1, 1, 1, 2),
  /** Chronic kidney disease (the eGFR field carries its severity; no further multiplier). */
  CHRONIC_KIDNEY_DISEASE("chronic-kidney-disease", 1, 1, 1, 1),
  /** Retinopathy (recorded; no effect on the model's rates). */
  RETINOPATHY("retinopathy", 1, 1, 1, 1),
  /** Neuropathy (recorded; no effect on the model's rates). */
  NEUROPATHY("neuropathy", 1, 1, 1, 1);

  private final String id;
  private final double infectionFactor, malignancyFactor, deathFactor, procedureFactor;

  Comorbidity(String id, double infection, double malignancy, double death, double procedure) {
    this.id = id;
    this.infectionFactor = infection;
    this.malignancyFactor = malignancy;
    this.deathFactor = death;
    this.procedureFactor = procedure;
  }

  public String id() {
    return id;
  }

  public double infectionFactor() {
    return infectionFactor;
  }

  public double malignancyFactor() {
    return malignancyFactor;
  }

  public double deathFactor() {
    return deathFactor;
  }

  public double procedureFactor() {
    return procedureFactor;
  }

  public static Comorbidity parse(String s) {
    for (Comorbidity c : values()) if (c.id.equals(s)) return c;
    return null;
  }

  public static String ids() {
    return Arrays.stream(values()).map(Comorbidity::id).collect(Collectors.joining(", "));
  }
}
