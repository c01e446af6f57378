package org.isletsim.graft;

import static org.isletsim.physiology.StateIndex.*;

import org.isletsim.ode.ContinuousDormandPrince54;
import org.isletsim.ode.DormandPrince54;
import org.isletsim.physiology.Integration;
import org.isletsim.physiology.MealIntake;
import org.isletsim.physiology.PatientModel;
import org.isletsim.physiology.PatientParameters;
import org.isletsim.physiology.VirtualPatient;

/**
 * A virtual subject with endogenous islet function ({@link EndocrineModel}), advanced in one-minute steps with
 * the same meal handling as the engine's {@link VirtualPatient} (announced grams eaten at 5 g/min; gastric
 * emptying reference dose D̄ = stomach content at the start of the eating episode plus everything eaten since,
 * {@link MealIntake}) and the same integration choices: by default ({@link #DEFAULT_INTEGRATION}) a continuous
 * Dormand–Prince 5(4) that steps across minutes and restarts when an input or the graft's function changes; in
 * reference mode simglucose's DOPRI5 restarted every minute. (The engine's exact split of the insulin kinetics
 * does not apply here: secretion couples insulin to glucose.)
 *
 * <p>Not thread-safe; {@link #step} allocates nothing.
 */
public final class EndocrinePatient implements LabSubject, PatientModel {
  /**
   * The recipient's default: the continuous Dormand–Prince at rtol 2e-4, atol 1e-6, gut contents to 0.01 mg and
   * the islet states to {@link #DEFAULT_ISLET_STATE_ATOL}. Against the per-minute DOPRI5 replica (rtol 1e-6, atol
   * 1e-12) it differs by at most 5.7e-3 mg/dL and 0.34 pmol/L C-peptide over a recipient's day (10 adults, three
   * meals and boluses), far below the graft's own validation scale (±30% C-peptide) and 15× inside the engine's
   * 0.1 mg/dL bound, with 2,589 instead of 3,017 evaluations a day (rtol 5e-5 and 1e-6 for every non-gut state,
   * the default until 2026-11-27) (RecipientIntegrationTest; docs/PERFORMANCE.md, graft section).
   */
  public static final Integration DEFAULT_INTEGRATION =
      new Integration(Integration.Mode.FAST, 2e-4, 1e-6, 1e-2, 1e-4);

  /**
   * Absolute tolerance of the seven islet states (secretion Y, IPO, C-peptide CP1/CP2, glucagon SRHS/H/XH; pmol/kg,
   * pmol/L, ng/L) in {@link #DEFAULT_INTEGRATION} (its {@code extraStateAtol}): they sit near zero in fasting, where
   * 1e-6 made the steps follow noise-level changes.
   */
  public static final double DEFAULT_ISLET_STATE_ATOL = DEFAULT_INTEGRATION.extraStateAtol();

  private final PatientParameters params;
  private final EndocrineModel model;
  private final DormandPrince54 perMinute; // reference mode
  private final ContinuousDormandPrince54 continuous; // fast mode
  private final double[] state = new double[EndocrineState.COUNT]; // at `minute` (fast mode: when fresh)
  private final double insulinScale;
  private final double usualBasalUPerMin;
  private final MealIntake intake;

  private long minute;
  private double lastEatenGPerMin;
  private double lastInsulinUPerMin;
  private double lastDbarMg = Double.NaN;
  private boolean started;
  private boolean stateFresh = true;

  /**
   * @param params S2008 parameters
   * @param model the coupled model built for {@code params}
   * @param initialState 20 initial states (copied)
   * @param usualBasalUPerMin basal insulin of the subject's usual therapy, U/min
   */
  public EndocrinePatient(
      PatientParameters params, EndocrineModel model, double[] initialState, double usualBasalUPerMin) {
    this(params, model, initialState, usualBasalUPerMin, DEFAULT_INTEGRATION);
  }

