package org.isletsim.trial.sim;

/**
 * An event in a participant's course.
 *
 * @param day day of onset
 * @param category {@code severe-hypoglycaemia}, {@code procedure-bleeding}, {@code portal-vein-thrombosis},
 *     {@code immunosuppression}, {@code infusion}, {@code death}
 * @param serious serious adverse event (SAE)
 * @param description short description
 */
public record AdverseEvent(int day, String category, boolean serious, String description) implements java.io.Serializable {
  public static final String SEVERE_HYPOGLYCAEMIA = "severe-hypoglycaemia";
  public static final String INFUSION = "infusion";
  public static final String DEATH = "death";
}
