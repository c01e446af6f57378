package org.isletsim.care.course;

import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.isletsim.care.glycation.GlycationModel;
import org.isletsim.care.glycation.LabNoise;
import org.isletsim.care.graft.RecipientGraft;
import org.isletsim.care.hypo.GlycaemicRisk;
import org.isletsim.care.hypo.SevereHypoModel;
import org.isletsim.care.immuno.ImmunosuppressionCourse;
import org.isletsim.care.life.DailyLife;
import org.isletsim.care.policy.CarePolicy;
import org.isletsim.care.regimen.ClinicianReview;
import org.isletsim.care.regimen.InsulinRegimen;
import org.isletsim.control.InsulinCommand;
import org.isletsim.control.Observation;
import org.isletsim.device.CgmSensor;
import org.isletsim.device.SensorParameters;
import org.isletsim.physiology.PatientParameters;
import org.isletsim.physiology.PatientModel;
import org.isletsim.random.RandomStreams;
import org.isletsim.scenario.RandomMeals;
import org.isletsim.simulation.MinuteSink;

/**
 * One virtual person over months or years, streamed: the engine's one-minute physiology with the care layers
 * around it. Every control period (the CGM's sample time) the insulin regimen decides from the CGM and the
 * carbohydrate the person announced (after counting errors and missed boluses); every minute the person eats,
 * treats noticed lows with rescue carbohydrate, receives pump or pen insulin plus graft secretion, and the
 * physiology steps with the day's insulin sensitivity and exercise. The physiology comes from the
 * {@link RecipientGraft}: the engine's T1D patient without graft, or the graft module's endocrine recipient whose
 * graft secretes portally; with a graft, the graft's slow process advances at the start of every recorded day
 * with the previous day's mean glucose and immunosuppression adequacy. Every day the summary, severe hypoglycaemic
 * events, immunosuppression events and HbA1c are produced; every review period the clinician titrates; every
 * visit an HbA1c draw (with lab noise), a GMI from the CGM window and a fasting glucose are recorded.
 *
 * <p>A 56-day run-in (no output; the clinician's weekly reviews are on) settles the person from the model's basal
 * state into their regimen and sets the HbA1c steady state from its mean glucose. Memory does not grow with the course length:
 * only counters for the current day, review window and CGM window are kept. Randomness comes from one stream
 * per purpose ({@code meals}, {@code cgm}, {@code life}, {@code bolus}, {@code hypo}, {@code she},
 * {@code immuno}, {@code lab}, {@code lab-glucose}) of {@code (seed, patient)}.
 */
public final class CourseRunner {
  /** Days simulated before day 0 (clinician reviews active, no output). */
  public static final int RUN_IN_DAYS = 56;
  /**
   * Purpose of the person's immunosuppression random stream ({@code RandomStreams.stream(seed, id, purpose)}): the
   * candidacy's outcome layer continues the same course after the simulated window.
   */
  public static final String IMMUNOSUPPRESSION_STREAM = "immuno";
  /** HbA1c starts at the steady state of the first half of the run-in and follows the second half. */
  private static final int GLYCATION_FROM_DAY = -RUN_IN_DAYS / 2;
  private static final long RUN_IN_MIN = RUN_IN_DAYS * 1440L;
  private static final int DAY = 1440;
  /**
   * S2008 has no glucagon, so nothing stops a fall in glucose except food. Below this glucose the course adds
   * {@link #FLOOR_RESCUE_G} g (counter-regulation, waking, or third-party treatment) at most every 30 minutes,
   * so a course never reaches physiologically impossible values; such days have a high LBGI and so a high
   * severe-event hazard.
   */
  static final double FLOOR_MGDL = 40, FLOOR_RESCUE_G = 20;
  /** Minute of the day of the fasting sample (06:00); taken earlier, before breakfast, on days breakfast comes first. */
  static final int FASTING_SAMPLE_MIN = 360;
  /** Time stamp of day-level events whose time of day is not modelled (immunosuppression, death): the day's close. */
  static final int DAY_LEVEL_EVENT_MIN = 23 * 60 + 56;

  private final PatientParameters params;
  private final String personId;
  private final CarePolicy policy;
  private final RecipientGraft graft;
  private final long seed;
  private final boolean immunosuppressed;
  private MinuteSink trace;
  private CgmSampleSink cgmSamples;