  /** As above, with a choice of integration. */
  public EndocrinePatient(
      PatientParameters params,
      EndocrineModel model,
      double[] initialState,
      double usualBasalUPerMin,
      Integration integration) {
    if (initialState.length != EndocrineState.COUNT) {
      throw new IllegalArgumentException("initial state must have " + EndocrineState.COUNT + " components");
    }
    this.params = params;
    this.model = model;
    if (integration.mode() == Integration.Mode.REFERENCE) {
      this.perMinute = new DormandPrince54(EndocrineState.COUNT, integration.rtol(), integration.atol(), 500);
      this.continuous = null;
    } else {
      this.perMinute = null;
      this.continuous =
          new ContinuousDormandPrince54(integration.rtol(), integration.absoluteTolerances(EndocrineState.COUNT), 30);
    }
    this.insulinScale = PatientParameters.PMOL_PER_U / params.bodyWeightKg();
    this.usualBasalUPerMin = usualBasalUPerMin;
    System.arraycopy(initialState, 0, state, 0, EndocrineState.COUNT);
    this.intake = new MealIntake(() -> state(QSTO1) + state(QSTO2));
    intake.reset(state[QSTO1] + state[QSTO2]);
  }

  @Override
  public void step(double announcedChoG, double insulinUPerMin) {
    double eat = intake.eat(announcedChoG);
    double dbarMg = intake.dbarMg();
    boolean sameInputs =
        started && eat == lastEatenGPerMin && insulinUPerMin == lastInsulinUPerMin && dbarMg == lastDbarMg;
    model.setInputs(eat * 1000, insulinUPerMin * insulinScale, dbarMg);
    if (perMinute != null) {
      perMinute.integrate(model, minute, state, minute + 1, sameInputs);
    } else {
      if (!sameInputs) {
        refresh();
        continuous.restart(model, minute, state);
      }
      if (eat > 0) continuous.stepToExactly(minute + 1); // eating: next minute's D̄ or rate differs
      else continuous.stepTo(minute + 1);
      stateFresh = false;
    }
    started = true;
    lastEatenGPerMin = eat;
    lastInsulinUPerMin = insulinUPerMin;
    lastDbarMg = dbarMg;
    minute++;
  }

  /** Changes the functional beta/alpha fractions (takes effect from the next step). */
  public void setFunctionalFractions(double betaFraction, double alphaFraction) {
    model.setFunctionalFractions(betaFraction, alphaFraction);
    started = false; // the right-hand side changed: restart the integration
  }

  @Override
  public void setGlucoseFloorRecovery(boolean recovers) {
    model.setGlucoseFloorRecovery(recovers);
    started = false;
  }

  /** Insulin-sensitivity and uptake modulation (takes effect from the next step). */
  public void setModulation(double insulinSensitivityFactor, double extraUptakeMgPerKgMin) {
    model.setModulation(insulinSensitivityFactor, extraUptakeMgPerKgMin);
    started = false;
  }

  /** Fast mode: the state at the current minute from the integrator's dense output. */
  private void refresh() {
    if (!stateFresh) {
      for (int i = 0; i < EndocrineState.COUNT; i++) state[i] = continuous.valueAt(minute, i);
      stateFresh = true;
    }
  }

  private double value(int index) {
    return stateFresh ? state[index] : continuous.valueAt(minute, index);
  }

  @Override
  public double plasmaGlucoseMgDl() {
    return value(GP) / params.vgDlPerKg();
  }

  /** Subcutaneous (CGM-observed) glucose Gs/Vg, mg/dL. */
  public double glucoseMgDl() {
    return sensorGlucoseMgDl();
  }

  @Override
  public double sensorGlucoseMgDl() {
    return value(GS) / params.vgDlPerKg();
  }

  @Override
  public double cpeptidePmolL() {
    return value(EndocrineState.CP1);
  }

  @Override
  public double plasmaInsulinPmolL() {
    return value(IP) / params.viLPerKg();
  }

  /** Plasma glucagon above basal, ng/L. */
  public double glucagonExcessNgL() {
    return value(EndocrineState.H);
  }

  /** Insulin secretion rate, pmol/kg/min. */
  public double secretionPmolPerKgMin() {
    refresh();
    return model.secretionPmolPerKgMin(state);
  }

  @Override
  public double bodyWeightKg() {
    return params.bodyWeightKg();
  }

  @Override
  public double usualBasalUPerMin() {
    return usualBasalUPerMin;
  }

  /** Carbohydrate eaten during the last step, g/min. */
  public double lastEatenGPerMin() {
    return lastEatenGPerMin;
  }

  public long minute() {
    return minute;
  }

  public double state(int index) {
    return value(index);
  }

  public PatientParameters parameters() {
    return params;
  }

  public EndocrineModel model() {
    return model;
  }

  /** Right-hand-side evaluations so far. */
  public long evaluations() {
    return perMinute != null ? perMinute.evaluations() : continuous.evaluations();
  }
}
