package org.isletsim.care.glycation;

/**
 * HbA1c from the glucose history by red-cell glycation kinetics, not a moving mean.
 *
 * <p>Red cells are kept as daily age cohorts. A cohort is born unglycated; every day each surviving cohort's
 * glycated fraction h rises irreversibly and first-order in glucose, h ← 1 − (1 − h)·exp(−k·G), with G the
 * day's mean glucose (the reaction is linear in G, so the daily mean is exact up to the small (1 − h)
 * saturation). Cells leave the circulation by random loss at rate {@code lossPerDay} and at the latest at
 * age {@code maxLifespanDays}. HbA1c (%) = offset + 100 · Σ n_a h_a / Σ n_a with n_a the stationary cohort sizes.
 *
 * <p>Sources and calibration (docs/care.md, docs/VALIDATION.md "Care"): the glycation rate k and the offset
 * are solved so that the steady state reproduces the ADAG relation eAG = 28.7·A1c − 46.7 mg/dL (Nathan DM et
 * al., Diabetes Care 2008;31:1473-8); the resulting k ≈ 7.7 × 10⁻⁶ per mg/dL per day is 25% above the
 * 6.2 × 10⁻⁶ converted from Beltran del Rio M et al. (J Diabetes Sci Technol 2016). The survival
 * parameters (random loss 0.015/day, maximum 152 days: mean lifespan ≈ 60 d, mean circulating age ≈ 49 d, in
 * the ranges of Cohen RM et al., Blood 2008;112:4284-91) were chosen so that the weight of past glucose
 * approaches Tahara Y, Shima K (Diabetes Care 1995;18:440-7): 50% from days 0–30, 25% from 30–60, 25% from
 * 60–120, half-time 34.6 ± 10.1 days (this model: 47.5 / 27.8 / 22.5%, 32 days).
 *
 * <p>Memory is one array of cohorts; cost is O(lifespan) per day.
 */
public final class GlycationModel {
  /** Random red-cell loss, 1/day. */
  public static final double LOSS_PER_DAY = 0.015;
  /** Maximum red-cell lifespan, days. */
  public static final int MAX_LIFESPAN_DAYS = 152;
  /** ADAG: eAG (mg/dL) = SLOPE · A1c − INTERCEPT. */
  public static final double ADAG_SLOPE = 28.7, ADAG_INTERCEPT = 46.7;

  private static final double[] SIZES = cohortSizes(LOSS_PER_DAY, MAX_LIFESPAN_DAYS);
  private static final double TOTAL = sum(SIZES);
  /** Glycation rate per mg/dL per day and the non-glucose offset (%), calibrated to ADAG. */
  public static final double K_PER_MGDL_DAY;
  public static final double OFFSET_PCT;

  static {
    double lo = 1e-7, hi = 1e-4;
    double targetSpan = (240 - 97) / ADAG_SLOPE;
    for (int i = 0; i < 200; i++) {
      double mid = 0.5 * (lo + hi);
      if (steadyFraction(mid, 240) - steadyFraction(mid, 97) < targetSpan / 100) lo = mid;
      else hi = mid;
    }
    K_PER_MGDL_DAY = 0.5 * (lo + hi);
    OFFSET_PCT = 7.0 - 100 * steadyFraction(K_PER_MGDL_DAY, 7.0 * ADAG_SLOPE - ADAG_INTERCEPT);
  }

  private final double[] h = new double[MAX_LIFESPAN_DAYS]; // ring buffer by age
  private int youngest; // index of age 0
  private boolean started;

  /** A model at the steady state of a constant mean glucose (use the pre-course glucose). */
  public static GlycationModel steadyState(double meanGlucoseMgDl) {
    GlycationModel m = new GlycationModel();
    m.reset(meanGlucoseMgDl);
    return m;
  }

  /** A model with no history yet; the first {@link #addDay} sets the steady state of that day's glucose. */
  public GlycationModel() {}

  /** Sets the steady state of a constant glucose. */
  public void reset(double meanGlucoseMgDl) {
    double x = K_PER_MGDL_DAY * checked(meanGlucoseMgDl);
    youngest = 0;
    for (int a = 0; a < h.length; a++) h[a] = 1 - Math.exp(-x * (a + 1));
    started = true;
  }

  /** Advances one day with that day's mean glucose (mg/dL). */
  public void addDay(double meanGlucoseMgDl) {
    double g = checked(meanGlucoseMgDl);
    if (!started) {
      reset(g);
      return;
    }
    youngest = (youngest - 1 + h.length) % h.length; // the oldest cohort leaves, a new one is born
    h[youngest] = 0;
    double keep = Math.exp(-K_PER_MGDL_DAY * g);
    for (int a = 0; a < h.length; a++) h[a] = 1 - (1 - h[a]) * keep;
  }

  /** HbA1c now, % (DCCT/NGSP units), without measurement error. */
  public double hba1cPct() {
    double s = 0;
    for (int a = 0; a < h.length; a++) s += SIZES[a] * h[(youngest + a) % h.length];
    return OFFSET_PCT + 100 * s / TOTAL;
  }

  /** Steady-state HbA1c (%) for a constant mean glucose. */
  public static double steadyStateHba1cPct(double meanGlucoseMgDl) {
    return OFFSET_PCT + 100 * steadyFraction(K_PER_MGDL_DAY, meanGlucoseMgDl);
  }

  /** ADAG estimated average glucose (mg/dL) for an HbA1c (%). */
  public static double eagMgDl(double hba1cPct) {
    return ADAG_SLOPE * hba1cPct - ADAG_INTERCEPT;
  }

  /**
   * Glucose management indicator, % (Bergenstal RM et al., Diabetes Care 2018;41:2275-80):
   * GMI = 3.31 + 0.02392 · mean CGM glucose (mg/dL), meant for ≥ 14 days of CGM.
   */
  public static double gmiPct(double meanCgmMgDl) {
    return 3.31 + 0.02392 * meanCgmMgDl;
  }

  /** Relative weight of the glucose of {@code lagDays} days ago in today's HbA1c (linearised model). */
  public static double weight(int lagDays) {
    if (lagDays < 0 || lagDays >= MAX_LIFESPAN_DAYS) return 0;
    double w = 0, tot = 0;
    for (int a = 0; a < MAX_LIFESPAN_DAYS; a++) {
      double c = SIZES[a] * (a + 1);
      tot += c;
      if (a >= lagDays) w += SIZES[a];
    }
    return w / tot;
  }

  private static double steadyFraction(double k, double g) {
    double s = 0;
    for (int a = 0; a < SIZES.length; a++) s += SIZES[a] * (1 - Math.exp(-k * g * (a + 1)));
    return s / TOTAL;
  }

  private static double[] cohortSizes(double loss, int max) {
    double[] n = new double[max];
    for (int a = 0; a < max; a++) n[a] = Math.exp(-loss * a);
    return n;
  }

  private static double sum(double[] v) {
    double s = 0;
    for (double x : v) s += x;
    return s;
  }

  private static double checked(double g) {
    if (!(g >= 0) || Double.isInfinite(g)) throw new IllegalArgumentException("mean glucose must be finite and >= 0 mg/dL");
    return g;
  }
}
