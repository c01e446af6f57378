package org.isletsim.care.regimen;

import org.isletsim.care.policy.CarePolicy;

/**
 * The clinician's periodic review, a pure decision from the CGM summary of the review window and the insulin
 * actually given: lower basal and bolus when lows appear, raise them (up to a cap) when glucose is clearly
 * above range without lows, hold when lows and highs come together, wean while the week is in range once fasting C-peptide shows graft function, stop insulin when the need has fallen below a threshold while glucose is in range,
 * and restart it (at a fraction of the pre-trial dose, Ryan EA et al., Diabetes 2005;54:2060-9) when an
 * insulin-free person's week falls below a CGM target (default: time 70–180 &lt; 70%, the stop criterion's mirror;
 * the minimums proposed for islet autotransplant recipients, 75% and 70–140 ≥ 50%, made S2008 recipients cycle,
 * docs/care.md). No step-by-step weaning protocol is published (docs/care.md); the thresholds are data in the care
 * policy.
 */
public final class ClinicianReview {
  /** What the review decided. */
  public enum Action { NONE, REDUCE, INCREASE, STOP, RESTART, REINTENSIFY }

  /**
   * CGM summary of the review window.
   *
   * @param tirPct time 70–180 mg/dL, %
   * @param tir70to140Pct time 70–140 mg/dL, %
   * @param tbr70Pct time below 70, %
   * @param tbr54Pct time below 54, %
   * @param insulinUPerKgDay mean insulin per kg on the window's days with insulin, U/kg/day, for the stop rule; NaN
   *     (no stop) when the course's daily safety check acted in the window
   * @param graftFunction the last fasting C-peptide showed graft function (policy threshold); enables weaning in range
   */
  public record Window(double tirPct, double tir70to140Pct, double tbr70Pct, double tbr54Pct, double insulinUPerKgDay,
      boolean graftFunction) {
    /** A window without graft function (no C-peptide). */
    public Window(double tirPct, double tir70to140Pct, double tbr70Pct, double tbr54Pct, double insulinUPerKgDay) {
      this(tirPct, tir70to140Pct, tbr70Pct, tbr54Pct, insulinUPerKgDay, false);
    }
  }

  private final CarePolicy.Titration t;

  public ClinicianReview(CarePolicy.Titration t) {
    this.t = t;
  }

  /**
   * Daily safety check between reviews: insulin is restarted at once (or a weaned dose re-intensified) when a
   * day's mean CGM exceeds the policy's urgent threshold, so glucose cannot run away for a whole review period.
   */
  public Action daily(double dayMeanCgmMgDl, InsulinRegimen regimen) {
    if (!(dayMeanCgmMgDl > t.urgentRestartIfDayMeanMgdlAbove())) return Action.NONE;
    if (!regimen.isOn()) {
      regimen.setDoseFrac(t.restartDoseFrac());
      regimen.setOn(true);
      return Action.RESTART;
    }
    if (regimen.doseFrac() < t.restartDoseFrac()) {
      regimen.setDoseFrac(t.restartDoseFrac());
      return Action.REINTENSIFY;
    }
    return Action.NONE;
  }

  /** Decides and applies the review to the regimen; returns what was done. */
  public Action review(Window w, InsulinRegimen regimen) {
    if (!regimen.isOn()) {
      if (w.tirPct() < t.restartIfTir70to180PctBelow() || w.tir70to140Pct() < t.restartIfTir70to140PctBelow()) {
        regimen.setDoseFrac(t.restartDoseFrac());
        regimen.setOn(true);
        return Action.RESTART;
      }
      return Action.NONE;
    }
    if (w.insulinUPerKgDay() < t.stopIfDoseUPerKgDayBelow() && w.tirPct() >= t.stopIfTirPctAtLeast()) {
      regimen.setOn(false); // lows on such a small dose are a reason to stop, not to keep titrating
      return Action.STOP;
    }
    boolean lows = w.tbr70Pct() > t.reduceIfTbr70PctAbove() || w.tbr54Pct() > t.reduceIfTbr54PctAbove();
    if (regimen.doseFrac() < t.restartDoseFrac()
        && (w.tirPct() < t.restartIfTir70to180PctBelow() || w.tir70to140Pct() < t.restartIfTir70to140PctBelow())
        && !lows) {
      regimen.setDoseFrac(t.restartDoseFrac()); // a weaned dose that no longer holds targets: back to the restart dose
      return Action.REINTENSIFY;
    }
    // highs: time above range alone keeps time in range below the increase threshold (a week mostly *below* range
    // has a low time in range too, and needs a reduction, not a hold)
    boolean highs = 100 - w.tirPct() - w.tbr70Pct() > 100 - t.increaseIfTirPctBelow();
    if (lows && highs) {
      return Action.NONE; // lows and highs together: a dose change would worsen one of them; hold
    }
    if (lows) { // with graft function lows mean the graft covers more: reduce at least by the weaning step
      double step = w.graftFunction() ? Math.max(t.reduceStepFrac(), t.weanStepFrac()) : t.reduceStepFrac();
      regimen.setDoseFrac(regimen.doseFrac() * (1 - step));
      return Action.REDUCE;
    }
    if (w.graftFunction() && w.tirPct() >= t.weanIfTirPctAtLeast() && t.weanStepFrac() > 0) {
      regimen.setDoseFrac(regimen.doseFrac() * (1 - t.weanStepFrac())); // the graft takes over: wean while in range
      return Action.REDUCE;
    }
    if (w.tirPct() < t.increaseIfTirPctBelow() && w.tbr70Pct() < t.increaseIfTbr70PctBelow()
        && regimen.doseFrac() < t.maxDoseFrac()) {
      regimen.setDoseFrac(Math.min(t.maxDoseFrac(), regimen.doseFrac() * (1 + t.increaseStepFrac())));
      return Action.INCREASE;
    }
    return Action.NONE;
  }
}
