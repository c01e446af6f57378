package org.isletsim.candidacy.outcome;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.isletsim.candidacy.profile.Comorbidity;
import org.isletsim.candidacy.profile.Profile;
import org.isletsim.candidacy.sim.SimulatedCourse;
import org.isletsim.candidacy.sim.Strategy;
import org.isletsim.candidacy.twin.Conditioning;
import org.isletsim.candidacy.twin.Twin;
import org.isletsim.care.course.CourseRunner;
import org.isletsim.care.glycation.GlycationModel;
import org.isletsim.care.immuno.ImmunosuppressionCourse;
import org.isletsim.care.policy.CarePolicy;
import org.isletsim.graft.GraftCourse;
import org.isletsim.graft.GraftPlan;
import org.isletsim.graft.Infusion;
import org.isletsim.graft.ProductParameters;
import org.isletsim.random.RandomStreams;

/**
 * The cheap layer: turns the cached one-year physiology of each twin and strategy into outcomes over the horizon
 * for a set of {@link ModelInputs}, day by day, without simulating glucose again.
 *
 * <ul>
 *   <li><b>No graft:</b> the simulated window repeats (the care course is stationary after its run-in).
 *   <li><b>Graft, year 1:</b> the simulated physiology as it is.
 *   <li><b>Graft, years 2..H:</b> the graft module's {@link GraftCourse} of the twin is replayed from day 0 with the
 *       inputs it received in the physiology (so it continues from the same state), its attrition hazards scaled
 *       by {@code graftAttritionFactor}, and advanced daily with the previous day's mean glucose and the
 *       immunosuppression adequacy of the care module's {@link ImmunosuppressionCourse} (stopped 90 days after
 *       the graft stopped functioning, if {@code stopImmunosuppressionAfterGraftFailure}); insulin, glucose, TIR
 *       and the severe-event hazard of a day come from {@link GraftResponse}; HbA1c from the care module's
 *       {@link GlycationModel} fed with those daily means.
 *   <li><b>Severe events:</b> expected values: a day's hazard (Kovatchev's LBGI link, the day's awareness
 *       multiplier) × the twin's frailty × {@code severeHypoRateFactor}.
 *   <li><b>Immunosuppression:</b> expected serious infections, neutropenias, malignancies and deaths from the
 *       per-person-year rates (× comorbidity factors) while on immunosuppression; eGFR from the care module's
 *       course; procedure complications per infusion.
 *   <li><b>QALYs:</b> daily state utility (insulin-free with graft, graft function on insulin, on insulin; minus
 *       the impaired-awareness and advanced-kidney-disease decrements) minus one-off decrements per expected
 *       event, discounted continuously and weighted by survival on immunosuppression. Background mortality is the
 *       same under every strategy and left out.
 * </ul>
 */
public final class OutcomeModel {
  /** Days of sustained graft failure after which immunosuppression is stopped. */
  public static final int FAILURE_DAYS_BEFORE_STOP = 90;
  static final int TIR_WINDOW_DAYS = 28;

  private final Profile profile;
  private final List<Twin> twins;
  private final List<Strategy> strategies;
  private final List<List<SimulatedCourse>> courses;
  private final Conditioning conditioning;
  private final CarePolicy policy;
  private final int horizonYears;
  private final long seed;
  private final double[] fallbackStopBeta;
  private final GraftResponse[][] responses;

  public OutcomeModel(Profile profile, List<Twin> twins, List<Strategy> strategies, List<List<SimulatedCourse>> courses,
      Conditioning conditioning, CarePolicy policy, int horizonYears, long seed) {
    this.profile = profile;
    this.twins = twins;
    this.strategies = strategies;
    this.courses = courses;
    this.conditioning = conditioning;
    this.policy = policy;
    this.horizonYears = horizonYears;
    this.seed = seed;
    fallbackStopBeta = new double[strategies.size()];
    for (int s = 0; s < strategies.size(); s++) {
      if (!strategies.get(s).graft()) continue;
      List<Double> stops = new ArrayList<>();
      for (List<SimulatedCourse> row : courses) {
        double b = GraftResponse.ownStopBeta(row.get(s));
        if (!Double.isNaN(b)) stops.add(b);
      }
      stops.sort(null);
      // a twin that never went without insulin in year 1 does so later only above the other twins' median level
      fallbackStopBeta[s] = stops.isEmpty() ? Double.POSITIVE_INFINITY : stops.get(stops.size() / 2);
    }
    responses = new GraftResponse[twins.size()][strategies.size()];
    for (int s = 0; s < strategies.size(); s++) {
      if (!strategies.get(s).graft()) continue;
      final int strategy = s;
      double a = GraftResponse.hyperbolaMgDl(courses.stream().map(row -> row.get(strategy)).toList());
      for (int i = 0; i < twins.size(); i++) {
        responses[i][s] = new GraftResponse(courses.get(i).get(s), fallbackStopBeta[s], a);
      }
    }
  }

