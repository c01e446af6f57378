package org.isletsim.trial.stats;

/**
 * Special functions for the trial statistics, written out so the module needs no statistics library:
 * log-gamma (Lanczos, g = 607/128, 15 terms, as in Boost / commons-numbers; relative error ~1e-15), the
 * regularized incomplete beta I_x(a, b) by the modified Lentz continued fraction (Numerical Recipes, 3rd ed.,
 * §6.4), its inverse by bisection, the regularized upper incomplete gamma Q(a, x) (series /
 * continued fraction, NR §6.2), the standard normal and Student-t quantiles.
 */
public final class SpecialFunctions {
  private static final double EPS = 1e-15;
  private static final double FPMIN = 1e-300;
  private static final double LANCZOS_G = 607.0 / 128.0;
  private static final double[] LANCZOS = {
    0.99999999999999709182, 57.156235665862923517, -59.597960355475491248, 14.136097974741747174,
    -0.49191381609762019978, .33994649984811888699e-4, .46523628927048575665e-4, -.98374475304879564677e-4,
    .15808870322491248884e-3, -.21026444172410488319e-3, .21743961811521264320e-3, -.16431810653676389022e-3,
    .84418223983852743293e-4, -.26190838401581408670e-4, .36899182659531622704e-5,
  };

  private SpecialFunctions() {}

  /** ln Γ(x) for x &gt; 0. */
  public static double logGamma(double x) {
    if (!(x > 0)) throw new IllegalArgumentException("logGamma needs x > 0 (got " + x + ")");
    if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
    double xm1 = x - 1;
    double sum = LANCZOS[0];
    for (int i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i] / (xm1 + i);
    double t = xm1 + LANCZOS_G + 0.5;
    return 0.5 * Math.log(2 * Math.PI) + (xm1 + 0.5) * Math.log(t) - t + Math.log(sum);
  }

  /** ln(n!) for n ≥ 0. */
  public static double logFactorial(int n) {
    if (n < 0) throw new IllegalArgumentException("n must be >= 0");
    return n < 2 ? 0 : logGamma(n + 1.0);
  }

  /** Regularized incomplete beta I_x(a, b), a, b &gt; 0, 0 ≤ x ≤ 1. */
  public static double regularizedBeta(double x, double a, double b) {
    if (!(a > 0 && b > 0)) throw new IllegalArgumentException("a and b must be > 0");
    if (!(x >= 0 && x <= 1)) throw new IllegalArgumentException("x must be in [0, 1] (got " + x + ")");
    if (x == 0 || x == 1) return x;
    double lnFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
    if (x < (a + 1) / (a + b + 2)) return Math.exp(lnFront) * betaFraction(x, a, b) / a;
    return 1 - Math.exp(lnFront) * betaFraction(1 - x, b, a) / b;
  }

  private static double betaFraction(double x, double a, double b) {
    double qab = a + b, qap = a + 1, qam = a - 1;
    double c = 1, d = 1 - qab * x / qap;
    if (Math.abs(d) < FPMIN) d = FPMIN;
    d = 1 / d;
    double h = d;
    for (int m = 1; m <= 10_000; m++) {
      int m2 = 2 * m;
      double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
      d = 1 + aa * d;
      if (Math.abs(d) < FPMIN) d = FPMIN;
      c = 1 + aa / c;
      if (Math.abs(c) < FPMIN) c = FPMIN;
      d = 1 / d;
      h *= d * c;
      aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
      d = 1 + aa * d;
      if (Math.abs(d) < FPMIN) d = FPMIN;
      c = 1 + aa / c;
      if (Math.abs(c) < FPMIN) c = FPMIN;
      d = 1 / d;
      double del = d * c;
      h *= del;
      if (Math.abs(del - 1) < EPS) return h;
    }
    throw new ArithmeticException("incomplete beta continued fraction did not converge (a=" + a + ", b=" + b + ")");
  }

