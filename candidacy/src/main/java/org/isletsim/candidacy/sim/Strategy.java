package org.isletsim.candidacy.sim;

import org.isletsim.trial.protocol.Arm;

/**
 * One option compared for the person.
 *
 * @param id stable key in candidacy.json ({@code current}, {@code best-standard-care}, {@code islets},
 *     {@code autologous}, {@code encapsulated})
 * @param label human-readable name
 * @param regimenKind insulin regimen while insulin is needed (care module {@code regimen.kind})
 * @param graftArm the trial arm whose product, dose, site and immunosuppression define the graft (null: none)
 * @param source where the arm comes from (trial preset and arm), for outputs
 */
public record Strategy(String id, String label, String regimenKind, Arm graftArm, String source) {
  public static final String CURRENT = "current", BEST_STANDARD = "best-standard-care", ISLETS = "islets",
      AUTOLOGOUS = "autologous", ENCAPSULATED = "encapsulated";

  public boolean graft() {
    return graftArm != null;
  }

  /** Whether the strategy needs immunosuppression (a graft arm with a regimen other than none). */
  public boolean immunosuppressed() {
    return graftArm != null && graftArm.immunosuppression().any();
  }
}