  public int horizonYears() {
    return horizonYears;
  }

  /** Outcomes of every twin (outer) under every strategy (inner). */
  public List<List<TwinOutcome>> evaluate(ModelInputs in) {
    int[] all = new int[strategies.size()];
    for (int s = 0; s < all.length; s++) all[s] = s;
    return evaluate(in, all);
  }

  /**
   * Outcomes of every twin under the strategies {@code which} (other entries are null). The day series (graft
   * course, insulin, glucose) depend only on the structural inputs and are cached, so varying a utility or a rate
   * costs one pass of accumulation.
   */
  public List<List<TwinOutcome>> evaluate(ModelInputs in, int[] which) {
    List<List<TwinOutcome>> out = new ArrayList<>(twins.size());
    List<List<DaySeries>> series = series(in.get("graftAttritionFactor"), in.flag("stopImmunosuppressionAfterGraftFailure"));
    for (int i = 0; i < twins.size(); i++) {
      TwinOutcome[] row = new TwinOutcome[strategies.size()];
      for (int s : which) row[s] = accumulate(in, i, s, series.get(i).get(s));
      out.add(java.util.Arrays.asList(row));
    }
    return out;
  }

  private final java.util.Map<String, List<List<DaySeries>>> seriesCache = new java.util.HashMap<>();

  private synchronized List<List<DaySeries>> series(double attrition, boolean stopIs) {
    return seriesCache.computeIfAbsent(attrition + "/" + stopIs, k -> {
      List<List<DaySeries>> all = new ArrayList<>();
      for (int i = 0; i < twins.size(); i++) {
        List<DaySeries> row = new ArrayList<>();
        for (int s = 0; s < strategies.size(); s++) row.add(series(i, s, attrition, stopIs));
        all.add(row);
      }
      return all;
    });
  }

  /**
   * What happens day by day to twin {@code i} under strategy {@code s} over the horizon, before any utility.
   *
   * @param free no exogenous insulin that day
   * @param function graft functioning (φβ at or above the level that first restored awareness)
   * @param immunosuppressed on immunosuppression that day
   * @param baseHazard severe-event hazard of the day before the awareness multiplier and frailty
   * @param tir TIR of the day
   * @param simulatedImpaired whether awareness was not (yet) restored by the graft: from the physiology in the
   *     simulated year, afterwards restored from the first day of graft function on (as the care course does)
   * @param hba1cAtPoints HbA1c at the trajectory's time points
   * @param betaEnd graft function at the horizon (NaN without graft)
   * @param stopDay day immunosuppression was stopped after graft failure (-1: never)
   */
  record DaySeries(boolean[] free, boolean[] function, boolean[] immunosuppressed, double[] baseHazard, double[] tir,
      boolean[] simulatedImpaired, double[] hba1cAtPoints, double betaEnd, int stopDay) {}