  public CourseRunner(PatientParameters params, CarePolicy policy, RecipientGraft graft, long seed) {
    this(params, params.name(), policy, graft, seed);
  }

  /**
   * A course for a person built on a catalogue parameter set; {@code personId} names the person's random streams
   * (e.g. {@code adult#001/r7} for the 7th replicate of that parameter set in a population).
   */
  public CourseRunner(PatientParameters params, String personId, CarePolicy policy, RecipientGraft graft, long seed) {
    this.params = params;
    this.personId = personId;
    this.policy = policy;
    this.graft = graft;
    this.seed = seed;
    String en = policy.immunosuppression().enabled();
    this.immunosuppressed = "yes".equals(en) || ("auto".equals(en) && graft.secretes());
  }

  /** Also feeds every minute of the course (not the run-in) to {@code sink} (GLUCOSE detail at most). */
  public CourseRunner withTrace(MinuteSink sink) {
    this.trace = sink;
    return this;
  }

  /**
   * Also feeds every CGM sample of the course and of the run-in (negative days) to {@code sink}: a study's CGM
   * window before a day-0 visit lies in the run-in.
   */
  public CourseRunner withCgmSamples(CgmSampleSink sink) {
    this.cgmSamples = sink;
    return this;
  }

  /** Receives CGM readings as they are sampled. */
  @FunctionalInterface
  public interface CgmSampleSink {
    /**
     * @param day course day (negative in the run-in)
     * @param minuteOfDay minute of the day at which the reading is taken (1–1440; 1440 = the next midnight)
     * @param readingMgDl the CGM reading, mg/dL
     */
    void sample(int day, int minuteOfDay, double readingMgDl);
  }

