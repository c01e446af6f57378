package org.isletsim.trial.output;

import java.util.Locale;

/** Number and text formatting shared by the CSV writers: fixed decimals, {@code NA} for NaN, RFC 4180 quoting. */
final class Csv {
  private Csv() {}

  static String num(double v) {
    if (Double.isNaN(v)) return "NA";
    if (Double.isInfinite(v)) return v > 0 ? "Inf" : "-Inf";
    String s = String.format(Locale.ROOT, "%.6f", v);
    return s.equals("-0.000000") ? "0.000000" : s;
  }

  static String text(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) return s;
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
