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

  /**
   * The endpoint family an endpoints.csv row name belongs to (between-arm tests {@code fisher_p_X} follow X), or
   * null for rows that are always written (screening).
   */
  public static Endpoint familyOf(String row) {
    String r = row.startsWith("fisher_p_") ? row.substring("fisher_p_".length()) : row;
    if (r.startsWith("screen_")) return null;
    if (r.equals("primary_endpoint") || r.startsWith("she_")) return PRIMARY_2025;
    if (r.startsWith("insulin_independen")) return INSULIN_INDEPENDENCE;
    if (r.startsWith("hba1c_")) return HBA1C;
    if (r.startsWith("tir_") || r.startsWith("tbr") || r.startsWith("tar180_") || r.startsWith("tar250_") || r.startsWith("cv_") || r.startsWith("gmi_")) return CGM;
    if (r.startsWith("cpeptide_") || r.startsWith("graft_function")) return MMTT_CPEPTIDE;
    if (r.startsWith("insulin_")) return INSULIN_DOSE;
    if (r.startsWith("igls2018")) return IGLS_2018;
    if (r.startsWith("igls2")) return IGLS_2;
    if (r.startsWith("graft_survival") || r.startsWith("logrank_p_graft")) return GRAFT_SURVIVAL;
    if (r.startsWith("ae_") || r.equals("any_sae")) return ADVERSE_EVENTS;
    if (r.equals("died")) return DEATHS;
    return null;
  }

  public static String allIds() {
    StringBuilder b = new StringBuilder();
    for (Endpoint e : values()) b.append(b.length() == 0 ? "" : ", ").append(e.id);
    return b.toString();
  }
}
