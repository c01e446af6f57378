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

  /** Fixed names; {@code insulin_independent_d<DAY>} for each visit day after baseline is also accepted. */
  public static final List<String> NAMES = List.of(
      PRIMARY, II_D180_365, II_EVER, II_1Y_AFTER_LAST, II_2Y_AFTER_LAST, SHE_FREE_D90_365, GRAFT_FUNCTION_D365,
      PARTIAL_FUNCTION_1Y_AFTER_LAST, GRAFT_LOST_1Y_AFTER_LAST, IGLS2018_SUCCESS_D365, IGLS2_SUCCESS_D365, ANY_SAE, DIED, "insulin_independent_d365");

  /**
   * Endpoints observed only with follow-up to day 365 or later (the 1- and 2-year-after-last-infusion endpoints need
   * more: they are missing for a participant whose follow-up ends before their day).
   */
  public static final List<String> NEED_ONE_YEAR = List.of(PRIMARY, II_D180_365, SHE_FREE_D90_365, GRAFT_FUNCTION_D365,
      PARTIAL_FUNCTION_1Y_AFTER_LAST, GRAFT_LOST_1Y_AFTER_LAST, IGLS2018_SUCCESS_D365, IGLS2_SUCCESS_D365, II_1Y_AFTER_LAST,
      II_2Y_AFTER_LAST);

  /**
   * Why endpoint {@code name} can never be observed under a protocol with these visits and follow-up (a success
   * criterion or published count on it would silently never be met), or null when it can.
   */
  public static String unobservable(String name, List<Integer> visitDays, int followUpDays) {
    if (List.of(GRAFT_FUNCTION_D365, IGLS2018_SUCCESS_D365, IGLS2_SUCCESS_D365).contains(name) && !visitDays.contains(365)) {
      return "needs a visit on day 365 (visits: " + visitDays + ")";
    }
    if (name.equals(II_2Y_AFTER_LAST) && followUpDays < 730) {
      return "needs follow-up to 2 years after the last infusion, at least day 730 (followUpDays: " + followUpDays + ")";
    }
    if (NEED_ONE_YEAR.contains(name) && followUpDays < 365) {
      return "needs follow-up to day 365 (followUpDays: " + followUpDays + ")";
    }
    return null;
  }

  private BinaryEndpoints() {}

  /** Whether {@code name} is a binary endpoint of a protocol with these visit days. */
  public static boolean valid(String name, List<Integer> visitDays) {
    java.util.regex.Matcher m = VISIT.matcher(name);
    if (m.matches()) {
      // a visit's insulin independence exists only for a visit after baseline
      long day = m.group(1).length() > 6 ? -1 : Long.parseLong(m.group(1));
      // the rows are named with the day as written by the simulator: no leading zeros
      return day > 0 && visitDays.contains((int) day) && m.group(1).equals(Long.toString(day));
    }
    return NAMES.contains(name);
  }

  private static final java.util.regex.Pattern VISIT = java.util.regex.Pattern.compile("insulin_independent_d(\\d+)");
}
