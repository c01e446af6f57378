package org.isletsim.cgm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hypo- and hyperglycaemic episodes by the consensus definition (Battelino et al. 2023, Diabetes Care 46:1593): an
 * episode starts after at least 15 min beyond the threshold and ends after at least 15 min back on the other side;
 * shorter recoveries stay inside the episode. Computed on the interpolated grid as iglu {@code episode_calculation}
 * (level 1 &lt; 70 / &gt; 180, level 2 &lt; 54 / &gt; 250, extended hypo &gt; 120 min &lt; 70).
 */
public final class Episodes {
  /** Keys in the order of docs/cgm.md §7. */
  public static final List<String> KEYS =
      List.of("lv1_hypo", "lv2_hypo", "ext_hypo", "lv1_hyper", "lv2_hyper", "lv1_hypo_excl", "lv1_hyper_excl");

  private Episodes() {}

  /** An episode as grid indices [start, endExclusive) of the flattened grid. */
  public record Episode(int start, int endExclusive) {
    public int points() {
      return endExclusive - start;
    }
  }

  /** All summaries keyed as {@link #KEYS}; an empty map if the grid is missing. */
  public static Map<String, EpisodeSummary> summarise(GlucoseGrid grid) {
    Map<String, EpisodeSummary> out = new LinkedHashMap<>();
    if (grid == null) {
      return out;
    }
    double[] x = grid.glucoseMgDl();
    int dt0 = grid.dt0Min();
    int nonMissing = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        nonMissing++;
      }
    }
    double days = nonMissing * dt0 / 1440.0;
    int durIdx = (int) Math.ceil(15.0 / dt0);
    List<Episode> lv1Hypo = find(x, 70, true, durIdx, durIdx);
    List<Episode> lv2Hypo = find(x, 54, true, durIdx, durIdx);
    List<Episode> extHypo = find(x, 70, true, (int) Math.ceil(120.0 / dt0 + 1), durIdx);
    List<Episode> lv1Hyper = find(x, 180, false, durIdx, durIdx);
    List<Episode> lv2Hyper = find(x, 250, false, durIdx, durIdx);
    out.put("lv1_hypo", summary(lv1Hypo, x, dt0, days));
    out.put("lv2_hypo", summary(lv2Hypo, x, dt0, days));
    out.put("ext_hypo", summary(extHypo, x, dt0, days));
    out.put("lv1_hyper", summary(lv1Hyper, x, dt0, days));
    out.put("lv2_hyper", summary(lv2Hyper, x, dt0, days));
    out.put("lv1_hypo_excl", summary(excluding(lv1Hypo, x, 54, true), x, dt0, days));
    out.put("lv1_hyper_excl", summary(excluding(lv1Hyper, x, 250, false), x, dt0, days));
    return out;
  }

  /**
   * Episodes beyond {@code thr} ({@code below}: g &lt; thr, else g &gt; thr) in each contiguous non-missing stretch of
   * the grid: a run of at least {@code startPoints} points beyond the threshold starts one, the first later run of at
   * least {@code endPoints} points not beyond it ends it (exclusive); starts that share an end are merged.
   */
  public static List<Episode> find(double[] x, double thr, boolean below, int startPoints, int endPoints) {
    List<Episode> eps = new ArrayList<>();
    int i = 0;
    int n = x.length;
    while (i < n) {
      if (Double.isNaN(x[i])) {
        i++;
        continue;
      }
      int segEnd = i;
      while (segEnd < n && !Double.isNaN(x[segEnd])) {
        segEnd++;
      }
      findInSegment(x, i, segEnd, thr, below, startPoints, endPoints, eps);
      i = segEnd;
    }
    return eps;
  }

  private static void findInSegment(
      double[] x, int from, int to, double thr, boolean below, int startPoints, int endPoints, List<Episode> eps) {
    int openStart = -1;
    int i = from;
    while (i < to) {
      boolean level = below ? x[i] < thr : x[i] > thr;
      int j = i;
      while (j < to && (below ? x[j] < thr : x[j] > thr) == level) {
        j++;
      }
      int len = j - i;
      if (level && len >= startPoints && openStart < 0) {
        openStart = i;
      } else if (!level && len >= endPoints && openStart >= 0) {
        eps.add(new Episode(openStart, i));
        openStart = -1;
      }
      i = j;
    }
    if (openStart >= 0) {
      eps.add(new Episode(openStart, to));
    }
  }

  private static List<Episode> excluding(List<Episode> lv1, double[] x, double lv2Thr, boolean below) {
    List<Episode> out = new ArrayList<>();
    for (Episode e : lv1) {
      boolean hasLv2 = false;
      for (int k = e.start(); k < e.endExclusive() && !hasLv2; k++) {
        hasLv2 = below ? x[k] < lv2Thr : x[k] > lv2Thr;
      }
      if (!hasLv2) {
        out.add(e);
      }
    }
    return out;
  }

  private static EpisodeSummary summary(List<Episode> eps, double[] x, int dt0, double days) {
    if (eps.isEmpty()) {
      return new EpisodeSummary(0, days > 0 ? 0.0 : Double.NaN, 0.0, Double.NaN);
    }
    double dur = 0;
    double gl = 0;
    for (Episode e : eps) {
      dur += e.points() * (double) dt0;
      gl += Stats.mean(x, e.start(), e.endExclusive());
    }
    return new EpisodeSummary(eps.size(), eps.size() / days, dur / eps.size(), gl / eps.size());
  }
}