  /** Simulates {@code days} days, streaming to {@code out}. */
  public CourseResult run(int days, CourseOutput out) {
    if (days < 1) throw new IllegalArgumentException("days must be >= 1");
    String id = personId;
    PatientModel patient = graft.physiology(params, id, seed);
    patient.setGlucoseFloorRecovery(true); // no freezing at the model's zero-glucose trap over months (UvaPadovaModel)
    SensorParameters sp = SensorParameters.named(policy.life().cgm());
    CgmSensor cgm = CgmSensor.noisy(sp, RandomStreams.stream(seed, id, "cgm"));
    RandomMeals meals = new RandomMeals(RandomStreams.stream(seed, id, "meals"), 0, RandomMeals.REFERENCE);
    DailyLife life = new DailyLife(policy.life(), RandomStreams.stream(seed, id, "life"));
    UniformRandomProvider bolusRng = RandomStreams.stream(seed, id, "bolus");
    ContinuousSampler bolusNormal = RandomStreams.standardNormal(bolusRng);
    UniformRandomProvider hypoRng = RandomStreams.stream(seed, id, "hypo");
    CarePolicy.Hypoglycaemia hp = policy.hypoglycaemia();
    boolean impaired = "impaired".equals(hp.awareness());
    boolean awarenessRestored = false;
    boolean graftSeen = false; // fasting C-peptide has shown graft function on some day
    double symptomMgDl = impaired ? hp.symptomThresholdImpairedMgdl() : hp.symptomThresholdAwareMgdl();
    double noticeProb = impaired ? hp.noticeProbImpaired() : hp.noticeProbAware();
    SevereHypoModel she = new SevereHypoModel(
        impaired ? hp.rateMultiplierImpaired() : hp.rateMultiplierAware(), RandomStreams.stream(seed, id, "she"));
    ImmunosuppressionCourse is = new ImmunosuppressionCourse(
        policy.immunosuppression(), immunosuppressed, RandomStreams.stream(seed, id, IMMUNOSUPPRESSION_STREAM));
    LabNoise lab = new LabNoise(policy.visits().hba1cLabCv(), 0.1, RandomStreams.stream(seed, id, "lab"));
    LabNoise glucoseLab = new LabNoise(0.02, 1, RandomStreams.stream(seed, id, "lab-glucose"));
    InsulinRegimen regimen = new InsulinRegimen(params, policy.regimen());
    ClinicianReview clinician = new ClinicianReview(policy.titration());
    CarePolicy.Regimen rp = policy.regimen();
    GlycationModel glycation = new GlycationModel();
    CarePolicy.Visits vp = policy.visits();

    // review-window CGM counters and visit-window ring of daily CGM sums
    ReviewWindow rv = new ReviewWindow();
    int win = vp.cgmWindowDays();
    double[] winSum = new double[win];
    long[] winN = new long[win], winTir = new long[win];

    regimen.reset();
    DayEvents dayEvents = new DayEvents();
    MinuteLoop ml = new MinuteLoop(patient, cgm, meals, life, bolusRng, bolusNormal, hypoRng, hp, rp, regimen, rv,
        symptomMgDl, noticeProb);
    double previousMean = Double.NaN;
    double weanCpeptidePmolL = policy.titration().weanIfFastingCpeptideNmolLAtLeast() * 1000;

    int sheTotal = 0, sheAfter90 = 0, insulinFree = 0, firstStop = -1, simulated = 0;
    double sumGlucose = 0, sumTir = 0, sumTbr54 = 0, sumInsulin = 0, hbStart = Double.NaN, hbEnd = Double.NaN;
    double adequacy = immunosuppressed ? 1 : 0;

    for (int d = -RUN_IN_DAYS; d < days; d++) {
      boolean recording = d >= 0;
      life.nextDay();
      double mass = 0;
      if (recording) mass = graft.advanceDay(d, previousMean, adequacy);
      final int day = d;
      ml.day(d, recording, trace, cgmSamples);
      double gSum = ml.gSum, lbgiSum = ml.lbgiSum, insulinU = ml.insulinU, carbs = ml.carbs, nadir = ml.nadir;
      int nadirMin = ml.nadirMin, n54 = ml.n54, n70 = ml.n70, nTir = ml.nTir, n180 = ml.n180;
      boolean missedToday = ml.missedToday, overToday = ml.overToday, rescueToday = ml.rescueToday;
      double fastingMgDl = ml.fastingMgDl, fastingCpeptide = ml.fastingCpeptide;
      double dayCgmSum = ml.dayCgmSum;
      long dayCgmN = ml.dayCgmN, dayCgmTir = ml.dayCgmTir;
      // day done: HbA1c; in the run-in only the clinician's review follows
      double mean = gSum / DAY;
      previousMean = mean;
      if (d == GLYCATION_FROM_DAY - 1) glycation.reset(ml.runInSum / ((long) (RUN_IN_DAYS + d + 1) * DAY));
      else if (d >= GLYCATION_FROM_DAY) glycation.addDay(mean);
      int slot = (d + RUN_IN_DAYS) % win;
      winSum[slot] = dayCgmSum;
      winN[slot] = dayCgmN;
      winTir[slot] = dayCgmTir;
      if (!recording) {
        urgentCheck(d, dayCgmSum, dayCgmN, rv, regimen, clinician, dayEvents);
        review(d, false, rv, insulinU, false, regimen, clinician, dayEvents);
        continue;
      }
      // severe hypoglycaemia, immunosuppression, summary
      double lbgi = lbgiSum / DAY;
      // with graft function, the hazard follows the exogenous insulin still given (policy flag; docs/care.md)
      double exposure = graftSeen && hp.severeRiskScaledByInsulinWithGraft()
          ? (regimen.isOn() ? Math.max(0, Math.min(1, regimen.doseFrac())) : 0) : 1;
      int events = she.sampleDay(lbgi, nadir, exposure);
      for (int k = 0; k < events; k++) {
        StringBuilder cause = new StringBuilder();
        cause.append(String.format(Locale.ROOT, "nadir %.0f mg/dL; LBGI %.2f; awareness %s", nadir, lbgi,
            awarenessRestored ? "restored" : hp.awareness()));
        if (nadirMin < 360) cause.append("; nocturnal");
        if (overToday) cause.append("; over-estimated meal bolus");
        if (life.exercises()) cause.append("; exercise day");
        if (life.ill()) cause.append("; illness");
        if (missedToday) cause.append("; missed bolus earlier that day");
        if (rescueToday) cause.append("; self-treated lows that day");
        dayEvents.add(new CareEvent(d, nadirMin, "severe_hypoglycaemia", cause.toString()));
      }
      adequacy = is.day(d, (type, detail) -> dayEvents.add(new CareEvent(day, DAY_LEVEL_EVENT_MIN, type, detail)));
      double hb = glycation.hba1cPct();
      if (d == 0) hbStart = hb;
      hbEnd = hb;
      out.day(new DailySummary(
          d, mean, 100.0 * nTir / DAY, 100.0 * n54 / DAY, 100.0 * n70 / DAY, 100.0 * n180 / DAY, lbgi, insulinU, carbs,
          events, mass, regimen.isOn() ? regimen.doseFrac() : 0, hb, is.egfr(d), adequacy, life.dayFactor(), exposure));
      simulated++;
      sheTotal += events;
      if (d >= 90) sheAfter90 += events;
      sumGlucose += mean;
      sumTir += 100.0 * nTir / DAY;
      sumTbr54 += 100.0 * n54 / DAY;
      sumInsulin += insulinU;
      if (insulinU == 0) insulinFree++;

      if (d % vp.everyDays() == 0) {
        double s = 0;
        long n = 0, tir = 0;
        for (int i = 0; i < win; i++) {
          s += winSum[i];
          n += winN[i];
          tir += winTir[i];
        }
        double cgmMean = s / Math.max(1, n);
        dayEvents.add(new CareEvent(d, 8 * 60, "visit", String.format(Locale.ROOT,
            "hba1c_pct=%.1f; gmi_pct=%.2f; cgm_mean_mgdl=%.0f; cgm_tir_pct=%.1f; cgm_days=%d; fasting_glucose_mgdl=%.0f; egfr=%.0f",
            lab.measure(hb), GlycationModel.gmiPct(cgmMean), cgmMean, 100.0 * tir / Math.max(1, n), win,
            glucoseLab.measure(fastingMgDl), is.egfr(d))
            + (Double.isNaN(fastingCpeptide) ? "" : String.format(Locale.ROOT, "; fasting_cpeptide_nmoll=%.3f", fastingCpeptide / 1000))));
      }

      if (is.dead()) { // death closes the day (23:56): no awareness, urgent or review decisions after it
        dayEvents.flushTo(out);
        break;
      }
      boolean graftFunction = fastingCpeptide >= weanCpeptidePmolL; // false without C-peptide (NaN)
      graftSeen |= graftFunction;
      if (graftFunction && impaired && hp.awarenessRestoredByGraft() && !awarenessRestored) {
        awarenessRestored = true; // from the next day: the aware thresholds, noticing and severe-event link
        ml.symptomMgDl = hp.symptomThresholdAwareMgdl();
        ml.noticeProb = hp.noticeProbAware();
        she.setAwarenessMultiplier(hp.rateMultiplierAware());
        dayEvents.add(new CareEvent(d, 23 * 60 + 57, "awareness_restored", String.format(Locale.ROOT,
            "fasting C-peptide %.3f nmol/L shows graft function", fastingCpeptide / 1000)));
      }
      // the urgent check closes the day, after its summary (an insulin restart takes effect from the next day)
      urgentCheck(d, dayCgmSum, dayCgmN, rv, regimen, clinician, dayEvents);
      int stop = review(d, true, rv, insulinU, graftFunction, regimen, clinician, dayEvents);
      if (stop >= 0 && firstStop < 0) firstStop = stop;
      dayEvents.flushTo(out);
    }
    return new CourseResult(id, simulated, sheTotal, sheAfter90, sumGlucose / simulated, sumTir / simulated,
        sumTbr54 / simulated, hbStart, hbEnd, sumInsulin / simulated, insulinFree, firstStop);
  }

