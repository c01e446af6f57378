package org.isletsim.candidacy.outcome;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.isletsim.candidacy.sim.SimulatedCourse;
import org.isletsim.care.course.CourseRunner;
import org.isletsim.care.policy.CarePolicy;

/**
 * What a twin's simulated graft year says about glycaemia at a given graft function φβ, for the years the physiology
 * does not simulate (docs/candidacy.md step 3, checked against five years of physiology in docs/VALIDATION.md
 * "Candidacy").
 *
 * <ul>
 *   <li><b>Insulin-free days</b> replay the twin's own simulated insulin-free days in runs of up to a review
 *       window: a run starts at one of the {@value #K} insulin-free days nearest in φβ (from day
 *       {@link #LATE_FROM_DAY} on where possible), chosen at random, and continues over the following
 *       insulin-free days. Each replayed day keeps its day-to-day variation but is moved to the current φβ along
 *       the hyperbola that insulin-free daily mean glucose follows in the physiology, g = c_twin + a/φβ
 *       ({@link #hyperbolaMgDl}), and its TIR moves with the glucose along {@link #tirAtMeanGlucosePct}. So
 *       glucose rises as the graft fails, below the range of φβ the first year showed, and single bad weeks occur.
 *   <li><b>Days on insulin</b> take the mean of the {@value #K} simulated days on insulin nearest in φβ.
 *   <li><b>Insulin status</b> follows the care course's clinician: restarts by its rules on the replayed days
 *       ({@link #restarts}), stops at reviews ({@link #stops}).
 *   <li>The graft counts as functioning while φβ is at or above the level at which its C-peptide first reached
 *       0.1 nmol/L ({@link #functionBeta}).
 * </ul>
 */
final class GraftResponse {
  /** Neighbours per lookup. */
  static final int K = 30;
  /**
   * Neighbours come from day {@value} on when there are enough: by then the clinician has weaned the dose to the
   * graft, which resembles the years after better than the first months on the full dose (checked against full
   * five-year physiology, docs/VALIDATION.md "Candidacy").
   */
  static final int LATE_FROM_DAY = 150;
  /**
   * Slope a of the insulin-free hyperbola g = c_twin + a/φβ when the twins' simulated years cannot estimate it
   * (fewer than {@value #MIN_DAYS_FOR_SLOPE} insulin-free days): 21 mg/dL, the fixed-effects fit over the
   * insulin-free days from day 150 of 40 five-year courses (the two example profiles, seeds 1 and 2; 20.4 over all
   * five years, 21.6 over days 150–364; docs/VALIDATION.md "Candidacy").
   */
  static final double DEFAULT_HYPERBOLA_MG_DL = 21;
  static final int MIN_DAYS_FOR_SLOPE = 200;
  /**
   * Mean TIR (%) of insulin-free days against their mean glucose (mg/dL) at {@link #CURVE_GLUCOSE_MG_DL}: pooled
   * over the same 40 five-year courses (30,971 days from day 150; 10-mg/dL bins, made monotone; the two highest bins
   * hold 14 and 3 days; 0 from 210 on). Linear in between, flat below the first point.
   */
  static final double[] CURVE_GLUCOSE_MG_DL = {100, 110, 120, 130, 140, 150, 160, 170, 180, 190, 200, 210};
  static final double[] CURVE_TIR_PCT = {99.1, 97.7, 95.3, 91.7, 88.0, 83.7, 79.0, 74.1, 64.0, 47.1, 22.4, 0};

  private final SimulatedCourse c;
  private final double[] freeBeta, insulinBeta;
  private final int[] freeDays, insulinDays;
  private final double hyperbolaMgDl;
  final double stopBeta, functionBeta;

  /**
   * @param c the twin's simulated graft year
   * @param fallbackStopBeta stop level for a twin that never went without insulin in its simulated year
   * @param hyperbolaMgDl slope a of g = c_twin + a/φβ on insulin-free days ({@link #hyperbolaMgDl(List)})
   */
  GraftResponse(SimulatedCourse c, double fallbackStopBeta, double hyperbolaMgDl) {
    this.c = c;
    this.hyperbolaMgDl = hyperbolaMgDl;
    Integer[] free = days(c, true, LATE_FROM_DAY);
    Integer[] ins = days(c, false, LATE_FROM_DAY);
    java.util.Comparator<Integer> byBeta = java.util.Comparator.comparingDouble(d -> c.graftBeta()[d]);
    Arrays.sort(free, byBeta);
    Arrays.sort(ins, byBeta);
    freeDays = Arrays.stream(free).mapToInt(Integer::intValue).toArray();
    insulinDays = Arrays.stream(ins).mapToInt(Integer::intValue).toArray();
    freeBeta = Arrays.stream(freeDays).mapToDouble(d -> c.graftBeta()[d]).toArray();
    insulinBeta = Arrays.stream(insulinDays).mapToDouble(d -> c.graftBeta()[d]).toArray();
    int first = c.firstInsulinFreeDay();
    stopBeta = first >= 0 ? c.graftBeta()[first] : fallbackStopBeta;
    functionBeta = c.functionBeta();
  }