  /** The x with I_x(a, b) = p (the Beta(a, b) quantile), to ~1e-14. */
  public static double inverseRegularizedBeta(double p, double a, double b) {
    if (!(p >= 0 && p <= 1)) throw new IllegalArgumentException("p must be in [0, 1] (got " + p + ")");
    if (p == 0 || p == 1) return p;
    // Bisection on the monotone I_x: 200 halvings reach the spacing of doubles near any root.
    double lo = 0, hi = 1;
    for (int i = 0; i < 200 && hi - lo > Math.ulp(hi); i++) {
      double mid = 0.5 * (lo + hi);
      if (regularizedBeta(mid, a, b) < p) lo = mid; else hi = mid;
    }
    double x = 0.5 * (lo + hi);
    return x;
  }

  /** Regularized upper incomplete gamma Q(a, x) = Γ(a, x)/Γ(a). */
  public static double regularizedGammaQ(double a, double x) {
    if (!(a > 0) || !(x >= 0)) throw new IllegalArgumentException("need a > 0 and x >= 0");
    if (x == 0) return 1;
    double lnFront = -x + a * Math.log(x) - logGamma(a);
    if (x < a + 1) {
      double ap = a, sum = 1 / a, del = sum;
      for (int n = 0; n < 10_000; n++) {
        ap++;
        del *= x / ap;
        sum += del;
        if (Math.abs(del) < Math.abs(sum) * EPS) break;
      }
      return 1 - sum * Math.exp(lnFront);
    }
    double b = x + 1 - a, c = 1 / FPMIN, d = 1 / b, h = d;
    for (int i = 1; i < 10_000; i++) {
      double an = -i * (i - a);
      b += 2;
      d = an * d + b;
      if (Math.abs(d) < FPMIN) d = FPMIN;
      c = b + an / c;
      if (Math.abs(c) < FPMIN) c = FPMIN;
      d = 1 / d;
      double del = d * c;
      h *= del;
      if (Math.abs(del - 1) < EPS) break;
    }
    return Math.exp(lnFront) * h;
  }

  /** P(χ²_df &gt; x). */
  public static double chiSquareSurvival(double x, int df) {
    if (df < 1) throw new IllegalArgumentException("df must be >= 1");
    return x <= 0 ? 1 : regularizedGammaQ(df / 2.0, x / 2.0);
  }

  /** Standard normal CDF, via Q(1/2, z²/2). */
  public static double normalCdf(double z) {
    double tail = 0.5 * regularizedGammaQ(0.5, 0.5 * z * z);
    return z >= 0 ? 1 - tail : tail;
  }

  /** Standard normal quantile (Acklam's rational approximation refined by one Halley step). */
  public static double normalQuantile(double p) {
    if (!(p > 0 && p < 1)) throw new IllegalArgumentException("p must be in (0, 1) (got " + p + ")");
    double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02,
      -3.066479806614716e+01, 2.506628277459239e+00};
    double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
      -1.328068155288572e+01};
    double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00,
      4.374664141464968e+00, 2.938163982698783e+00};
    double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
    double x;
    if (p < 0.02425) {
      double q = Math.sqrt(-2 * Math.log(p));
      x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    } else if (p > 1 - 0.02425) {
      double q = Math.sqrt(-2 * Math.log(1 - p));
      x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    } else {
      double q = p - 0.5, r = q * q;
      x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
          / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }
    double e = normalCdf(x) - p;
    double u = e * Math.sqrt(2 * Math.PI) * Math.exp(x * x / 2);
    return x - u / (1 + x * u / 2);
  }

  /** Quantile of Student's t with {@code df} degrees of freedom, via the inverse incomplete beta. */
  public static double tQuantile(double p, double df) {
    if (!(p > 0 && p < 1)) throw new IllegalArgumentException("p must be in (0, 1)");
    if (!(df > 0)) throw new IllegalArgumentException("df must be > 0");
    if (p == 0.5) return 0;
    double tail = Math.min(p, 1 - p);
    double x = inverseRegularizedBeta(2 * tail, df / 2, 0.5); // x = df/(df+t²)
    double t = Math.sqrt(df * (1 - x) / x);
    return p < 0.5 ? -t : t;
  }
}
