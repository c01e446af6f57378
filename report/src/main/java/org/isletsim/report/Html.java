package org.isletsim.report;

import java.util.Locale;

/** HTML/SVG text helpers: escaping and locale-independent number formatting. */
public final class Html {
  private Html() {}

  /** Escapes text for element content and double-quoted attribute values. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** A number with a fixed count of decimals (Locale.ROOT); NaN and infinities as an en dash. */
  public static String number(double v, int decimals) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return "\u2013";
    }
    String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
    return s.equals("-0") || s.matches("-0\\.0+") ? s.substring(1) : s;
  }
}