  /** Days of one kind from day {@code from} on, or from day 0 if fewer than K. */
  private static Integer[] days(SimulatedCourse c, boolean free, int from) {
    Integer[] late = java.util.stream.IntStream.range(from, c.days()).filter(d -> isFree(c, d) == free).boxed().toArray(Integer[]::new);
    if (late.length >= K || from == 0) return late;
    return java.util.stream.IntStream.range(0, c.days()).filter(d -> isFree(c, d) == free).boxed().toArray(Integer[]::new);
  }

  private static boolean isFree(SimulatedCourse c, int d) {
    return c.insulinU()[d] == 0 && c.graftBeta()[d] > 0;
  }

  /**
   * The slope a of g = c_twin + a/φβ over the insulin-free days (from day {@value #LATE_FROM_DAY}) of these
   * simulated graft years, by least squares within each twin (fixed effects c_twin); {@link
   * #DEFAULT_HYPERBOLA_MG_DL} when there are fewer than {@value #MIN_DAYS_FOR_SLOPE} such days or the fit is not
   * positive.
   */
  static double hyperbolaMgDl(List<SimulatedCourse> courses) {
    double sxy = 0, sxx = 0;
    int n = 0;
    for (SimulatedCourse c : courses) {
      double sx = 0, sy = 0;
      int m = 0;
      for (int d = LATE_FROM_DAY; d < c.days(); d++) {
        if (!isFree(c, d)) continue;
        sx += 1 / c.graftBeta()[d];
        sy += c.meanGlucoseMgDl()[d];
        m++;
      }
      if (m < 2) continue;
      double mx = sx / m, my = sy / m;
      for (int d = LATE_FROM_DAY; d < c.days(); d++) {
        if (!isFree(c, d)) continue;
        double x = 1 / c.graftBeta()[d] - mx;
        sxy += x * (c.meanGlucoseMgDl()[d] - my);
        sxx += x * x;
      }
      n += m;
    }
    double a = sxx > 0 ? sxy / sxx : Double.NaN;
    return n >= MIN_DAYS_FOR_SLOPE && a > 0 ? a : DEFAULT_HYPERBOLA_MG_DL;
  }

  /** Pooled TIR of an insulin-free day with this mean glucose ({@link #CURVE_TIR_PCT}), %. */
  static double tirAtMeanGlucosePct(double g) {
    double[] x = CURVE_GLUCOSE_MG_DL, y = CURVE_TIR_PCT;
    if (g <= x[0]) return y[0];
    if (g >= x[x.length - 1]) return y[y.length - 1];
    int i = 1;
    while (x[i] < g) i++;
    return y[i - 1] + (y[i] - y[i - 1]) * (g - x[i - 1]) / (x[i] - x[i - 1]);
  }

  /** Whether the simulated year has insulin-free days to replay. */
  boolean hasFreeDays() {
    return freeDays.length > 0;
  }

  /** A simulated insulin-free day to start a replayed run at: one of the K nearest to {@code beta}, at random. */
  int runStart(double beta, UniformRandomProvider rng) {
    return freeDays[nearest(freeBeta, beta) + rng.nextInt(Math.min(K, freeBeta.length))];
  }

  /** First index of the min(K, length) values of the sorted {@code b} nearest to {@code beta}; ties go to the lower. */
  private static int nearest(double[] b, double beta) {
    int hi = Arrays.binarySearch(b, beta);
    if (hi < 0) hi = -hi - 1;
    int lo = hi - 1, k = Math.min(K, b.length);
    for (int j = 0; j < k; j++) { // the k nearest are b[lo + 1 .. hi - 1]
      if (lo < 0) hi++;
      else if (hi >= b.length || beta - b[lo] <= b[hi] - beta) lo--;
      else hi++;
    }
    return lo + 1;
  }

  /** The simulated day after {@code day} if it is insulin-free too (the run goes on), else -1. */
  int next(int day) {
    int d = day + 1;
    return d < c.days() && isFree(c, d) ? d : -1;
  }

  /**
   * Simulated insulin-free day {@code day} replayed at graft function {@code beta}: mean glucose, TIR and base severe
   * hazard into {@code out[0..2]}.
   */
  void replay(int day, double beta, double[] out) {
    double g0 = c.meanGlucoseMgDl()[day];
    double g = g0 + hyperbolaMgDl * (1 / beta - 1 / c.graftBeta()[day]);
    double tir = c.tirPct()[day] + tirAtMeanGlucosePct(g) - tirAtMeanGlucosePct(g0);
    out[0] = g;
    out[1] = Math.max(0, Math.min(100, tir));
    out[2] = c.severeHazardBase()[day];
  }