  private DaySeries series(int i, int s, double attrition, boolean stopIs) {
    Strategy strategy = strategies.get(s);
    SimulatedCourse c = courses.get(i).get(s);
    int days = horizonYears * 365, w = c.days();
    boolean[] free = new boolean[days], function = new boolean[days], on = new boolean[days], simImpaired = new boolean[days];
    double[] base = new double[days], tir = new double[days];
    double[] times = Trajectory.times(horizonYears);
    double[] hbPoints = new double[times.length];
    boolean is = strategy.immunosuppressed();
    // the immunosuppression course of the physiology (the same stream), replayed through the simulated year and
    // continued: the graft sees the same subtherapeutic episodes as in a longer simulation of this twin
    ImmunosuppressionCourse isCourse = null;
    double adequacyNext = 0; // adequacy of the day before, which is what the graft receives (as in CourseRunner)
    if (is && strategy.graft()) {
      isCourse = physiologyImmunosuppression(policy, seed, twins.get(i).id());
      for (int d = 0; d < w; d++) adequacyNext = isCourse.day(d, (type, detail) -> { });
    }
    GraftResponse response = strategy.graft() ? responses[i][s] : null;
    GraftCourse graftCourse = strategy.graft() ? replay(c, attrition, twins.get(i).id()) : null;
    GlycationModel glycation = null;
    if (strategy.graft()) {
      glycation = new GlycationModel();
      glycation.reset(SimulatedCourse.mean(c.meanGlucoseMgDl(), Math.max(0, w - 90), w));
    }
    double[] look = new double[3];
    double prevMean = c.meanGlucoseMgDl()[w - 1], beta = Double.NaN;
    boolean isOn = is, restored = c.awarenessRestoredDay() >= 0;
    int failureRun = 0, stopDay = -1, point = 0;
    boolean seen = false;
    // after the simulated year: insulin status decided at the end of each day for the next (the care course's rules)
    boolean freeNext = w > 0 && c.insulinU()[w - 1] == 0;
    int lastRestart = strategy.graft() ? GraftResponse.lastRestartDay(c) : -1; // first day back on insulin, or -1
    int replayDay = -1, runLength = 0; // the simulated insulin-free day being replayed, and the run's length so far
    CarePolicy.Titration titration = policy.titration();
    UniformRandomProvider rng = strategy.graft() ? RandomStreams.stream(seed, twins.get(i).id(), "replay-" + strategy.id()) : null;
    for (int d = 0; d < days; d++) {
      double hba1c;
      if (!strategy.graft()) {
        int k = d % w;
        tir[d] = c.tirPct()[k];
        base[d] = c.severeHazardBase()[k];
        hba1c = c.hba1cPct()[Math.min(d, w - 1)];
      } else if (d < w) {
        beta = c.graftBeta()[d];
        tir[d] = c.tirPct()[d];
        base[d] = c.severeHazardBase()[d];
        free[d] = c.insulinU()[d] == 0;
        function[d] = beta >= response.functionBeta;
        simImpaired[d] = c.impaired()[d];
        hba1c = c.hba1cPct()[d];
        // immunosuppression stops FAILURE_DAYS_BEFORE_STOP days after a graft that had functioned stops (also in the
        // simulated year; a graft that is still maturing is not counted as failed)
        seen |= function[d];
        if (isOn && stopIs && seen) {
          failureRun = function[d] ? 0 : failureRun + 1;
          if (failureRun >= FAILURE_DAYS_BEFORE_STOP) {
            isOn = false;
            stopDay = d;
          }
        }
      } else {
        beta = graftCourse.advanceDay(prevMean, isOn ? adequacyNext : 0).betaFraction();
        adequacyNext = isOn ? isCourse.day(d, (type, detail) -> { }) : 0;
        free[d] = freeNext; // as the end of the day before decided
        if (free[d] && response.hasFreeDays() && beta > 0) {
          replayDay = runLength < titration.reviewEveryDays() && replayDay >= 0 ? response.next(replayDay) : -1;
          if (replayDay < 0) {
            replayDay = response.runStart(beta, rng);
            runLength = 0;
          }
          runLength++;
          response.replay(replayDay, beta, look);
        } else {
          replayDay = -1;
          response.lookup(free[d], beta, look);
        }
        tir[d] = look[1];
        if (free[d]) {
          boolean restart = GraftResponse.restarts(titration, tir, d, look[0]);
          if (restart) lastRestart = d + 1;
          freeNext = !restart;
        } else {
          freeNext = response.stops(titration, d, beta, lastRestart);
        }
        base[d] = look[2];
        function[d] = beta >= response.functionBeta;
        restored |= function[d];
        // the care course keeps awareness once restored (CourseRunner): so does the extension
        simImpaired[d] = !restored;
        glycation.addDay(look[0]);
        hba1c = glycation.hba1cPct();
        prevMean = look[0];
        if (isOn && stopIs) {
          failureRun = function[d] ? 0 : failureRun + 1;
          if (failureRun >= FAILURE_DAYS_BEFORE_STOP) {
            isOn = false;
            stopDay = d;
          }
        }
      }
      on[d] = isOn;
      while (point < times.length && Trajectory.day(times[point]) == d) hbPoints[point++] = hba1c;
    }
    return new DaySeries(free, function, on, base, tir, simImpaired, hbPoints, strategy.graft() ? beta : Double.NaN, stopDay);
  }

