package org.isletsim.graft;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.isletsim.random.RandomStreams;

/**
 * The slow (daily) graft-mass process of one recipient:
 *
 * <pre>
 *   infusion  → × (1 − early loss)            (IBMIR for portal infusion, hypoxia elsewhere)
 *   immature1 → … → immature_n → mature       (n first-order stages, rate 1/maturationDaysPerStage each,
 *                                              so maturation time is Erlang-n distributed: a delayed,
 *                                              sigmoid rise of function)
 *   every pool is lost at hazard λ = baseline + allo·(1 − c·effAllo)·(1 − barrier)
 *                                 + auto·[autoimmune]·(1 − c·effAuto)·(1 − barrier)
 *                                 + gluco·max(meanGlucose − threshold, 0)/100,
 *   c = immunosuppression level × adherence
 *   early rejection: with probability earlyRejectionProbability·(1 − barrier) the recipient has an episode
 *                    whose onset is Exponential(mean earlyRejectionMeanOnsetDays) days after the first infusion;
 *                    from the onset day on, every pool (and every later infusion) is also lost at
 *                    earlyRejectionHazardPerYear: complete graft loss within weeks
 * </pre>
 *
 * Functional fractions: φβ = potency·(mature + immatureFunction·immature)/nativeIeq and φα = φβ·alphaFunction
 * (0 when alpha cells are switched off). Each recipient's early loss (logit-normal), maturation time, potency
 * and hazards (log-normal, mean-preserving) are drawn once from
 * {@code RandomStreams.stream(seed, recipientId, "graft-biology")}, so a recipient's course depends only on
 * (seed, id, plan). The daily update uses exact exponential transitions (no step-size error at dt = 1 day).
 * The early-rejection draws (two uniforms) come after all other draws of that stream, so a product without the
 * process (probability 0) has exactly the courses it had before the process existed.
 *
 * <p>Early rejection stands for the early complete graft losses seen after deceased-donor islet transplantation
 * despite immunosuppression (10 of 36 recipients had lost all graft function 1 year after the final infusion in
 * the international Edmonton trial, Shapiro AMJ et al. N Engl J Med 2006;355:1318-1330): acute alloimmune
 * rejection, often after sensitisation by earlier donors, and recurrent autoimmunity. A single attrition hazard
 * with log-normal heterogeneity cannot produce them (every graft keeps C-peptide at 1 year).
 *
 * <p>Mass-dynamics structure after the beta-cell mass models of Topp B et al., J Theor Biol 2000;206:605-619
 * (first-order death with glucotoxic acceleration).
 */
public final class GraftCourse {
  private final GraftPlan plan;
  private final double earlyLoss;
  private final double stageRatePerDay;
  private final double potency;
  private final double hazardBaselinePerYear, hazardAlloPerYear, hazardAutoPerYear, hazardGlucoPerYear;
  /** Allo/auto hazards without any immunosuppression (used when a day's adequacy is below 1). */
  private final double hazardAlloOpenPerYear, hazardAutoOpenPerYear;
  private final double alloEfficacy, autoEfficacy, prescribedCover;
  /** Day of onset of the early rejection episode, or −1 if this recipient has none. */
  private final int rejectionOnsetDay;
  private final double rejectionHazardPerYear;
  private int day = -1;
  private int nextInfusion;
  private final double[] immature;
  private final double[] scratch;
  private final double[] chainWeights; // k^m e^-k / m!, m = 0..n
  private double mature, infused;
  private double attritionScale = 1;

