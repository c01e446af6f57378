package org.isletsim.candidacy.profile;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Current insulin therapy; the ids are the care module's regimen kinds ({@code regimen.kind}). */
public enum Therapy {
  /** Multiple daily injections. */
  MDI("mdi"),
  /** Insulin pump (continuous subcutaneous insulin infusion) without automation. */
  PUMP("pump"),
  /** Hybrid closed loop: the best standard care of the analysis. */
  HCL("hcl");

  private final String id;

  Therapy(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** The therapy with this id, or null. */
  public static Therapy parse(String s) {
    for (Therapy t : values()) if (t.id.equals(s)) return t;
    return null;
  }

  public static String ids() {
    return Arrays.stream(values()).map(Therapy::id).collect(Collectors.joining(", "));
  }
}