  /**
   * The minutes of one day: what the person eats, the regimen's decisions every control period, noticed lows and
   * rescue carbohydrate, the physiology's steps, the CGM, and the day's accumulators. A method of its own (rather
   * than the inner loop of {@link #run}) so that the JIT compiles this hot loop quickly and on its own: as the inner
   * loop of {@code run}, C2 compiled the whole course method four times in a 5-replicate trial, 3–5 s each
   * (docs/PERFORMANCE.md). State carried from day to day lives in the fields; the loop works on local copies.
   */
  private static final class MinuteLoop {
    private final PatientModel patient;
    private final CgmSensor cgm;
    private final int period;
    private final RandomMeals meals;
    private final DailyLife life;
    private final UniformRandomProvider bolusRng, hypoRng;
    private final ContinuousSampler bolusNormal;
    private final CarePolicy.Hypoglycaemia hp;
    private final CarePolicy.Regimen rp;
    private final InsulinRegimen regimen;
    private final ReviewWindow rv;

    // carried from day to day
    double symptomMgDl, noticeProb; // awareness thresholds (a graft may restore awareness)
    double runInSum; // true glucose summed over the run-in's minutes
    private long t; // minutes since the start of the run-in
    private int periodPhase; // t mod period, kept as a counter (no division every minute)
    private double gNow;
    // the last period's observation, kept as values and built where the regimen takes it (no allocation per period)
    private double obsCgm, obsCho;
    private long obsT;
    private int obsMinute;
    private InsulinCommand cmd = InsulinCommand.NONE;
    private double announcedForController, cgmPeriodSum;
    private long nextHypoCheck, nextFloorRescue;

