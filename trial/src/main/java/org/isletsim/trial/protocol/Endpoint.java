package org.isletsim.trial.protocol;

/** Endpoints a protocol may ask for (docs/trial.md, "Endpoints"). */
public enum Endpoint {
  /** Reichman 2025 primary: free of severe hypoglycaemia days 90–365 and HbA1c &lt; 7% or ≥ 1-point drop at a visit in days 180–365. */
  PRIMARY_2025("primary-2025"),
  /** Insulin independence at each visit, over days 180–365, ever, and 1 year after the last infusion. */
  INSULIN_INDEPENDENCE("insulin-independence"),
  HBA1C("hba1c"),
  /** CGM metrics over the window before each visit (TIR, TBR&lt;70, TBR&lt;54, TAR, CV, GMI). */
  CGM("cgm"),
  /** MMTT C-peptide: fasting, peak, AUC 0–120 min. */
  MMTT_CPEPTIDE("mmtt-cpeptide"),
  INSULIN_DOSE("insulin-dose"),
  IGLS_2018("igls-2018"),
  IGLS_2("igls-2"),
  /** Graft survival: stimulated C-peptide ≥ 0.3 ng/mL; Kaplan–Meier. */
  GRAFT_SURVIVAL("graft-survival"),
  ADVERSE_EVENTS("adverse-events"),
  DEATHS("deaths");

  private final String id;

  Endpoint(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Endpoint parse(String s) {
    for (Endpoint e : values()) if (e.id.equals(s)) return e;
    return null;
  }

  public static String allIds() {
    StringBuilder b = new StringBuilder();
    for (Endpoint e : values()) b.append(b.length() == 0 ? "" : ", ").append(e.id);
    return b.toString();
  }
}
