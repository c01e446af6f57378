package org.isletsim.physiology;

import static org.isletsim.physiology.StateIndex.*;

/**
 * One virtual subject advancing in one-minute steps, with the meal handling of the reference simulator
 * (shared docs/physiology.md §1.5): carbohydrate announced in grams is eaten at {@value #EAT_RATE_G_PER_MIN}
 * g/min; the gastric-emptying reference dose D̄ is the stomach content at the start of an eating episode plus
 * everything eaten since, and it is kept after the episode ends until the next one starts. Inputs are held
 * constant over each minute. The equations are integrated as {@link Integration} says: by default with the
 * split scheme ({@link SplitStepper}: exact insulin kinetics, continuous Dormand–Prince for gut and glucose),
 * or, in reference mode, with a replica of simglucose's DOPRI5 restarted every minute.
 *
 * <p>Not thread-safe; one instance per simulated subject. {@link #step} allocates nothing.
 */
public final class VirtualPatient implements PatientModel {
  /** Eating rate of announced meals, g/min (see {@link MealIntake}). */
  public static final double EAT_RATE_G_PER_MIN = MealIntake.EAT_RATE_G_PER_MIN;

  private final PatientParameters params;
  private final UvaPadovaModel model;
  private final Integration integration;
  private final MinuteStepper stepper;
  private final double insulinScale; // U/min -> pmol/kg/min
  private final double[] initial;

  private final MealIntake intake;
  private long minute;
  private double lastEatenGPerMin;
  private double lastInsulinUPerMin;
  private double lastDbarMg;
  private boolean modulationChanged;

  /** A patient integrated with {@link Integration#FAST}. */
  public VirtualPatient(PatientParameters params) {
    this(params, Integration.FAST);
  }

  public VirtualPatient(PatientParameters params, Integration integration) {
    this.params = params;
    this.model = new UvaPadovaModel(params);
    this.integration = integration;
    this.stepper =
        integration.mode() == Integration.Mode.REFERENCE
            ? MinuteStepper.perMinute(model, integration)
            : new SplitStepper(model, params, integration);
    this.insulinScale = PatientParameters.PMOL_PER_U / params.bodyWeightKg();
    this.initial = params.initialState();
    this.intake = new MealIntake(() -> stepper.state(QSTO1) + stepper.state(QSTO2));
    reset();
  }

  /** Back to the initial state of the parameter set, minute 0, nothing planned or eaten. */
  public void reset() {
    stepper.reset(initial);
    model.setModulation(1, 0);
    modulationChanged = false;
    minute = 0;
    intake.reset(initial[QSTO1] + initial[QSTO2]);
    lastEatenGPerMin = 0;
    lastInsulinUPerMin = 0;
    lastDbarMg = Double.NaN;
  }

  /**
   * Advances one minute.
   *
   * @param announcedChoG carbohydrate announced at this minute (g), added to what is still to be eaten
   * @param insulinUPerMin subcutaneous insulin rate during this minute (U/min)
   */
  public void step(double announcedChoG, double insulinUPerMin) {
    double eat = intake.eat(announcedChoG);
    double dbarMg = intake.dbarMg();

    boolean changed =
        minute == 0
            || modulationChanged
            || eat != lastEatenGPerMin
            || insulinUPerMin != lastInsulinUPerMin
            || dbarMg != lastDbarMg;
    modulationChanged = false;
    if (changed) stepper.settle(); // integrate what is pending with the old inputs before they change
    model.setInputs(eat * 1000, insulinUPerMin * insulinScale, dbarMg);
    stepper.advance(minute, changed, eat > 0); // eating now: next minute's D̄ or eating rate differs
    lastEatenGPerMin = eat;
    lastInsulinUPerMin = insulinUPerMin;
    lastDbarMg = dbarMg;
    minute++;
  }

  /**
   * Changes insulin sensitivity and insulin-independent uptake from the next minute on (day-to-day
   * variability, exercise, illness; see {@link UvaPadovaModel#setModulation}). {@link #reset()} restores 1 and 0.
   */
  public void setModulation(double insulinSensitivityFactor, double extraUptakeMgPerKgMin) {
    if (insulinSensitivityFactor != model.insulinSensitivityFactor()
        || extraUptakeMgPerKgMin != model.extraUptakeMgPerKgMin()) {
      stepper.settle();
      model.setModulation(insulinSensitivityFactor, extraUptakeMgPerKgMin);
      modulationChanged = true;
    }
  }

  /** Minutes simulated since reset. */
  public long minute() {
    return minute;
  }

  /** Observed (subcutaneous) glucose Gs/Vg, mg/dL: what simglucose calls BG and what a CGM measures. */
  public double glucoseMgDl() {
    return stepper.state(GS) / params.vgDlPerKg();
  }

  /** Plasma glucose Gp/Vg, mg/dL. */
  public double plasmaGlucoseMgDl() {
    return stepper.state(GP) / params.vgDlPerKg();
  }

  /** Carbohydrate eaten during the last minute, g/min. */
  public double lastEatenGPerMin() {
    return lastEatenGPerMin;
  }

  /** Grams announced but not yet eaten. */
  public double plannedMealG() {
    return intake.plannedG();
  }

  /** State component {@code index} (see {@link StateIndex}). */
  public double state(int index) {
    return stepper.state(index);
  }

  /** Copies the state into {@code out} (length ≥ 13). */
  public void copyState(double[] out) {
    for (int i = 0; i < COUNT; i++) out[i] = stepper.state(i);
  }

  public Integration integration() {
    return integration;
  }

  public PatientParameters parameters() {
    return params;
  }

  /** Right-hand-side evaluations so far (for benchmarks). */
  public long evaluations() {
    return stepper.evaluations();
  }

  @Override
  public void setGlucoseFloorRecovery(boolean recovers) {
    stepper.settle();
    model.setGlucoseFloorRecovery(recovers);
  }
}