  /**
   * Days on insulin after a restart before the outcome layer lets the clinician stop it again: 84 (12 weekly
   * reviews). In the physiology the clinician weans the restarted dose (10% a week while the week is in range) and
   * stops it once it is small; in 40 five-year courses 28 of 64 restarts were followed by a stop, after a median
   * of 87.5 days (63–147; docs/VALIDATION.md "Candidacy").
   */
  static final int WEANING_DAYS_AFTER_RESTART = 84;

  /**
   * Whether the clinician's weekly review falls at the end of day {@code d}: the care course reviews every
   * {@code reviewEveryDays} days counted from the start of its run-in ({@link CourseRunner#RUN_IN_DAYS} days before
   * day 0).
   */
  static boolean reviewDay(CarePolicy.Titration t, int d) {
    return Math.floorMod(d + 1 + CourseRunner.RUN_IN_DAYS, t.reviewEveryDays()) == 0;
  }

  /**
   * The care course's restart rules (CourseRunner, ClinicianReview) applied to an insulin-free day {@code d} of the
   * outcome layer: the daily safety check (the day's mean above the urgent threshold) and, at a review
   * ({@link #reviewDay}), the TIR of the days since the review before below the restart threshold. The course reads
   * both from the CGM; the outcome layer has the day's true glucose, whose TIR is 1–3 points higher near the
   * threshold, so its restarts come a little later (docs/VALIDATION.md "Candidacy"). The restart rule on time
   * 70–140 mg/dL is not applied here.
   *
   * @param tir daily TIR up to and including day {@code d}, %
   */
  static boolean restarts(CarePolicy.Titration t, double[] tir, int d, double dayMeanMgDl) {
    if (dayMeanMgDl > t.urgentRestartIfDayMeanMgdlAbove()) return true;
    return reviewDay(t, d)
        && SimulatedCourse.mean(tir, Math.max(0, d + 1 - t.reviewEveryDays()), d + 1) < t.restartIfTir70to180PctBelow();
  }

  /**
   * Whether a twin on insulin on day {@code d} goes without it from the next day: only at a review, as in the care
   * course. Before any restart, once φβ has reached the level at which this twin first went without insulin (a graft
   * still maturing, or a twin that never went without insulin in its simulated year and the other twins' median
   * level); after a restart, once the clinician has had {@value #WEANING_DAYS_AFTER_RESTART} days to wean the dose
   * and the twin's insulin-free days, moved to the current φβ, would meet the stop rule's TIR on average.
   *
   * @param lastRestart first day back on insulin after the last restart (-1: none)
   */
  boolean stops(CarePolicy.Titration t, int d, double beta, int lastRestart) {
    if (!reviewDay(t, d)) return false;
    if (lastRestart < 0) return beta >= stopBeta;
    return d + 1 - lastRestart >= WEANING_DAYS_AFTER_RESTART && freeDays.length > 0 && beta > 0
        && expectedFreeTirPct(beta) >= t.stopIfTirPctAtLeast();
  }

  /** Mean TIR of the {@value #K} simulated insulin-free days nearest to {@code beta}, each moved to {@code beta}. */
  double expectedFreeTirPct(double beta) {
    int lo = nearest(freeBeta, beta), k = Math.min(K, freeBeta.length);
    double[] out = new double[3];
    double sum = 0;
    for (int j = lo; j < lo + k; j++) {
      replay(freeDays[j], beta, out);
      sum += out[1];
    }
    return sum / k;
  }

  /** The first simulated day back on insulin after the simulated year's last insulin-free day (-1: none). */
  static int lastRestartDay(SimulatedCourse c) {
    for (int d = c.days() - 1; d > 0; d--) {
      if (c.insulinU()[d] > 0 && c.insulinU()[d - 1] == 0) return d;
    }
    return -1;
  }

  /** The level at which this twin first went without insulin (NaN if never). */
  static double ownStopBeta(SimulatedCourse c) {
    int first = c.firstInsulinFreeDay();
    return first >= 0 ? c.graftBeta()[first] : Double.NaN;
  }

  /**
   * Mean glucose, TIR and base severe hazard (into {@code out[0..2]}) of the k simulated days nearest to
   * {@code beta} among insulin-free days ({@code free}) or days on insulin; falls back to the other kind of day
   * when there is none of the requested kind.
   */
  void lookup(boolean free, double beta, double[] out) {
    double[] b = free && freeBeta.length > 0 || insulinBeta.length == 0 ? freeBeta : insulinBeta;
    int[] days = b == freeBeta ? freeDays : insulinDays;
    int lo = nearest(b, beta), k = Math.min(K, b.length);
    double g = 0, t = 0, h = 0;
    for (int j = lo; j < lo + k; j++) {
      int d = days[j];
      g += c.meanGlucoseMgDl()[d];
      t += c.tirPct()[d];
      h += c.severeHazardBase()[d];
    }
    out[0] = g / k;
    out[1] = t / k;
    out[2] = h / k;
  }
}
