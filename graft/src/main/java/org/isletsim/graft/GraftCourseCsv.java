package org.isletsim.graft;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** Writes a recipient's day-by-day graft course as CSV. */
public final class GraftCourseCsv {
  private GraftCourseCsv() {}

  /**
   * Columns: {@code day,immature_ieq,mature_ieq,infused_ieq,beta_fraction,alpha_fraction,residual_basal_fraction}
   * (the last is the fraction of usual basal insulin still needed, see {@link GraftedMmtt#residualBasalFraction}).
   */
  public static void write(Writer w, GraftPlan plan, long seed, String recipientKey, int lastDay) throws IOException {
    GraftCourse course = new GraftCourse(plan, seed, recipientKey);
    w.write("day,immature_ieq,mature_ieq,infused_ieq,beta_fraction,alpha_fraction,residual_basal_fraction\n");
    for (int d = 0; d <= lastDay; d++) {
      GraftState s = course.advanceTo(d);
      w.write(String.format(Locale.ROOT, "%d,%.1f,%.1f,%.1f,%.5f,%.5f,%.4f%n", d, s.immatureIeq(), s.matureIeq(),
          s.infusedIeq(), s.betaFraction(), s.alphaFraction(), GraftedMmtt.residualBasalFraction(s, plan.globals())));
    }
  }
}