  /**
   * The immunosuppression course the physiology gave this twin (CourseRunner's stream for the same seed and person),
   * from day 0: day(d) is the adequacy the graft receives on day d + 1.
   */
  static ImmunosuppressionCourse physiologyImmunosuppression(CarePolicy policy, long seed, String twinId) {
    return new ImmunosuppressionCourse(policy.immunosuppression(), true,
        RandomStreams.stream(seed, twinId, CourseRunner.IMMUNOSUPPRESSION_STREAM));
  }

  /** Utilities, expected events and QALYs of one twin and strategy over its day series. */
  private TwinOutcome accumulate(ModelInputs in, int i, int s, DaySeries ds) {
    Strategy strategy = strategies.get(s);
    SimulatedCourse c = courses.get(i).get(s);
    int days = horizonYears * 365, w = c.days();
    double frailty = conditioning.frailty()[i] * in.get("severeHypoRateFactor");
    boolean baselineImpaired = profile.awareness().impaired();
    boolean restores = in.flag("graftRestoresAwareness");
    double mImpaired = Conditioning.multiplier(true, policy), mAware = Conditioning.multiplier(false, policy);
    double uFree = in.get("utilityInsulinFreeGraft"), uPartial = in.get("utilityPartialGraft"),
        uInsulin = in.get("utilityOnInsulin"), iahDecrement = in.get("impairedAwarenessDecrement"),
        ckdDecrement = in.get("advancedKidneyDiseaseDecrement"), sheLoss = in.get("severeHypoDisutilityPerEvent"),
        minorLoss = in.get("minorComplicationDisutility"), majorLoss = in.get("majorComplicationDisutility"),
        procLoss = in.get("procedureComplicationDisutility");
    double infectionPerDay = in.get("seriousInfectionPerYear") * profile.factor(Comorbidity::infectionFactor) / 365.25;
    double malignancyPerDay = in.get("malignancyPerYear") * profile.factor(Comorbidity::malignancyFactor) / 365.25;
    double deathSurvivalPerDay = Math.exp(-in.get("deathPerYearOnImmunosuppression") * profile.factor(Comorbidity::deathFactor) / 365.25);
    double neutro1PerDay = in.get("neutropeniaPerYearFirstYear") / 365.25, neutroLPerDay = in.get("neutropeniaPerYearLater") / 365.25;
    double discPerDay = Math.pow(1 + in.get("discountRatePerYear"), -1 / 365.25);
    ImmunosuppressionCourse renal = strategy.immunosuppressed()
        ? new ImmunosuppressionCourse(isPolicy(in), true, null) : null;
    double procedureProb = 0;
    boolean[] infusionDay = new boolean[days];
    if (c.plan() != null) {
      boolean portal = c.plan().site().portalDelivery();
      procedureProb = (portal ? in.get("procedureComplicationProbPortal") : in.get("procedureComplicationProbOther"))
          * profile.factor(Comorbidity::procedureFactor);
      for (Infusion inf : c.plan().infusions()) if (inf.day() < days) infusionDay[inf.day()] = true;
    }
    double[] comp = new double[TwinOutcome.COMPONENTS.size()];
    double[] shePerYear = new double[horizonYears], tirPerYear = new double[horizonYears];
    boolean[] freeAtYearEnd = new boolean[horizonYears];
    double[] times = Trajectory.times(horizonYears);
    double[] trajTir = new double[times.length];
    double survival = 1, qaly = 0, disc = 1, infections = 0, neutropenias = 0, malignancies = 0, procedures = 0,
        isYears = 0, egfr = profile.egfrMlMin(), tirWindow = 0;
    int freeRun = 0, point = 0;
    for (int d = 0; d < days; d++) {
      boolean free = ds.free()[d], function = ds.function()[d], isOn = ds.immunosuppressed()[d];
      boolean impaired = !strategy.graft() ? baselineImpaired
          : d < w ? (restores ? ds.simulatedImpaired()[d] : baselineImpaired)
          : baselineImpaired && !(restores && !ds.simulatedImpaired()[d]);
      if (renal != null) egfr = renal.egfr(ds.stopDay() >= 0 ? Math.min(d, ds.stopDay()) : d);
      double stateU = (free ? uFree : strategy.graft() && function ? uPartial : uInsulin) - (impaired ? iahDecrement : 0);
      double kidney = egfr < 30 ? -ckdDecrement : 0;
      double events = ds.baseHazard()[d] * (impaired ? mImpaired : mAware) * frailty;
      double dayLoss = -sheLoss * events;
      double ae = 0, proc = 0; // per person alive
      if (isOn) {
        double neut = d < 365 ? neutro1PerDay : neutroLPerDay;
        neutropenias += neut * survival;
        infections += infectionPerDay * survival;
        malignancies += malignancyPerDay * survival;
        isYears += survival / 365.25;
        ae = -(minorLoss * neut + majorLoss * (infectionPerDay + malignancyPerDay));
      }
      if (infusionDay[d]) {
        procedures += procedureProb * survival;
        proc = -procLoss * procedureProb;
      }
      comp[0] += disc * stateU / 365.25;
      comp[1] += disc * dayLoss;
      comp[2] += disc * ae;
      comp[3] += disc * proc;
      comp[4] += disc * kidney / 365.25;
      qaly += disc * survival * ((stateU + kidney) / 365.25 + dayLoss + ae + proc);
      shePerYear[d / 365] += events * survival;
      double tir = ds.tir()[d];
      tirPerYear[d / 365] += tir / 365;
      freeRun = free ? freeRun + 1 : 0;
      if ((d + 1) % 365 == 0) freeAtYearEnd[d / 365] = strategy.graft() && freeRun >= 7;
      tirWindow += tir - (d >= TIR_WINDOW_DAYS ? ds.tir()[d - TIR_WINDOW_DAYS] : 0);
      while (point < times.length && Trajectory.day(times[point]) == d) {
        trajTir[point] = times[point] == 0
            ? SimulatedCourse.mean(c.tirPct(), 0, Math.min(TIR_WINDOW_DAYS, w))
            : tirWindow / Math.min(d + 1, TIR_WINDOW_DAYS);
        point++;
      }
      if (isOn) survival *= deathSurvivalPerDay;
      disc *= discPerDay;
    }
    // the additive components were accumulated without survival: mortality is what survival removes
    comp[5] = qaly - (comp[0] + comp[1] + comp[2] + comp[3] + comp[4]);
    return new TwinOutcome(qaly, comp, shePerYear, tirPerYear, freeAtYearEnd, ds.hba1cAtPoints().clone(), trajTir,
        infections, neutropenias, malignancies, procedures, 1 - survival, egfr, ds.betaEnd(), isYears);
  }