  public GraftCourse(GraftPlan plan, long seed, String recipientId) {
    this.plan = plan;
    UniformRandomProvider rng = RandomStreams.stream(seed, recipientId, "graft-biology");
    ContinuousSampler z = RandomStreams.standardNormal(rng);
    BiologyGlobals g = plan.globals();
    ProductParameters p = plan.productParameters();
    double meanLoss = plan.siteParameters().earlyLossFraction();
    double zLoss = z.sample(); // drawn whatever the site, so that a site without early loss keeps the later draws
    double logit = meanLoss > 0 ? Math.log(meanLoss / (1 - meanLoss)) + g.earlyLossSd() * zLoss : Double.NEGATIVE_INFINITY;
    earlyLoss = meanLoss > 0 ? 1 / (1 + Math.exp(-logit)) : 0;
    stageRatePerDay = 1 / (p.maturationDaysPerStage() * logNormal(z.sample(), g.maturationCv()));
    potency = p.potency() * logNormal(z.sample(), g.potencyCv());
    double c = plan.immunosuppressionLevel() * plan.adherence();
    double open = 1 - p.immuneBarrier();
    hazardBaselinePerYear = p.baselineAttritionPerYear() * logNormal(z.sample(), g.hazardCv());
    double alloFactor = logNormal(z.sample(), g.hazardCv());
    hazardAlloPerYear = p.alloRejectionPerYear() * open * (1 - c * g.immunosuppressionAlloEfficacy()) * alloFactor;
    hazardAlloOpenPerYear = p.alloRejectionPerYear() * open * alloFactor;
    double auto = plan.recurrentAutoimmunity() ? p.autoimmunityPerYear() : 0;
    double autoFactor = logNormal(z.sample(), g.hazardCv());
    hazardAutoPerYear = auto * open * (1 - c * g.immunosuppressionAutoEfficacy()) * autoFactor;
    hazardAutoOpenPerYear = auto * open * autoFactor;
    alloEfficacy = g.immunosuppressionAlloEfficacy();
    autoEfficacy = g.immunosuppressionAutoEfficacy();
    prescribedCover = c;
    hazardGlucoPerYear = p.glucotoxicityPerYearPer100MgDl() * logNormal(z.sample(), g.hazardCv());
    // early rejection: drawn last (see the class comment)
    double uEvent = rng.nextDouble(), uOnset = rng.nextDouble();
    double pRejection = p.earlyRejectionProbability() * open;
    var infusions = plan.infusions();
    if (uEvent < pRejection && !infusions.isEmpty()) {
      double onset = -p.earlyRejectionMeanOnsetDays() * Math.log1p(-uOnset);
      rejectionOnsetDay = infusions.get(0).day() + (int) Math.min(Math.floor(onset), 1_000_000);
    } else {
      rejectionOnsetDay = -1;
    }
    rejectionHazardPerYear = g.earlyRejectionHazardPerYear();
    int n = p.maturationStages();
    immature = new double[n];
    scratch = new double[n];
    chainWeights = new double[n + 1];
    double w = Math.exp(-stageRatePerDay);
    for (int m = 0; m <= n; m++) {
      chainWeights[m] = w;
      w *= stageRatePerDay / (m + 1);
    }
  }

  /** Mean-one log-normal factor with coefficient of variation {@code cv}, from a standard normal draw. */
  static double logNormal(double z, double cv) {
    if (cv == 0) return 1;
    double s2 = Math.log(1 + cv * cv);
    return Math.exp(Math.sqrt(s2) * z - s2 / 2);
  }

  /** Advances one day with the plan's nominal mean glucose; returns the state at the end of the new day. */
  public GraftState advanceDay() {
    return advanceDay(plan.meanGlucoseMgDl());
  }

  /**
   * Advances one day. Infusions scheduled for the new day are added (after early loss) at its start.
   *
   * @param meanGlucoseMgDl the recipient's mean glucose over the day (glucotoxicity)
   */
  public GraftState advanceDay(double meanGlucoseMgDl) {
    return advanceDay(meanGlucoseMgDl, 1);
  }

