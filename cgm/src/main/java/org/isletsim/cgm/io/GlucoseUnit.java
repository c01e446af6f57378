package org.isletsim.cgm.io;

import java.util.Locale;

/** Glucose units found in exports. Conversion to mg/dL happens only in {@link ReadingCollector}. */
public enum GlucoseUnit {
  MG_DL("mg/dL"),
  MMOL_L("mmol/L");

  private final String label;

  GlucoseUnit(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Units named in a header or column title, or null if it names neither. */
  public static GlucoseUnit fromText(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    if (t.contains("mmol")) {
      return MMOL_L;
    }
    if (t.contains("mg/dl") || t.contains("mg_dl") || t.contains("mgdl")) {
      return MG_DL;
    }
    return null;
  }

  /** Parses a user option: mgdl, mg/dL, mmoll, mmol/L (case-insensitive). */
  public static GlucoseUnit parseOption(String s) {
    String t = s.toLowerCase(Locale.ROOT).replace("/", "").replace("_", "").replace("-", "");
    return switch (t) {
      case "mgdl" -> MG_DL;
      case "mmoll", "mmol" -> MMOL_L;
      default -> throw new IllegalArgumentException("unknown units '" + s + "'; expected mgdl or mmoll");
    };
  }
}
