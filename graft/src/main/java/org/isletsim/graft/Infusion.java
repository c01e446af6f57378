package org.isletsim.graft;

/**
 * One infusion or implantation.
 *
 * @param day day of the graft course (0 = first infusion)
 * @param ieq dose in islet equivalents (cell doses are converted with {@link BiologyGlobals#cellsPerIeq()})
 */
public record Infusion(int day, double ieq) {
  public Infusion {
    if (day < 0) throw new IllegalArgumentException("day must be >= 0 (got " + day + ")");
    if (!(ieq > 0) || Double.isInfinite(ieq)) throw new IllegalArgumentException("dose must be > 0 (got " + ieq + ")");
  }
}
