package org.isletsim.trial.endpoint;

import org.isletsim.graft.GraftFunctionIndices;
import org.isletsim.graft.GraftFunctionIndices.IglsClass;
import org.isletsim.graft.LabUnits;
import org.isletsim.trial.sim.ParticipantCourse;
import org.isletsim.trial.sim.Visit;

/**
 * Igls classes at a visit. Igls 2018 (Rickels MR et al. Transpl Int 2018;31:343-352) via the graft module's
 * {@link GraftFunctionIndices#igls2018}; severe hypoglycaemia = events in the 365 days before the visit vs the
 * prior-year count at screening; C-peptide = the higher of MMTT fasting and peak, in ng/mL.
 *
 * <p>Igls 2.0 (Landstra CP et al. JCEM 2021;106:3049-3059, Table 2), two steps. Treatment outcome: optimal =
 * HbA1c ≤ 6.5%, TIR ≥ 80%, no severe events, time &lt; 54 mg/dL = 0; good = HbA1c &lt; 7.0%, TIR ≥ 70%, no severe
 * events, time &lt; 54 &lt; 1%; marginal = the table's row read as one profile: HbA1c ≤ baseline and TIR &gt; baseline
 * (glycaemic control no worse and time in range better) and fewer severe events than baseline and less time &lt; 54
 * than baseline (each hypoglycaemia criterion, when its baseline is 0, becomes "still none", footnote d: without
 * hypoglycaemia before, glycaemic control was the indication); failure otherwise. Graft function via
 * {@link GraftFunctionIndices#igls2GraftFunction}, classified on its own (footnote e, "must first meet treatment
 * outcome", is not applied: both classes are reported, as "treatment/graft").
 */
public final class Igls {
  private Igls() {}

  public static IglsClass igls2018(ParticipantCourse c, Visit v, int priorYearSevereEvents) {
    Visit b = c.baseline();
    int she = c.severeHypoglycaemia(Math.max(1, v.day() - 364), v.day());
    double cp = LabUnits.cpeptidePmolLToNgMl(Math.max(v.fastingCpeptidePmolL(), v.peakCpeptidePmolL()));
    double cp0 = LabUnits.cpeptidePmolLToNgMl(Math.max(b.fastingCpeptidePmolL(), b.peakCpeptidePmolL()));
    return GraftFunctionIndices.igls2018(v.hba1cPercent(), b.hba1cPercent(), she, priorYearSevereEvents,
        v.insulinUPerKgDay(), b.insulinUPerKgDay(), cp, cp0);
  }

  public static IglsClass igls2Treatment(ParticipantCourse c, Visit v, int priorYearSevereEvents) {
    Visit b = c.baseline();
    int she = c.severeHypoglycaemia(Math.max(1, v.day() - 364), v.day());
    if (v.hba1cPercent() <= 6.5 && v.tirPercent() >= 80 && she == 0 && v.tbr54Percent() == 0) return IglsClass.OPTIMAL;
    if (v.hba1cPercent() < 7.0 && v.tirPercent() >= 70 && she == 0 && v.tbr54Percent() < 1) return IglsClass.GOOD;
    boolean glycaemia = v.hba1cPercent() <= b.hba1cPercent() && v.tirPercent() > b.tirPercent();
    boolean severe = priorYearSevereEvents > 0 ? she < priorYearSevereEvents : she == 0;
    boolean below54 = b.tbr54Percent() > 0 ? v.tbr54Percent() < b.tbr54Percent() : v.tbr54Percent() == 0;
    return glycaemia && severe && below54 ? IglsClass.MARGINAL : IglsClass.FAILURE;
  }

  public static IglsClass igls2Graft(Visit v) {
    return GraftFunctionIndices.igls2GraftFunction(
        LabUnits.cpeptidePmolLToNgMl(v.fastingCpeptidePmolL()), LabUnits.cpeptidePmolLToNgMl(v.peakCpeptidePmolL()),
        v.insulinUPerKgDay() > 0);
  }

  public static boolean success(IglsClass c) {
    return c == IglsClass.OPTIMAL || c == IglsClass.GOOD;
  }

  public static String label(IglsClass c) {
    return c.name().toLowerCase(java.util.Locale.ROOT);
  }
}