  /**
   * The twin's graft course replayed through the simulated year with the inputs it received (exact), its attrition
   * then scaled by {@code attritionFactor} for years 2..H (the simulated year is the physiology's, unscaled).
   */
  private GraftCourse replay(SimulatedCourse c, double attritionFactor, String twinId) {
    GraftCourse g = new GraftCourse(c.plan(), seed, twinId);
    for (int d = 0; d < c.days(); d++) {
      g.advanceDay(c.graftInputMeanGlucose()[d], Math.max(0, Math.min(1, c.graftInputAdequacy()[d])));
    }
    g.scaleAttrition(attritionFactor);
    return g;
  }

  private CarePolicy.Immunosuppression isPolicy(ModelInputs in) {
    CarePolicy.Immunosuppression i = policy.immunosuppression();
    return new CarePolicy.Immunosuppression("yes", i.induction(), i.maintenance(), -1, i.subtherapeuticEpisodesPerYear(),
        i.subtherapeuticDurationDays(), i.subtherapeuticAdequacy(), i.seriousInfectionPerYear(),
        i.neutropeniaPerYearFirstYear(), i.neutropeniaPerYearLater(), i.malignancyPerYear(), 0,
        profile.egfrMlMin(), in.get("egfrDeclineYear1MlMin"), i.egfrDeclinePerYearYears1to5(), i.egfrDeclinePerYearLater());
  }

}
