package org.isletsim.report.chart;

import java.util.ArrayList;
import java.util.List;

/** A linear map from data values [d0, d1] to pixels [r0, r1] (r1 may be below r0 for y axes). */
public record Scale(double d0, double d1, double r0, double r1) {
  public Scale {
    if (!(Double.isFinite(d0) && Double.isFinite(d1)) || d0 == d1) {
      throw new IllegalArgumentException("scale domain [" + d0 + ", " + d1 + "]: expected two different finite values");
    }
  }

  public double map(double v) {
    return r0 + (v - d0) / (d1 - d0) * (r1 - r0);
  }

  /** Clamps to the domain, then maps (keeps off-scale points on the plot's edge). */
  public double mapClamped(double v) {
    double lo = Math.min(d0, d1);
    double hi = Math.max(d0, d1);
    return map(Math.max(lo, Math.min(hi, v)));
  }

  /** About {@code count} round tick values inside the domain (steps 1, 2, 2.5 or 5 × 10^k). */
  public List<Double> ticks(int count) {
    double lo = Math.min(d0, d1);
    double hi = Math.max(d0, d1);
    double step = niceStep((hi - lo) / Math.max(1, count));
    List<Double> out = new ArrayList<>();
    double first = Math.ceil(lo / step - 1e-9) * step;
    for (double t = first; t <= hi + step * 1e-9; t += step) {
      out.add(Math.abs(t) < step * 1e-9 ? 0.0 : t);
    }
    return out;
  }

  static double niceStep(double raw) {
    double p = Math.pow(10, Math.floor(Math.log10(raw)));
    double f = raw / p;
    double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
    return nice * p;
  }

  /** A domain [min, max] of the finite values, padded to round numbers; [0, 1] when there are none. */
  public static double[] niceDomain(double min, double max) {
    if (!(Double.isFinite(min) && Double.isFinite(max))) {
      return new double[] {0, 1};
    }
    if (min == max) {
      double pad = min == 0 ? 1 : Math.abs(min) * 0.1;
      return new double[] {min - pad, max + pad};
    }
    double step = niceStep((max - min) / 5);
    return new double[] {Math.floor(min / step) * step, Math.ceil(max / step) * step};
  }
}
