package org.isletsim.cgm;

/**
 * The reading-based metrics of {@link CgmMetrics}, computed one reading at a time in constant memory with no
 * allocation per reading — for long simulated runs (a year at 1-minute sampling) or streamed exports. Readings must
 * arrive in strictly increasing time order. Definitions as {@link ReadingMetrics}; SD by Welford's update (equal to
 * the two-pass value to ~1e-12 relative). Grid-based metrics (CONGA, MODD, MAG, MAGE, episodes, AGP) need the series:
 * use {@link CgmMetrics#of(GlucoseSeries)}.
 */
public final class RunningSummary {
  private long n;
  private double mean;
  private double m2;
  private long tir;
  private long titr;
  private long below70;
  private long below54;
  private long above180;
  private long above250;
  private double lowRisk;
  private double highRisk;
  private double gradeSum;
  private double gradeHypo;
  private double gradeHyper;
  private double mSum;
  private long lastT = Long.MIN_VALUE;
  private long day = Long.MIN_VALUE;
  private double dayLr;
  private double dayHr;
  private double adrrSum;
  private long days;

  /** Adds one reading (wall-clock epoch seconds, mg/dL). */
  public void add(long epochSec, double glucoseMgDl) {
    if (epochSec <= lastT) {
      throw new IllegalArgumentException("readings must be in strictly increasing time order at " + epochSec);
    }
    if (!(glucoseMgDl > 0) || Double.isInfinite(glucoseMgDl)) {
      throw new IllegalArgumentException("glucose must be a positive finite mg/dL value, got " + glucoseMgDl);
    }
    lastT = epochSec;
    double g = glucoseMgDl;
    n++;
    double d = g - mean;
    mean += d / n;
    m2 += d * (g - mean);
    if (g >= 70 && g <= 180) {
      tir++;
    }
    if (g >= 70 && g <= 140) {
      titr++;
    }
    if (g < 70) {
      below70++;
    }
    if (g < 54) {
      below54++;
    }
    if (g > 180) {
      above180++;
    }
    if (g > 250) {
      above250++;
    }
    double f = ReadingMetrics.riskF(g);
    double risk = 22.77 * f * f;
    if (g < 112.5 && f < 0) {
      lowRisk += risk;
    } else if (g >= 112.5 && f > 0) {
      highRisk += risk;
    }
    long dd = Math.floorDiv(epochSec, GlucoseSeries.SECONDS_PER_DAY);
    if (dd != day) {
      closeDay();
      day = dd;
    }
    if (f < 0) {
      dayLr = Math.max(dayLr, risk);
    } else {
      dayHr = Math.max(dayHr, risk);
    }
    double gs = ReadingMetrics.gradeScore(g);
    gradeSum += gs;
    if (g < 80) {
      gradeHypo += gs;
    } else if (g > 140) {
      gradeHyper += gs;
    }
    double a = Math.abs(Math.log10(g / 90.0));
    mSum += 1000 * a * a * a;
  }

  private void closeDay() {
    if (day != Long.MIN_VALUE) {
      adrrSum += dayLr + dayHr;
      days++;
    }
    dayLr = 0;
    dayHr = 0;
  }

  public long count() {
    return n;
  }

  /** The metrics so far, keyed as docs/cgm.md (the reading-based subset of {@link CgmMetrics#scalars()}). */
  public java.util.Map<String, Object> scalars() {
    java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
    double sd = n < 2 ? Double.NaN : Math.sqrt(m2 / (n - 1));
    double pct = 100.0 / n;
    m.put("n_readings_used", (int) n);
    m.put("mean", n == 0 ? Double.NaN : mean);
    m.put("sd", sd);
    m.put("cv", 100 * sd / mean);
    m.put("gmi", ReadingMetrics.gmi(mean));
    m.put("ea1c", ReadingMetrics.ea1c(mean));
    m.put("tir_70_180", tir * pct);
    m.put("titr_70_140", titr * pct);
    m.put("tbr_70", below70 * pct);
    m.put("tbr_54", below54 * pct);
    m.put("tar_180", above180 * pct);
    m.put("tar_250", above250 * pct);
    m.put("lbgi", lowRisk / n);
    m.put("hbgi", highRisk / n);
    m.put("adrr", (adrrSum + (day == Long.MIN_VALUE ? 0 : dayLr + dayHr)) / (days + (day == Long.MIN_VALUE ? 0 : 1)));
    m.put("j_index", ReadingMetrics.jIndex(mean, sd));
    m.put("grade", gradeSum / n);
    m.put("grade_hypo", 100 * gradeHypo / gradeSum);
    m.put("grade_hyper", 100 * gradeHyper / gradeSum);
    m.put("m_value", mSum / n);
    m.put("gri", ReadingMetrics.gri(below54 * pct, below70 * pct, above180 * pct, above250 * pct));
    return m;
  }
}
