package org.isletsim.graft;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The validation cohorts of docs/VALIDATION.md ("Graft"), as plain functions so that a slow test and the
 * documentation run the same code. Run {@code java -cp … org.isletsim.graft.GraftValidation [n] [seed]} to
 * print the tables in Markdown.
 */
public final class GraftValidation {
  private GraftValidation() {}

  /** Distribution summary: mean, SD, min, 5th, 50th, 95th percentile, max. */
  public record Dist(double mean, double sd, double min, double p5, double p50, double p95, double max) {
    static Dist of(double[] v) {
      double[] s = v.clone();
      Arrays.sort(s);
      double mean = Arrays.stream(s).average().orElse(Double.NaN);
      double var = Arrays.stream(s).map(x -> (x - mean) * (x - mean)).sum() / Math.max(1, s.length - 1);
      return new Dist(mean, Math.sqrt(var), s[0], q(s, 0.05), q(s, 0.5), q(s, 0.95), s[s.length - 1]);
    }

    private static double q(double[] s, double p) {
      double pos = p * (s.length - 1);
      int i = (int) Math.floor(pos);
      return i + 1 < s.length ? s[i] + (pos - i) * (s[i + 1] - s[i]) : s[i];
    }

    String row(String name, String unit, String target, double lo, double hi, double[] v) {
      long in = Arrays.stream(v).filter(x -> x >= lo && x <= hi).count();
      String f = unit.startsWith("nmol") ? "%.2f" : "%.1f";
      return String.format(Locale.ROOT, "| %s (%s) | %s | " + f + " ± " + f + " | " + f + " | " + f + " | " + f + " | " + f
          + " | " + f + " | %d/%d |", name, unit, target, mean, sd, min, p5, p50, p95, max, in, v.length);
    }
  }

