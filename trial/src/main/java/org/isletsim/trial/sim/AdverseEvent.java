package org.isletsim.trial.sim;

/**
 * An event in a participant's course.
 *
 * @param day day of onset
 * @param category one of {@link #CATEGORIES}
 * @param serious serious adverse event (SAE)
 * @param description short description
 */
public record AdverseEvent(int day, String category, boolean serious, String description) implements java.io.Serializable {
  public static final String SEVERE_HYPOGLYCAEMIA = "severe-hypoglycaemia";
  public static final String INFUSION = "infusion";
  public static final String PROCEDURE_BLEEDING = "procedure-bleeding";
  public static final String PORTAL_VEIN_THROMBOSIS = "portal-vein-thrombosis";
  public static final String NEUTROPENIA = "neutropenia";
  public static final String SERIOUS_INFECTION = "serious-infection";
  public static final String MALIGNANCY = "malignancy";
  public static final String DEATH = "death";

  /**
   * Every category a course can produce, in the order endpoint rows list them: each replicate reports all of them
   * (count 0 included), so that pooling over replicates divides by every participant, not only by those of the
   * replicates in which the event happened.
   */
  public static final java.util.List<String> CATEGORIES =
      java.util.List.of(
          DEATH, INFUSION, MALIGNANCY, NEUTROPENIA, PORTAL_VEIN_THROMBOSIS, PROCEDURE_BLEEDING, SERIOUS_INFECTION,
          SEVERE_HYPOGLYCAEMIA);
}
