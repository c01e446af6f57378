package org.isletsim.graft;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;

/** Writes a recipient's day-by-day course ({@link CoupledCourse}) as CSV. */
public final class GraftCourseCsv {
  /** Column header. */
  public static final String HEADER = "day,immature_ieq,mature_ieq,infused_ieq,beta_fraction,alpha_fraction,"
      + "insulin_fraction,mean_glucose_mgdl,tir_percent,below70_percent,below54_percent,"
      + "fasting_glucose_mgdl,fasting_cpeptide_pmol_l";

  private GraftCourseCsv() {}

  /** Simulates days 0..{@code lastDay} and writes one row per day. */
  public static void write(Writer w, String catalogueId, String recipientKey, long seed, GraftPlan plan, int lastDay)
      throws IOException {
    w.write(HEADER + "\n");
    try {
      CoupledCourse.run(catalogueId, recipientKey, seed, plan, lastDay, r -> {
        GraftState s = r.graft();
        try {
          w.write(String.format(Locale.ROOT, "%d,%.1f,%.1f,%.1f,%.5f,%.5f,%.4f,%.2f,%.2f,%.2f,%.2f,%.2f,%.2f%n",
              r.day(), s.immatureIeq(), s.matureIeq(), s.infusedIeq(), s.betaFraction(), s.alphaFraction(),
              r.insulinFraction(), r.meanGlucoseMgDl(), r.tirPercent(), r.below70Percent(), r.below54Percent(),
              r.fastingGlucoseMgDl(), r.fastingCpeptidePmolL()));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
