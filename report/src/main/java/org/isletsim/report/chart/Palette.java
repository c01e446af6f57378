package org.isletsim.report.chart;

/** Colours used by the charts: a colour-blind-safe categorical palette (Okabe–Ito) and the AGP range colours. */
public final class Palette {
  private Palette() {}

  private static final String[] CATEGORICAL = {
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000"
  };

  /** Consensus AGP/TIR colours: very low, low, in range, high, very high. */
  public static final String VERY_LOW = "#a4161a";
  public static final String LOW = "#e5383b";
  public static final String IN_RANGE = "#2b9348";
  public static final String HIGH = "#f4a300";
  public static final String VERY_HIGH = "#e76f00";

  /** The i-th categorical colour (cycling). */
  public static String color(int i) {
    return CATEGORICAL[Math.floorMod(i, CATEGORICAL.length)];
  }
}