    // the day's results (true glucose every minute; CGM at its samples)
    double gSum, lbgiSum, insulinU, carbs, nadir, fastingMgDl, fastingCpeptide, dayCgmSum;
    int nadirMin, n54, n70, nTir, n180;
    boolean missedToday, overToday, rescueToday;
    long dayCgmN, dayCgmTir;

    MinuteLoop(PatientModel patient, CgmSensor cgm, RandomMeals meals, DailyLife life, UniformRandomProvider bolusRng,
        ContinuousSampler bolusNormal, UniformRandomProvider hypoRng, CarePolicy.Hypoglycaemia hp, CarePolicy.Regimen rp,
        InsulinRegimen regimen, ReviewWindow rv, double symptomMgDl, double noticeProb) {
      this.patient = patient;
      this.cgm = cgm;
      this.period = cgm.sampleTimeMin();
      this.meals = meals;
      this.life = life;
      this.bolusRng = bolusRng;
      this.bolusNormal = bolusNormal;
      this.hypoRng = hypoRng;
      this.hp = hp;
      this.rp = rp;
      this.regimen = regimen;
      this.rv = rv;
      this.symptomMgDl = symptomMgDl;
      this.noticeProb = noticeProb;
      this.gNow = patient.glucoseMgDl();
      this.obsCgm = cgm.measure(gNow);
    }

