package org.isletsim.candidacy.profile;

/**
 * Hypoglycaemia awareness as scored in the clinic. Clarke WL et al. (Diabetes Care 1995;18:517-522): 0–7, ≥ 4
 * reduced awareness; Gold AE et al. (Diabetes Care 1994;17:697-703): 1 (always aware) – 7 (never aware), ≥ 4
 * impaired awareness. Both use the cut-off 4, so the trial's eligibility criterion {@code awarenessScore: {min:
 * 4}} is applied to either score.
 *
 * @param scale {@code clarke} or {@code gold}
 * @param score the score on that scale
 */
public record Awareness(String scale, int score) {
  /** Score at and above which awareness is impaired (both scales). */
  public static final int IMPAIRED_FROM = 4;

  public Awareness {
    if (!scale.equals("clarke") && !scale.equals("gold")) throw new IllegalArgumentException("scale: clarke or gold");
    int lo = scale.equals("clarke") ? 0 : 1;
    if (score < lo || score > 7) throw new IllegalArgumentException(scale + " score must be in [" + lo + ", 7]");
  }

  public boolean impaired() {
    return score >= IMPAIRED_FROM;
  }

  /** The care module's awareness status ({@code hypoglycaemia.awareness}). */
  public String careStatus() {
    return impaired() ? "impaired" : "normal";
  }

  @Override
  public String toString() {
    return (scale.equals("clarke") ? "Clarke " : "Gold ") + score + (impaired() ? " (impaired)" : " (aware)");
  }
}