  /**
   * Advances one day with the day's immunosuppression adequacy (1 = exposure as planned, 0 = none, e.g.
   * stopped): the cover c = level × adherence × adequacy, so a lapse raises the allo- and autoimmune hazards
   * towards their unsuppressed values.
   *
   * @param meanGlucoseMgDl the recipient's mean glucose over the day (glucotoxicity)
   * @param adequacy immunosuppression adequacy of the day, 0..1
   */
  public GraftState advanceDay(double meanGlucoseMgDl, double adequacy) {
    if (!(adequacy >= 0 && adequacy <= 1)) throw new IllegalArgumentException("adequacy must be in [0, 1]: " + adequacy);
    day++;
    var infusions = plan.infusions();
    while (nextInfusion < infusions.size() && infusions.get(nextInfusion).day() == day) {
      double ieq = infusions.get(nextInfusion).ieq();
      infused += ieq;
      immature[0] += ieq * (1 - earlyLoss);
      nextInfusion++;
    }
    double gluco =
        hazardGlucoPerYear * Math.max(meanGlucoseMgDl - plan.globals().glucotoxicityThresholdMgDl(), 0) / 100;
    double allo = hazardAlloPerYear, autoimmune = hazardAutoPerYear;
    if (adequacy < 1) {
      double c = prescribedCover * adequacy;
      allo = hazardAlloOpenPerYear * (1 - c * alloEfficacy);
      autoimmune = hazardAutoOpenPerYear * (1 - c * autoEfficacy);
    }
    double rejection = rejectionOnsetDay >= 0 && day >= rejectionOnsetDay ? rejectionHazardPerYear : 0;
    double hazardPerDay = ((hazardBaselinePerYear + allo + autoimmune + gluco) * attritionScale + rejection) / 365.25;
    double survive = Math.exp(-hazardPerDay);
    // exact one-day solution of the linear chain with equal stage rates k:
    // I_j(1) = sum_{i<=j} I_i(0) k^(j-i) e^-k / (j-i)!; what leaves the last stage matures
    double before = 0;
    for (int j = 0; j < immature.length; j++) {
      before += immature[j];
      double v = 0;
      for (int i = 0; i <= j; i++) v += immature[i] * chainWeights[j - i];
      scratch[j] = v;
    }
    double after = 0;
    for (int j = 0; j < immature.length; j++) {
      after += scratch[j];
      immature[j] = scratch[j] * survive;
    }
    mature = (mature + before - after) * survive;
    return state();
  }

  /**
   * From the next day on, multiplies the attrition hazards (baseline, alloimmune, autoimmune, glucotoxic; not an
   * early rejection) by {@code factor}: the same as {@link ProductParameters#withAttritionScaled} from that day on.
   */
  public void scaleAttrition(double factor) {
    if (!(factor >= 0) || Double.isInfinite(factor)) throw new IllegalArgumentException("attrition factor must be >= 0: " + factor);
    attritionScale = factor;
  }

  /** Advances to the end of day {@code targetDay} (≥ the current day). */
  public GraftState advanceTo(int targetDay) {
    if (targetDay < day) throw new IllegalArgumentException("cannot go back from day " + day + " to " + targetDay);
    while (day < targetDay) advanceDay();
    return state();
  }

  /** The current state. */
  public GraftState state() {
    BiologyGlobals g = plan.globals();
    double immatureIeq = 0;
    for (double v : immature) immatureIeq += v;
    double beta = potency * (mature + plan.productParameters().immatureFunctionFraction() * immatureIeq) / g.nativeIeq();
    double alpha = plan.alphaCells() ? beta * plan.productParameters().alphaFunction() : 0;
    return new GraftState(Math.max(day, 0), immatureIeq, mature, infused, beta, alpha);
  }

  /** This recipient's drawn early-loss fraction. */
  public double earlyLoss() {
    return earlyLoss;
  }

  /** Day of onset of this recipient's early rejection episode (from which the graft is lost), or −1 if none. */
  public int rejectionOnsetDay() {
    return rejectionOnsetDay;
  }

  /** This recipient's total attrition hazard at the nominal glucose (without an early rejection), 1/year. */
  public double hazardPerYear() {
    double gluco = hazardGlucoPerYear
        * Math.max(plan.meanGlucoseMgDl() - plan.globals().glucotoxicityThresholdMgDl(), 0) / 100;
    return hazardBaselinePerYear + hazardAlloPerYear + hazardAutoPerYear + gluco;
  }

  public GraftPlan plan() {
    return plan;
  }
}