  /** MMTTs of healthy controls 1..n. */
  public static List<MmttResult> healthyCohort(int n, long seed) {
    List<MmttResult> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) out.add(Mmtt.run(VirtualSubjects.healthy(i, seed), 0));
    return out;
  }

  /** Catalogue adult for recipient i (0-based) and the recipient's key. */
  static String adult(int i) {
    return String.format(Locale.ROOT, "adult#%03d", i % 10 + 1);
  }

  static String key(int i) {
    return String.format(Locale.ROOT, "%s/r%03d", adult(i), i);
  }

  /** Peak MMTT C-peptide (pmol/L) of n recipients of {@code plan} on {@code day}. */
  public static double[] peakCpeptide(int n, long seed, GraftPlan plan, int day) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) v[i] = GraftedMmtt.run(adult(i), key(i), seed, plan, day).mmtt().peakCpeptidePmolL();
    return v;
  }

  static double[] map(List<MmttResult> rs, ToDoubleFunction<MmttResult> f) {
    return rs.stream().mapToDouble(f).toArray();
  }

  /**
   * Graft-module view of the Edmonton protocol (Shapiro 2006): deceased-donor islets, two portal infusions of
   * 415 000 IEQ on days 0 and 60 (≈ 11 900 IEQ/kg in total at 70 kg, Ryan 2005), full immunosuppression, nominal
   * glucose; returns the fractions of recipients with φβ ≥ insulinIndependenceBetaFraction at 1 and 2 years after
   * the last infusion and ever (daily), and with φβ &lt; 0.01 (no function left) 1 year after the last infusion.
   * The trial preset {@code edmonton-2006} (care course, the protocol's rule for up to three infusions, the trial's
   * endpoint definitions) is the validation against the published figures (VALIDATION.md "Trial").
   */
  public static double[] edmonton(int n, long seed) {
    GraftPlan plan = GraftPlan.withDefaults(GraftProduct.DECEASED_DONOR_ISLET, GraftSite.PORTAL_VEIN,
        List.of(new Infusion(0, 415_000), new Infusion(60, 415_000)));
    double threshold = plan.globals().insulinIndependenceBetaFraction();
    int oneYear = 0, twoYears = 0, ever = 0, lost = 0;
    for (int i = 0; i < n; i++) {
      GraftCourse c = new GraftCourse(plan, seed, "edmonton#" + i);
      boolean e = false;
      for (int day = 0; day <= 790; day++) {
        double phi = c.advanceTo(day).betaFraction();
        e |= phi >= threshold;
        if (day == 425 && phi >= threshold) oneYear++;
        if (day == 425 && phi < 0.01) lost++;
        if (day == 790 && phi >= threshold) twoYears++;
      }
      if (e) ever++;
    }
    return new double[] {(double) oneYear / n, (double) twoYears / n, (double) ever / n, (double) lost / n};
  }

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 2025;
    long t0 = System.nanoTime();
    List<MmttResult> h = healthyCohort(n, seed);
    System.out.printf(Locale.ROOT, "### Healthy controls (n = %d, seed %d)%n%n", n, seed);
    System.out.println("| quantity | target | mean ± SD | min | 5th | median | 95th | max | in target |");
    System.out.println("|---|---|---|---|---|---|---|---|---|");
    System.out.println(Dist.of(map(h, MmttResult::fastingGlucoseMgDl)).row("fasting glucose", "mg/dL", "70–100", 70, 100, map(h, MmttResult::fastingGlucoseMgDl)));
    double[] g120 = map(h, r -> r.glucoseAt(120));
    System.out.println(Dist.of(g120).row("2-h glucose", "mg/dL", "< 140", 0, 139.999, g120));
    double[] fcp = map(h, r -> r.fastingCpeptidePmolL() / 1000);
    System.out.println(Dist.of(fcp).row("fasting C-peptide", "nmol/L", "0.2–0.7", 0.2, 0.7, fcp));
    double[] pk = map(h, r -> r.peakCpeptidePmolL() / 1000);
    System.out.println(Dist.of(pk).row("MMTT peak C-peptide", "nmol/L", "1.0–3.0", 1.0, 3.0, pk));
    double[] pg = map(h, MmttResult::peakGlucoseMgDl);
    System.out.println(Dist.of(pg).row("MMTT peak glucose", "mg/dL", "—", 0, 1e9, pg));

    System.out.printf(Locale.ROOT, "%n### Portal stem-cell islet graft, C-peptide-negative T1D recipients (n = %d, seed %d)%n%n", n, seed);
    System.out.println("| day | published mean peak (pmol/L) | full dose mean ± SD | ratio | half dose mean ± SD | half/full |");
    System.out.println("|---|---|---|---|---|---|");
    GraftPlan full = GraftPlan.stemCellPortal(0.8e9), half = GraftPlan.stemCellPortal(0.4e9);
    int[] days = {30, 90, 180, 365};
    double[] published = {Double.NaN, 424, 1036, 1274};
    for (int k = 0; k < days.length; k++) {
      Dist f = Dist.of(peakCpeptide(n, seed, full, days[k]));
      Dist hf = Dist.of(peakCpeptide(n, seed, half, days[k]));
      System.out.printf(Locale.ROOT, "| %d | %s | %.0f ± %.0f | %s | %.0f ± %.0f | %.2f |%n", days[k],
          Double.isNaN(published[k]) ? "—" : String.format(Locale.ROOT, "%.0f", published[k]), f.mean, f.sd,
          Double.isNaN(published[k]) ? "—" : String.format(Locale.ROOT, "%.2f", f.mean / published[k]), hf.mean, hf.sd, hf.mean / f.mean);
    }

    System.out.printf(Locale.ROOT, "%n### Alpha cells on/off: insulin overdose 0.15 U/kg s.c., fasting, day 365 (n = %d)%n%n", n);
    GraftPlan off = full.withAlphaCells(false);
    double[] on54 = new double[n], off54 = new double[n], onNadir = new double[n], offNadir = new double[n];
    int worse = 0;
    for (int i = 0; i < n; i++) {
      var a = HypoglycaemiaChallenge.runRecipient(adult(i), key(i), seed, full, 365, 0.15);
      var b = HypoglycaemiaChallenge.runRecipient(adult(i), key(i), seed, off, 365, 0.15);
      on54[i] = a.minutesBelow54();
      off54[i] = b.minutesBelow54();
      onNadir[i] = a.nadirMgDl();
      offNadir[i] = b.nadirMgDl();
      if (b.minutesBelow54() > a.minutesBelow54()) worse++;
    }
    System.out.println("| graft alpha cells | minutes < 54 mg/dL in 6 h, mean ± SD | nadir mg/dL, mean ± SD |");
    System.out.println("|---|---|---|");
    Dist a54 = Dist.of(on54), b54 = Dist.of(off54), an = Dist.of(onNadir), bn = Dist.of(offNadir);
    System.out.printf(Locale.ROOT, "| on | %.1f ± %.1f | %.1f ± %.1f |%n", a54.mean, a54.sd, an.mean, an.sd);
    System.out.printf(Locale.ROOT, "| off | %.1f ± %.1f | %.1f ± %.1f |%n", b54.mean, b54.sd, bn.mean, bn.sd);
    System.out.printf(Locale.ROOT, "%nrecipients with more time < 54 mg/dL when alpha cells are off: %d/%d%n", worse, n);
    System.out.printf(Locale.ROOT, "%n### Daily life (3 meals, residual insulin scaled by the graft), full dose (n = %d)%n%n", n);
    System.out.println("| day | mean glucose (mg/dL) | TIR 70–180 (%) | recipients with TIR > 70% | < 70 mg/dL (%) | < 54 mg/dL (%) | GMI (%) | insulin (fraction of usual) |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    for (int day : new int[] {-1, 90, 180, 365}) {
      double m = 0, tir = 0, b70 = 0, low54 = 0, gmi = 0, f = 0;
      int over70 = 0;
      for (int i = 0; i < n; i++) {
        DailyLife.Day d = day < 0 ? DailyLife.withoutGraft(adult(i)) : DailyLife.recipient(adult(i), key(i), seed, full, day);
        m += d.meanMgDl();
        tir += d.tirPercent();
        b70 += d.below70Percent();
        low54 += d.below54Percent();
        gmi += d.gmiPercent();
        f += d.insulinFraction();
        if (d.tirPercent() > 70) over70++;
      }
      System.out.printf(Locale.ROOT, "| %s | %.0f | %.1f | %d/%d | %.2f | %.2f | %.2f | %.2f |%n", day < 0 ? "no graft" : String.valueOf(day),
          m / n, tir / n, over70, n, b70 / n, low54 / n, gmi / n, f / n);
    }
    double[] edm = edmonton(1000, seed);
    System.out.printf(Locale.ROOT, "%n### Deceased-donor islets, Edmonton protocol (n = 1000 courses)%n%n");
    System.out.println("| graft-module view (two infusions, φβ) | simulated | Shapiro 2006 (n = 36; up to three infusions) |");
    System.out.println("|---|---|---|");
    System.out.printf(Locale.ROOT, "| φβ ≥ 0.35 1 year after final infusion | %.0f%% | 44%% (16/36 met the primary endpoint) |%n", 100 * edm[0]);
    System.out.printf(Locale.ROOT, "| φβ ≥ 0.35 2 years after | %.0f%% | 14%% (5/36) |%n", 100 * edm[1]);
    System.out.printf(Locale.ROOT, "| φβ ≥ 0.35 ever | %.0f%% | 58%% (21/36) |%n", 100 * edm[2]);
    System.out.printf(Locale.ROOT, "| no function left (φβ < 0.01) 1 year after | %.0f%% | 28%% (10/36 complete graft loss) |%n", 100 * edm[3]);
    System.out.printf(Locale.ROOT, "(computed in %.1f s)%n", (System.nanoTime() - t0) / 1e9);
  }
}
