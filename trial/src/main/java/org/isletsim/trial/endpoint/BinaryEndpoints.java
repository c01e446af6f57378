package org.isletsim.trial.endpoint;

import java.util.List;

/** Names of the per-participant yes/no endpoints (columns of endpoints.csv usable in a success criterion). */
public final class BinaryEndpoints {
  public static final String PRIMARY = "primary_endpoint";
  public static final String II_D180_365 = "insulin_independent_d180_365";
  public static final String II_EVER = "insulin_independent_ever";
  public static final String II_1Y_AFTER_LAST = "insulin_independent_1y_after_last_infusion";
  public static final String II_2Y_AFTER_LAST = "insulin_independent_2y_after_last_infusion";
  public static final String SHE_FREE_D90_365 = "she_free_d90_365";
  public static final String GRAFT_FUNCTION_D365 = "graft_function_d365";
  /** 1 year after the last infusion: stimulated C-peptide ≥ 0.3 ng/mL but not insulin independent (Shapiro 2006). */
  public static final String PARTIAL_FUNCTION_1Y_AFTER_LAST = "graft_function_partial_1y_after_last_infusion";
  /** 1 year after the last infusion: stimulated C-peptide &lt; 0.3 ng/mL, complete graft loss (Shapiro 2006). */
  public static final String GRAFT_LOST_1Y_AFTER_LAST = "graft_function_lost_1y_after_last_infusion";
  public static final String IGLS2018_SUCCESS_D365 = "igls2018_success_d365";
  public static final String IGLS2_SUCCESS_D365 = "igls2_success_d365";
  public static final String ANY_SAE = "any_sae";
  public static final String DIED = "died";

  /** Fixed names; {@code insulin_independent_d<DAY>} for each visit day is also accepted. */
  public static final List<String> NAMES = List.of(
      PRIMARY, II_D180_365, II_EVER, II_1Y_AFTER_LAST, II_2Y_AFTER_LAST, SHE_FREE_D90_365, GRAFT_FUNCTION_D365,
      PARTIAL_FUNCTION_1Y_AFTER_LAST, GRAFT_LOST_1Y_AFTER_LAST, IGLS2018_SUCCESS_D365, IGLS2_SUCCESS_D365, ANY_SAE, DIED, "insulin_independent_d365");

  private BinaryEndpoints() {}

  public static boolean valid(String name) {
    return NAMES.contains(name) || name.matches("insulin_independent_d\\d+");
  }
}