    /** Simulates the 1440 minutes of course day {@code d} (negative in the run-in). */
    void day(int d, boolean recording, MinuteSink trace, CgmSampleSink cgmSamples) {
      final PatientModel patient = this.patient;
      final CgmSensor cgm = this.cgm;
      final int period = this.period;
      final RandomMeals meals = this.meals;
      final DailyLife life = this.life;
      final UniformRandomProvider bolusRng = this.bolusRng, hypoRng = this.hypoRng;
      final ContinuousSampler bolusNormal = this.bolusNormal;
      final CarePolicy.Hypoglycaemia hp = this.hp;
      final CarePolicy.Regimen rp = this.rp;
      final InsulinRegimen regimen = this.regimen;
      final ReviewWindow rv = this.rv;
      final double symptomMgDl = this.symptomMgDl, noticeProb = this.noticeProb;
      long t = this.t;
      int periodPhase = this.periodPhase;
      double gNow = this.gNow, obsCgm = this.obsCgm, obsCho = this.obsCho;
      long obsT = this.obsT;
      int obsMinute = this.obsMinute;
      InsulinCommand cmd = this.cmd;
      double announcedForController = this.announcedForController, cgmPeriodSum = this.cgmPeriodSum;
      long nextHypoCheck = this.nextHypoCheck, nextFloorRescue = this.nextFloorRescue;
      double runInSum = this.runInSum;
      double gSum = 0, lbgiSum = 0, insulinU = 0, carbs = 0, nadir = Double.POSITIVE_INFINITY;
      int nadirMin = 0, n54 = 0, n70 = 0, nTir = 0, n180 = 0;
      boolean missedToday = false, overToday = false, rescueToday = false;
      double fastingMgDl = Double.NaN, fastingCpeptide = Double.NaN;
      double dayCgmSum = 0;
      long dayCgmN = 0, dayCgmTir = 0;
      for (int m = 0; m < DAY; m++, t++) {
        if (life.changesAt(m)) patient.setModulation(life.sensitivity(m), life.extraUptake(m));
        double g = gNow;
        if (periodPhase == 0) {
          if (t > 0) {
            obsT = t;
            obsMinute = m;
            obsCgm = cgmPeriodSum / period;
            obsCho = announcedForController / period;
            cgmPeriodSum = 0;
            announcedForController = 0;
          }
          cmd = regimen.decide(new Observation(obsT, obsMinute, obsCgm, obsCho, period));
        }
        double cho = meals.announcedChoG(t);
        // the morning's fasting sample: at 06:00, or before breakfast when it comes earlier (breakfast times vary
        // from 05:00), so that the sample on which graft function is judged is always taken fasting
        if (m <= FASTING_SAMPLE_MIN && Double.isNaN(fastingMgDl) && (m == FASTING_SAMPLE_MIN || cho > 0)) {
          fastingMgDl = patient.plasmaGlucoseMgDl();
          fastingCpeptide = patient.cpeptidePmolL();
        }
        if (cho > 0) {
          if (bolusRng.nextDouble() < rp.missedBolusProb()) {
            missedToday = true;
          } else {
            double err = rp.carbEstimateBiasFrac() + rp.carbEstimateSdFrac() * bolusNormal.sample();
            if (err > 0.25) overToday = true;
            announcedForController += Math.max(0, cho * (1 + err));
          }
        }
        if (t >= nextHypoCheck && m % 5 == 0 && g < symptomMgDl
            && hypoRng.nextDouble() < (m < 360 ? noticeProb * hp.nightNoticeFactor() : noticeProb)) {
          cho += hp.rescueCarbsG();
          nextHypoCheck = t + (long) hp.recheckMin();
          rescueToday = true;
        }
        if (g < FLOOR_MGDL && t >= nextFloorRescue) {
          cho += FLOOR_RESCUE_G; // see FLOOR_MGDL
          nextFloorRescue = t + 30;
        }
        double insulin = cmd.basalUPerMin() + cmd.bolusUPerMin();
        double total = insulin; // graft insulin is secreted inside the recipient's physiology (portal)
        patient.step(cho, total);
        double gAfter = patient.glucoseMgDl();
        gNow = gAfter;
        if (++periodPhase == period) periodPhase = 0;
        boolean sampled = cgm.samplesAt(t + 1);
        double held = cgm.lastMgDl(); // the reading shown during this minute (the trace's cgm column, as core's Subject)
        double reading = sampled ? cgm.measure(gAfter) : held;
        cgmPeriodSum += reading;
        if (sampled) {
          dayCgmSum += reading;
          dayCgmN++;
          if (reading >= 70 && reading <= 180) dayCgmTir++;
          rv.add(reading);
          if (cgmSamples != null) cgmSamples.sample(d, m + 1, reading);
        }
        if (!recording) runInSum += gAfter;
        if (trace != null && recording) trace.minute(t - RUN_IN_MIN, g, Double.NaN, held, patient.lastEatenGPerMin(), total, null);
        gSum += g;
        lbgiSum += GlycaemicRisk.lowRisk(g);
        insulinU += insulin;
        carbs += cho;
        if (g < nadir) {
          nadir = g;
          nadirMin = m;
        }
        if (g < 54) n54++;
        if (g < 70) n70++;
        else if (g <= 180) nTir++;
        else n180++;
      }
      this.t = t;
      this.periodPhase = periodPhase;
      this.gNow = gNow;
      this.obsCgm = obsCgm;
      this.obsCho = obsCho;
      this.obsT = obsT;
      this.obsMinute = obsMinute;
      this.cmd = cmd;
      this.announcedForController = announcedForController;
      this.cgmPeriodSum = cgmPeriodSum;
      this.nextHypoCheck = nextHypoCheck;
      this.nextFloorRescue = nextFloorRescue;
      this.runInSum = runInSum;
      this.gSum = gSum;
      this.lbgiSum = lbgiSum;
      this.insulinU = insulinU;
      this.carbs = carbs;
      this.nadir = nadir;
      this.nadirMin = nadirMin;
      this.n54 = n54;
      this.n70 = n70;
      this.nTir = nTir;
      this.n180 = n180;
      this.missedToday = missedToday;
      this.overToday = overToday;
      this.rescueToday = rescueToday;
      this.fastingMgDl = fastingMgDl;
      this.fastingCpeptide = fastingCpeptide;
      this.dayCgmSum = dayCgmSum;
      this.dayCgmN = dayCgmN;
      this.dayCgmTir = dayCgmTir;
    }
  }

  /** Counts of CGM samples over the current review window. */
  private static final class ReviewWindow {
    long n, tir, tir140, tbr70, tbr54;
    double insulinU;
    int days, daysOnInsulin;
    boolean urgentAction; // the daily safety check restarted or re-intensified insulin in this window

    void add(double reading) {
      n++;
      if (reading >= 70 && reading <= 180) tir++;
      if (reading >= 70 && reading <= 140) tir140++;
      if (reading < 70) tbr70++;
      if (reading < 54) tbr54++;
    }

    void clear() {
      n = tir = tir140 = tbr70 = tbr54 = 0;
      insulinU = 0;
      days = daysOnInsulin = 0;
      urgentAction = false;
    }
  }

