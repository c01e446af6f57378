package org.isletsim.cgm;

/**
 * Summaries over raw readings (no interpolation), with the definitions of iglu (Broll et al. 2021) and the
 * consensus papers cited per method. Input: glucose in mg/dL, no NaN (the importers drop Low/High and blanks).
 * Percentages are 0–100.
 */
public final class ReadingMetrics {
  private ReadingMetrics() {}

  /** GMI (%) from mean glucose, Bergenstal et al. 2018: 3.31 + 0.02392 * mean. */
  public static double gmi(double meanMgDl) {
    return 3.31 + 0.02392 * meanMgDl;
  }

  /** Estimated A1c (%), ADAG, Nathan et al. 2008: (46.7 + mean) / 28.7. */
  public static double ea1c(double meanMgDl) {
    return (46.7 + meanMgDl) / 28.7;
  }

  /** J-index, Wojcicki 1995: 0.001 * (mean + SD)^2. */
  public static double jIndex(double meanMgDl, double sdMgDl) {
    double s = meanMgDl + sdMgDl;
    return 0.001 * s * s;
  }

  /** Percent of readings with {@code lo <= g <= hi} (inclusive both ends, iglu {@code in_range_percent}). */
  public static double percentInRange(double[] g, double lo, double hi) {
    if (g.length == 0) {
      return Double.NaN;
    }
    int c = 0;
    for (double v : g) {
      if (v >= lo && v <= hi) {
        c++;
      }
    }
    return 100.0 * c / g.length;
  }

  /** Percent of readings strictly below {@code thr} (cumulative, iglu {@code below_percent}). */
  public static double percentBelow(double[] g, double thr) {
    if (g.length == 0) {
      return Double.NaN;
    }
    int c = 0;
    for (double v : g) {
      if (v < thr) {
        c++;
      }
    }
    return 100.0 * c / g.length;
  }

  /** Percent of readings strictly above {@code thr} (cumulative, iglu {@code above_percent}). */
  public static double percentAbove(double[] g, double thr) {
    if (g.length == 0) {
      return Double.NaN;
    }
    int c = 0;
    for (double v : g) {
      if (v > thr) {
        c++;
      }
    }
    return 100.0 * c / g.length;
  }

  /** Kovatchev's symmetrised blood-glucose transform f(g) = ln(g)^1.084 - 5.381 (Kovatchev et al. 1997). */
  static double riskF(double g) {
    return Math.pow(Math.log(g), 1.084) - 5.381;
  }

  /** Low blood glucose index: 22.77 * sum over g < 112.5 of f^2, divided by all readings (Kovatchev 2006). */
  public static double lbgi(double[] g) {
    if (g.length == 0) {
      return Double.NaN;
    }
    double s = 0;
    for (double v : g) {
      if (v < 112.5) {
        double f = riskF(v);
        s += f < 0 ? f * f : 0;
      }
    }
    return 22.77 * s / g.length;
  }

  /** High blood glucose index: 22.77 * sum over g >= 112.5 of f^2, divided by all readings (Kovatchev 2006). */
  public static double hbgi(double[] g) {
    if (g.length == 0) {
      return Double.NaN;
    }
    double s = 0;
    for (double v : g) {
      if (v >= 112.5) {
        double f = riskF(v);
        s += f > 0 ? f * f : 0;
      }
    }
    return 22.77 * s / g.length;
  }

  /**
   * Average daily risk range (Kovatchev et al. 2006) as in iglu {@code adrr}: per calendar day the largest low risk
   * plus the largest high risk (22.77 f^2), averaged over days. No minimum number of readings per day.
   */
  public static double adrr(GlucoseSeries s) {
    long[] t = s.epochSec();
    double[] g = s.glucoseMgDl();
    if (g.length == 0) {
      return Double.NaN;
    }
    double sum = 0;
    int days = 0;
    int i = 0;
    while (i < g.length) {
      long day = Math.floorDiv(t[i], GlucoseSeries.SECONDS_PER_DAY);
      double lr = 0;
      double hr = 0;
      while (i < g.length && Math.floorDiv(t[i], GlucoseSeries.SECONDS_PER_DAY) == day) {
        double f = riskF(g[i]);
        double r = 22.77 * f * f;
        if (f < 0) {
          lr = Math.max(lr, r);
        } else {
          hr = Math.max(hr, r);
        }
        i++;
      }
      sum += lr + hr;
      days++;
    }
    return sum / days;
  }

  /** LBGI, HBGI and ADRR from one pass over the readings (one transform per reading). */
  public record RiskIndices(double lbgi, double hbgi, double adrr) {}

