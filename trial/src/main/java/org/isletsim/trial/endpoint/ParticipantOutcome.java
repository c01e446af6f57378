package org.isletsim.trial.endpoint;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isletsim.graft.LabUnits;
import org.isletsim.trial.cohort.VirtualPerson;
import org.isletsim.trial.sim.AdverseEvent;
import org.isletsim.trial.sim.ParticipantCourse;
import org.isletsim.trial.sim.Visit;

/**
 * Endpoints of one participant, evaluated on the simulated course (definitions in docs/trial.md, "Endpoints").
 *
 * @param replicate replicate trial number (1-based)
 * @param arm arm name
 * @param person the participant
 * @param course the simulated course
 * @param binary yes/no endpoints by name ({@link BinaryEndpoints}), in a fixed order
 * @param continuous continuous endpoints by name (e.g. {@code hba1c_pct_d180}), NaN when not measured
 * @param igls2018D365 Igls 2018 class at day 365, or "" without a day-365 visit
 * @param igls2D365 Igls 2.0 "treatment/graft" classes at day 365, or ""
 * @param graftFailureDay follow-up time for graft survival (day of the first visit from day 90 on with
 *     stimulated C-peptide &lt; 0.3 ng/mL, else the last visit day)
 * @param graftFailed whether graft failure was observed
 * @param insulinIndependenceDays follow-up for the duration of insulin independence (from its first day), or
 *     -1 if never insulin independent
 * @param insulinIndependenceLost whether insulin was resumed
 */
