package org.isletsim.graft;

import java.io.IOException;
import java.util.List;
import org.isletsim.io.table.Column;
import org.isletsim.io.table.TableWriter;

/**
 * The course of one MMTT and its standard summary (values at the sampling times, peak and trapezoidal AUC).
 *
 * @param points minute-by-minute course from {@link Mmtt#START_MIN} to {@link Mmtt#END_MIN}
 * @param carbohydrateG carbohydrate of the drink, g
 * @param basalUPerMin basal insulin given during the test, U/min
 */
public record MmttResult(List<Mmtt.Point> points, double carbohydrateG, double basalUPerMin) {
  /** Assay detection limit of C-peptide, pmol/L (FORWARD-101 secondary summary: undetectable &lt; 13). */
  public static final double CPEPTIDE_DETECTION_LIMIT_PMOL_L = 13.0;

  public MmttResult {
    points = List.copyOf(points);
  }

  /** The recorded point at minute {@code t}. */
  public Mmtt.Point at(int t) {
    int i = t - Mmtt.START_MIN;
    if (i < 0 || i >= points.size()) throw new IllegalArgumentException("no sample at t=" + t);
    return points.get(i);
  }

  public double fastingGlucoseMgDl() {
    return at(0).glucoseMgDl();
  }

  public double fastingCpeptidePmolL() {
    return at(0).cpeptidePmolL();
  }

  public double glucoseAt(int t) {
    return at(t).glucoseMgDl();
  }

  public double cpeptideAt(int t) {
    return at(t).cpeptidePmolL();
  }

  /** Highest C-peptide over the standard samples from 0 to 240 min, pmol/L. */
  public double peakCpeptidePmolL() {
    double peak = 0;
    for (int t : Mmtt.SAMPLE_MIN) if (t >= 0) peak = Math.max(peak, cpeptideAt(t));
    return peak;
  }

  /** Highest glucose over the standard samples from 0 to 240 min, mg/dL. */
  public double peakGlucoseMgDl() {
    double peak = 0;
    for (int t : Mmtt.SAMPLE_MIN) if (t >= 0) peak = Math.max(peak, glucoseAt(t));
    return peak;
  }

  /** Trapezoidal AUC of C-peptide over the standard samples from 0 to {@code endMin}, pmol/L·min. */
  public double cpeptideAucPmolLMin(int endMin) {
    return auc(endMin, true);
  }

  /** Trapezoidal AUC of glucose over the standard samples from 0 to {@code endMin}, mg/dL·min. */
  public double glucoseAucMgDlMin(int endMin) {
    return auc(endMin, false);
  }

  private double auc(int endMin, boolean cpeptide) {
    double sum = 0;
    int prev = Integer.MIN_VALUE;
    for (int t : Mmtt.SAMPLE_MIN) {
      if (t < 0 || t > endMin) continue;
      if (prev != Integer.MIN_VALUE) {
        double a = cpeptide ? cpeptideAt(prev) : glucoseAt(prev);
        double b = cpeptide ? cpeptideAt(t) : glucoseAt(t);
        sum += 0.5 * (a + b) * (t - prev);
      }
      prev = t;
    }
    return sum;
  }

  /** True if C-peptide is above the assay detection limit at any sample. */
  public boolean cpeptideDetectable() {
    for (int t : Mmtt.SAMPLE_MIN) if (cpeptideAt(t) >= CPEPTIDE_DETECTION_LIMIT_PMOL_L) return true;
    return false;
  }

  /** Columns of the course table: {@code t_min,glucose_mgdl,cpeptide_pmol_l,insulin_pmol_l,sample}. */
  public static final List<Column> COLUMNS = List.of(Column.integer("t_min"), Column.number("glucose_mgdl", 4),
      Column.number("cpeptide_pmol_l", 4), Column.number("insulin_pmol_l", 4), Column.integer("sample"));

  /** Writes the course, one row a minute, to {@code w} (opened with {@link #COLUMNS}); sample is 1 at a sampling time. */
  public void writeTo(TableWriter w) throws IOException {
    for (Mmtt.Point p : points) {
      boolean sample = false;
      for (int t : Mmtt.SAMPLE_MIN) sample |= t == p.tMin();
      w.row(p.tMin(), p.glucoseMgDl(), p.cpeptidePmolL(), p.insulinPmolL(), sample ? 1 : 0);
    }
  }
}