  /** {@link #lbgi}, {@link #hbgi} and {@link #adrr} in one pass (the benchmarked path of {@link CgmMetrics}). */
  public static RiskIndices riskIndices(GlucoseSeries s) {
    long[] t = s.epochSec();
    double[] g = s.glucoseMgDl();
    int n = g.length;
    if (n == 0) {
      return new RiskIndices(Double.NaN, Double.NaN, Double.NaN);
    }
    double low = 0;
    double high = 0;
    double adrrSum = 0;
    int days = 0;
    int i = 0;
    while (i < n) {
      long day = Math.floorDiv(t[i], GlucoseSeries.SECONDS_PER_DAY);
      double lr = 0;
      double hr = 0;
      while (i < n && Math.floorDiv(t[i], GlucoseSeries.SECONDS_PER_DAY) == day) {
        double f = riskF(g[i]);
        double r = 22.77 * f * f;
        if (f < 0) {
          lr = Math.max(lr, r);
          if (g[i] < 112.5) {
            low += r;
          }
        } else {
          hr = Math.max(hr, r);
          if (g[i] >= 112.5 && f > 0) {
            high += r;
          }
        }
        i++;
      }
      adrrSum += lr + hr;
      days++;
    }
    return new RiskIndices(low / n, high / n, adrrSum / days);
  }

  /** Per-reading GRADE score (Hill et al. 2007): min(425 * (log10(log10(g/18)) + 0.16)^2, 50). */
  static double gradeScore(double g) {
    double x = Math.log10(Math.log10(g / 18.0)) + 0.16;
    return Math.min(425 * x * x, 50);
  }

  /** GRADE and its hypo (< 80) and hyper (> 140) shares in %: {grade, gradeHypo, gradeHyper}. */
  public static double[] grade(double[] g) {
    if (g.length == 0) {
      return new double[] {Double.NaN, Double.NaN, Double.NaN};
    }
    double total = 0;
    double hypo = 0;
    double hyper = 0;
    for (double v : g) {
      double s = gradeScore(v);
      total += s;
      if (v < 80) {
        hypo += s;
      } else if (v > 140) {
        hyper += s;
      }
    }
    return new double[] {total / g.length, 100 * hypo / total, 100 * hyper / total};
  }

  /** M-value (Schlichtkrull 1965), iglu form without the (max-min)/20 term: mean 1000 |log10(g/r)|^3, r = 90. */
  public static double mValue(double[] g, double referenceMgDl) {
    if (g.length == 0) {
      return Double.NaN;
    }
    double s = 0;
    for (double v : g) {
      double a = Math.abs(Math.log10(v / referenceMgDl));
      s += 1000 * a * a * a;
    }
    return s / g.length;
  }

  /**
   * Glycemia Risk Index (Klonoff et al. 2023): 3.0 VLow + 2.4 Low + 1.6 VHigh + 0.8 High, capped at 100, with
   * VLow = %<54, Low = %54–<70, VHigh = %>250, High = %>180–250.
   */
  public static double gri(double tbr54, double tbr70, double tar180, double tar250) {
    double v = 3.0 * tbr54 + 2.4 * (tbr70 - tbr54) + 1.6 * tar250 + 0.8 * (tar180 - tar250);
    return Math.min(v, 100.0);
  }

  /** GRI zone A–E by quintile of the GRI scale (Klonoff et al. 2023): A 0–20, B 21–40, C 41–60, D 61–80, E 81–100. */
  public static String griZone(double gri) {
    if (Double.isNaN(gri)) {
      return null;
    }
    if (gri <= 20) {
      return "A";
    }
    if (gri <= 40) {
      return "B";
    }
    if (gri <= 60) {
      return "C";
    }
    return gri <= 80 ? "D" : "E";
  }

  /** Legacy iglu MAGE "naive": mean |g - mean| over readings with |g - mean| > 1 SD. Not Service's MAGE. */
  public static double mageNaive(double[] g, double mean, double sd) {
    double s = 0;
    int n = 0;
    for (double v : g) {
      double d = Math.abs(v - mean);
      if (d > sd) {
        s += d;
        n++;
      }
    }
    return n == 0 ? Double.NaN : s / n;
  }

  /**
   * Percent of time the CGM was active (iglu {@code active_percent}, Danne et al. 2017): expected readings over the
   * observed span at the rounded median interval, minus the readings missing in gaps longer than that interval.
   */
  public static double activePercent(GlucoseSeries s) {
    long[] t = s.epochSec();
    int n = t.length;
    if (n < 2) {
      return n == 0 ? Double.NaN : 100.0;
    }
    double[] d = new double[n - 1];
    for (int i = 1; i < n; i++) {
      d[i - 1] = (t[i] - t[i - 1]) / 60.0;
    }
    double[] sorted = d.clone();
    java.util.Arrays.sort(sorted);
    int m = sorted.length;
    double med = (m % 2 == 1) ? sorted[m / 2] : 0.5 * (sorted[m / 2 - 1] + sorted[m / 2]);
    double dt0 = Stats.roundHalfEven(med);
    double spanMin = (t[n - 1] - t[0]) / 60.0;
    double theoretical = Stats.roundHalfEven(Stats.roundHalfEven(spanMin) / dt0) + 1;
    double gapMin = 0;
    int nGaps = 0;
    for (double x : d) {
      if (Stats.roundHalfEven(x) > dt0) {
        gapMin += x;
        nGaps++;
      }
    }
    double missing = Stats.roundHalfEven((gapMin - nGaps * dt0) / dt0);
    return 100.0 * (theoretical - missing) / theoretical;
  }
}