public record ParticipantOutcome(
    int replicate,
    String arm,
    VirtualPerson person,
    ParticipantCourse course,
    Map<String, Boolean> binary,
    Map<String, Double> continuous,
    String igls2018D365,
    String igls2D365,
    int graftFailureDay,
    boolean graftFailed,
    int insulinIndependenceDays,
    boolean insulinIndependenceLost) implements java.io.Serializable {

  /** Graft-survival threshold: stimulated C-peptide 0.3 ng/mL in pmol/L. */
  public static final double GRAFT_FUNCTION_PMOL_L = LabUnits.cpeptideToPmolL(0.3, "ng/mL");

  /** Continuous per-visit measures (suffix {@code _d<DAY>}). */
  public static final List<String> VISIT_MEASURES = List.of(
      "hba1c_pct", "tir_pct", "tbr70_pct", "tbr54_pct", "tar180_pct", "tar250_pct", "cv_pct", "gmi_pct", "cpeptide_fasting_pmol_l",
      "cpeptide_peak_pmol_l", "cpeptide_auc_pmol_l_min", "insulin_u_kg_day", "insulin_dose_change_pct");

  /** As {@link #evaluate(int, String, VirtualPerson, ParticipantCourse, List)} with the visits the course has. */
  public static ParticipantOutcome evaluate(int replicate, String arm, VirtualPerson person, ParticipantCourse c) {
    return evaluate(replicate, arm, person, c, c.visits().stream().map(Visit::day).toList());
  }

  /**
   * The participant's endpoints. Binary endpoints follow intention to treat: a participant who died before a visit
   * (or before day 365) has not met that visit's (or the one-year) endpoints; continuous ones are missing after
   * death. An endpoint whose day lies past the protocol's follow-up, or at a visit the protocol does not have, is
   * missing for everyone.
   *
   * @param visitDays the protocol's visit days
   */
  public static ParticipantOutcome evaluate(int replicate, String arm, VirtualPerson person, ParticipantCourse c,
      List<Integer> visitDays) {
    Map<String, Boolean> bin = new LinkedHashMap<>();
    Map<String, Double> cont = new LinkedHashMap<>();
    Visit base = c.baseline();
    boolean primaryGlycaemia = false, allBelow7 = true, anyVisitInWindow = false, ever = false;
    for (Visit v : c.visits()) {
      if (v.day() >= 180 && v.day() <= 365) {
        anyVisitInWindow = true;
        if (v.hba1cPercent() < 7.0 || dropOfAtLeastOnePoint(base.hba1cPercent(), v.hba1cPercent())) primaryGlycaemia = true;
        if (v.hba1cPercent() >= 7.0) allBelow7 = false;
      }
      ever |= v.insulinIndependent();
    }
    // an endpoint whose reference day lies past the end of follow-up is not observable: it is left out (missing),
    // not scored as failed; n of its rows counts the participants who have it
    int followUp = c.insulinFree().length - 1;
    boolean oneYearFollowUp = followUp >= 365;
    boolean sheFree = c.severeHypoglycaemia(90, 365) == 0;
    // a death by day 365 is a non-responder (severe events are only counted while alive)
    boolean aliveAtOneYear = !c.died() || c.deathDay() > 365;
    // composite endpoints over days 90/180–365 (a death before day 365 fails them: non-responder)
    if (oneYearFollowUp) {
      bin.put(BinaryEndpoints.PRIMARY, anyVisitInWindow && sheFree && primaryGlycaemia && aliveAtOneYear);
      bin.put(BinaryEndpoints.SHE_FREE_D90_365, sheFree && aliveAtOneYear);
      bin.put(BinaryEndpoints.II_D180_365, anyVisitInWindow && allBelow7 && c.insulinFreeThroughout(180, 365));
    }
    bin.put(BinaryEndpoints.II_EVER, ever);
    int last = c.infusionDays().get(c.infusionDays().size() - 1);
    boolean oneYear = independentOn(c, last + 365);
    if (last + 365 <= followUp) bin.put(BinaryEndpoints.II_1Y_AFTER_LAST, oneYear);
    // Shapiro 2006: "5 of the 16 subjects who reached the primary end point remained insulin-independent at 2 years"
    // (all of the 5/36 still independent then): met at 1 year, no insulin on any day up to 2 years, HbA1c < 7%
    if (last + 730 <= followUp) {
      bin.put(BinaryEndpoints.II_2Y_AFTER_LAST,
          oneYear && c.insulinFreeThroughout(last + 365, last + 730) && independentOn(c, last + 730));
    }
    // per-visit endpoints at day 365: missing when the protocol has no such visit, not met when the participant died
    // before it
    Visit d365 = c.visit(365);
    boolean visit365 = visitDays.contains(365);
    if (visit365) bin.put(BinaryEndpoints.GRAFT_FUNCTION_D365, d365 != null && d365.peakCpeptidePmolL() >= GRAFT_FUNCTION_PMOL_L);
    // graft status 1 year after the last infusion: the MMTT of the last visit on or before that day (Shapiro 2006:
    // insulin independent / partial function / complete graft loss); not classified without such a visit after the
    // last infusion (e.g. died before); missing when follow-up ends before that day
    if (last + 365 <= followUp) {
      Visit status = lastVisitOnOrBefore(c, last + 365);
      boolean classified = status != null && status.day() > last && (c.deathDay() < 0 || c.deathDay() > last + 365);
      boolean functioning = classified && status.peakCpeptidePmolL() >= GRAFT_FUNCTION_PMOL_L;
      bin.put(BinaryEndpoints.PARTIAL_FUNCTION_1Y_AFTER_LAST, functioning && !oneYear);
      bin.put(BinaryEndpoints.GRAFT_LOST_1Y_AFTER_LAST, classified && !functioning);
    }
    String igls2018 = "", igls2 = "";
    if (d365 != null) {
      var i18 = Igls.igls2018(c, d365, person.severeEventsPriorYear());
      var tr = Igls.igls2Treatment(c, d365, person.severeEventsPriorYear());
      igls2018 = Igls.label(i18);
      igls2 = Igls.label(tr) + "/" + Igls.label(Igls.igls2Graft(d365));
      bin.put(BinaryEndpoints.IGLS2018_SUCCESS_D365, Igls.success(i18));
      bin.put(BinaryEndpoints.IGLS2_SUCCESS_D365, Igls.success(tr));
    } else if (visit365) {
      bin.put(BinaryEndpoints.IGLS2018_SUCCESS_D365, false);
      bin.put(BinaryEndpoints.IGLS2_SUCCESS_D365, false);
    }
    bin.put(BinaryEndpoints.ANY_SAE, c.events().stream().anyMatch(AdverseEvent::serious));
    bin.put(BinaryEndpoints.DIED, c.died());
    for (int day : visitDays) {
      if (day <= 0 || day > followUp) continue;
      Visit v = c.visit(day);
      bin.put("insulin_independent_d" + day, v != null && v.insulinIndependent()); // not reached: died before
    }
    for (Visit v : c.visits()) {
      String s = "_d" + v.day();
      cont.put("hba1c_pct" + s, v.hba1cPercent());
      cont.put("tir_pct" + s, v.tirPercent());
      cont.put("tbr70_pct" + s, v.tbr70Percent());
      cont.put("tbr54_pct" + s, v.tbr54Percent());
      cont.put("tar180_pct" + s, v.tar180Percent());
      cont.put("tar250_pct" + s, v.tar250Percent());
      cont.put("cv_pct" + s, v.cvPercent());
      cont.put("gmi_pct" + s, v.gmiPercent());
      cont.put("cpeptide_fasting_pmol_l" + s, v.fastingCpeptidePmolL());
      cont.put("cpeptide_peak_pmol_l" + s, v.peakCpeptidePmolL());
      cont.put("cpeptide_auc_pmol_l_min" + s, v.aucCpeptidePmolLMin());
      cont.put("insulin_u_kg_day" + s, v.insulinUPerKgDay());
      cont.put("insulin_dose_change_pct" + s, base.insulinUPerKgDay() > 0
          ? 100 * (v.insulinUPerKgDay() - base.insulinUPerKgDay()) / base.insulinUPerKgDay() : Double.NaN);
    }
    cont.put("she_count_d90_365", oneYearFollowUp ? (double) c.severeHypoglycaemia(90, 365) : Double.NaN);
    int failDay = c.visits().get(c.visits().size() - 1).day();
    boolean failed = false;
    for (Visit v : c.visits()) {
      if (v.day() >= 90 && v.peakCpeptidePmolL() < GRAFT_FUNCTION_PMOL_L) {
        failDay = v.day();
        failed = true;
        break;
      }
    }
    // duration of insulin independence: from the first day of the first run of INDEPENDENCE_RUN_DAYS insulin-free
    // days (an episode shorter than that is not independence) to the first day insulin is needed again (event), else
    // censored at the last day observed (the end of follow-up, or the day of death: the days after it are not "on
    // insulin")
    boolean[] free = c.insulinFree();
    int lastObserved = c.died() ? Math.min(c.deathDay(), free.length - 1) : free.length - 1;
    int start = -1, lostDay = -1, run = 0;
    for (int d = 0; d <= lastObserved; d++) {
      if (start < 0) {
        run = free[d] ? run + 1 : 0;
        if (run == INDEPENDENCE_RUN_DAYS) start = d - INDEPENDENCE_RUN_DAYS + 1;
      } else if (!free[d]) {
        lostDay = d;
        break;
      }
    }
    int iiDays = start < 0 ? -1 : (lostDay >= 0 ? lostDay : lastObserved) - start;
    return new ParticipantOutcome(replicate, arm, person, c, bin, cont, igls2018, igls2, failDay, failed, iiDays, lostDay >= 0);
  }

  /** Binary endpoints in the order they are written (then {@code insulin_independent_d<V>} by visit day). */
  static final List<String> BINARY_ORDER = List.of(BinaryEndpoints.PRIMARY, BinaryEndpoints.SHE_FREE_D90_365,
      BinaryEndpoints.II_D180_365, BinaryEndpoints.II_EVER, BinaryEndpoints.II_1Y_AFTER_LAST, BinaryEndpoints.II_2Y_AFTER_LAST,
      BinaryEndpoints.GRAFT_FUNCTION_D365, BinaryEndpoints.PARTIAL_FUNCTION_1Y_AFTER_LAST, BinaryEndpoints.GRAFT_LOST_1Y_AFTER_LAST,
      BinaryEndpoints.IGLS2018_SUCCESS_D365, BinaryEndpoints.IGLS2_SUCCESS_D365, BinaryEndpoints.ANY_SAE, BinaryEndpoints.DIED);

  /**
   * Sort key of an endpoint name in the rows of endpoints.csv, the same whichever participant has it first: binary
   * names in {@link #BINARY_ORDER} then per visit; continuous ones per visit day in {@link #VISIT_MEASURES} order,
   * then the others.
   */
  static long rank(String name) {
    int fixed = BINARY_ORDER.indexOf(name);
    if (fixed >= 0) return fixed;
    java.util.regex.Matcher m = VISIT_SUFFIX.matcher(name);
    if (m.matches()) {
      long day = Long.parseLong(m.group(2));
      if (m.group(1).equals("insulin_independent")) return 1_000 + day;
      int measure = VISIT_MEASURES.indexOf(m.group(1));
      if (measure >= 0) return 1_000_000 + day * 100 + measure;
    }
    return Long.MAX_VALUE / 2;
  }

  private static final java.util.regex.Pattern VISIT_SUFFIX = java.util.regex.Pattern.compile("(.+)_d(\\d{1,6})");

  /** Insulin-free days that make insulin independence (the trial's 14-day definition). */
  public static final int INDEPENDENCE_RUN_DAYS = 14;

  /**
   * HbA1c fell by at least one percentage point. Compared in tenths of a percent, the precision HbA1c is reported
   * in: as doubles, 8.1 − 7.1 is 0.9999999999999991, and a drop of exactly one point must count.
   */
  static boolean dropOfAtLeastOnePoint(double baselinePct, double visitPct) {
    return Math.round(baselinePct * 10) - Math.round(visitPct * 10) >= 10;
  }

  private static Visit lastVisitOnOrBefore(ParticipantCourse c, int day) {
    Visit last = null;
    for (Visit v : c.visits()) if (v.day() <= day) last = v;
    return last;
  }

  /**
   * Insulin free on the 14 days ending with {@code day} (days day−13 … day) and HbA1c &lt; 7% at the last visit on or
   * before it. (A visit's own flag looks at the 14 days before the visit day, V−14 … V−1: the visit day itself is
   * not yet lived when the patient is seen.)
   */
  private static boolean independentOn(ParticipantCourse c, int day) {
    if (!c.insulinFreeThroughout(Math.max(0, day - INDEPENDENCE_RUN_DAYS + 1), day)) return false; // false past the course's end too
    Visit last = lastVisitOnOrBefore(c, day);
    return last != null && last.day() > 0 && last.hba1cPercent() < 7.0;
  }

  public double value(String name) {
    return continuous.getOrDefault(name, Double.NaN);
  }

  /** Whether binary endpoint {@code name} was met; false also when it is missing (see {@link #has}). */
  public boolean met(String name) {
    return binary.getOrDefault(name, false);
  }

  /** Whether binary endpoint {@code name} was observed for this participant (missing: died before, or past follow-up). */
  public boolean has(String name) {
    return binary.containsKey(name);
  }

  /** 1 met, 0 not met, null missing (a participants-table cell). */
  public Long flagOrNull(String name) {
    Boolean b = binary.get(name);
    return b == null ? null : b ? 1L : 0L;
  }
}