  /**
   * The window's insulin dose for the review's stop rule, U/kg/day: the mean over the days on which insulin was given
   * (insulin-free days before an urgent restart must not make a fresh restart look like a dose small enough to stop),
   * and NaN — no stop — when the daily safety check restarted or re-intensified insulin within the window: a dose the
   * clinician has just raised because glucose ran away is not judged by the week before it.
   */
  static double stopRuleDose(double insulinU, int daysOnInsulin, boolean urgentAction, double bodyWeightKg) {
    if (urgentAction) return Double.NaN;
    return insulinU / Math.max(1, daysOnInsulin) / bodyWeightKg;
  }

  /**
   * The daily safety check (ClinicianReview#daily) on the day's mean CGM; on a recorded day its action is an event at
   * 23:58. Runs after the day's summary, so the summary shows the insulin actually given that day.
   */
  private static void urgentCheck(int d, double dayCgmSum, long dayCgmN, ReviewWindow rv, InsulinRegimen regimen,
      ClinicianReview clinician, DayEvents out) {
    double dayMean = dayCgmSum / Math.max(1, dayCgmN);
    ClinicianReview.Action urgent = clinician.daily(dayMean, regimen);
    if (urgent != ClinicianReview.Action.NONE) rv.urgentAction = true;
    if (urgent != ClinicianReview.Action.NONE && d >= 0) {
      out.add(new CareEvent(d, 23 * 60 + 58, urgent == ClinicianReview.Action.RESTART ? "insulin_restarted" : "dose_reintensified",
          String.format(Locale.ROOT, "urgent: day mean CGM %.0f mg/dL; dose_frac -> %.3f", dayMean, regimen.doseFrac())));
    }
  }

  /** A day's events, handed on in time order at the end of the day (after the day's summary). */
  private static final class DayEvents {
    private final java.util.ArrayList<CareEvent> events = new java.util.ArrayList<>();

    void add(CareEvent e) {
      events.add(e);
    }

    void flushTo(CourseOutput out) {
      if (events.isEmpty()) return;
      // stable: same-minute events keep their order
      events.sort(java.util.Comparator.comparingInt(CareEvent::day).thenComparingInt(CareEvent::minuteOfDay));
      for (CareEvent e : events) out.event(e);
      events.clear();
    }
  }

  /** Closes the day for the review window; at the end of a window the clinician reviews. Returns the day after a stop, else -1. */
  private int review(int d, boolean recording, ReviewWindow rv, double insulinU, boolean graftFunction, InsulinRegimen regimen,
      ClinicianReview clinician, DayEvents out) {
    rv.insulinU += insulinU;
    rv.days++;
    if (insulinU > 0) rv.daysOnInsulin++;
    if (rv.days < policy.titration().reviewEveryDays()) return -1;
    double doseUPerKgDay = stopRuleDose(rv.insulinU, rv.daysOnInsulin, false, params.bodyWeightKg());
    ClinicianReview.Window w = new ClinicianReview.Window(
        100.0 * rv.tir / rv.n, 100.0 * rv.tir140 / rv.n, 100.0 * rv.tbr70 / rv.n, 100.0 * rv.tbr54 / rv.n,
        rv.urgentAction ? Double.NaN : doseUPerKgDay, graftFunction);
    rv.clear();
    double before = regimen.doseFrac();
    ClinicianReview.Action a = clinician.review(w, regimen);
    if (a == ClinicianReview.Action.NONE || !recording) return -1;
    String type = switch (a) {
      case REDUCE -> "dose_reduced";
      case INCREASE -> "dose_increased";
      case STOP -> "insulin_stopped";
      case RESTART -> "insulin_restarted";
      case REINTENSIFY -> "dose_reintensified";
      default -> "none";
    };
    out.add(new CareEvent(d, 23 * 60 + 59, type, String.format(Locale.ROOT,
        "dose_frac %.3f -> %.3f; cgm tir %.1f%%, 70-140 %.1f%%, <70 %.2f%%, <54 %.2f%%; insulin %.3f U/kg/day",
        before, regimen.isOn() ? regimen.doseFrac() : 0, w.tirPct(), w.tir70to140Pct(), w.tbr70Pct(), w.tbr54Pct(),
        doseUPerKgDay)));
    return a == ClinicianReview.Action.STOP ? d + 1 : -1;
  }
}
