package org.isletsim.graft;

import static org.isletsim.physiology.StateIndex.*;

import org.isletsim.ode.DormandPrince54;
import org.isletsim.physiology.PatientParameters;
import org.isletsim.physiology.VirtualPatient;

/**
 * A virtual subject with endogenous islet function ({@link EndocrineModel}), advanced in one-minute steps with
 * the same meal handling as the engine's {@link VirtualPatient} (announced grams eaten at 5 g/min; gastric
 * emptying reference dose D̄ = stomach content at the start of the eating episode plus everything eaten since)
 * and the same integrator settings (DOPRI5, rtol 1e-6, atol 1e-12).
 *
 * <p>Not thread-safe; {@link #step} allocates nothing.
 */
public final class EndocrinePatient implements LabSubject {
  private final PatientParameters params;
  private final EndocrineModel model;
  private final DormandPrince54 integrator;
  private final double[] state = new double[EndocrineState.COUNT];
  private final double insulinScale;
  private final double usualBasalUPerMin;

  private long minute;
  private double plannedMealG;
  private double lastEatenGPerMin;
  private double lastInsulinUPerMin;
  private double lastDbarMg = Double.NaN;
  private double episodeStartQstoMg;
  private double episodeEatenG;
  private boolean started;

  /**
   * @param params S2008 parameters
   * @param model the coupled model built for {@code params}
   * @param initialState 20 initial states (copied)
   * @param usualBasalUPerMin basal insulin of the subject's usual therapy, U/min
   */
  public EndocrinePatient(
      PatientParameters params, EndocrineModel model, double[] initialState, double usualBasalUPerMin) {
    if (initialState.length != EndocrineState.COUNT) {
      throw new IllegalArgumentException("initial state must have " + EndocrineState.COUNT + " components");
    }
    this.params = params;
    this.model = model;
    this.integrator = DormandPrince54.withReferenceTolerances(EndocrineState.COUNT);
    this.insulinScale = PatientParameters.PMOL_PER_U / params.bodyWeightKg();
    this.usualBasalUPerMin = usualBasalUPerMin;
    System.arraycopy(initialState, 0, state, 0, EndocrineState.COUNT);
    episodeStartQstoMg = state[QSTO1] + state[QSTO2];
  }

  @Override
  public void step(double announcedChoG, double insulinUPerMin) {
    plannedMealG += announcedChoG;
    double eat = 0;
    if (plannedMealG > 0) {
      eat = Math.min(VirtualPatient.EAT_RATE_G_PER_MIN, plannedMealG);
      plannedMealG = Math.max(0, plannedMealG - eat);
    }
    if (eat > 0 && lastEatenGPerMin <= 0) {
      episodeStartQstoMg = state[QSTO1] + state[QSTO2];
      episodeEatenG = 0;
    }
    if (eat > 0) episodeEatenG += eat;
    double dbarMg = episodeStartQstoMg + episodeEatenG * 1000;
    boolean sameInputs =
        started && eat == lastEatenGPerMin && insulinUPerMin == lastInsulinUPerMin && dbarMg == lastDbarMg;
    model.setInputs(eat * 1000, insulinUPerMin * insulinScale, dbarMg);
    integrator.integrate(model, minute, state, minute + 1, sameInputs);
    started = true;
    lastEatenGPerMin = eat;
    lastInsulinUPerMin = insulinUPerMin;
    lastDbarMg = dbarMg;
    minute++;
  }

  /** Changes the functional beta/alpha fractions (takes effect from the next step). */
  public void setFunctionalFractions(double betaFraction, double alphaFraction) {
    model.setFunctionalFractions(betaFraction, alphaFraction);
    started = false; // the right-hand side changed: do not reuse the last derivative
  }

  @Override
  public double plasmaGlucoseMgDl() {
    return state[GP] / params.vgDlPerKg();
  }

  /** Subcutaneous (CGM-observed) glucose Gs/Vg, mg/dL. */
  public double glucoseMgDl() {
    return sensorGlucoseMgDl();
  }

  @Override
  public double sensorGlucoseMgDl() {
    return state[GS] / params.vgDlPerKg();
  }

  @Override
  public double cpeptidePmolL() {
    return state[EndocrineState.CP1];
  }

  @Override
  public double plasmaInsulinPmolL() {
    return state[IP] / params.viLPerKg();
  }

  /** Plasma glucagon above basal, ng/L. */
  public double glucagonExcessNgL() {
    return state[EndocrineState.H];
  }

  /** Insulin secretion rate, pmol/kg/min. */
  public double secretionPmolPerKgMin() {
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

  public long minute() {
    return minute;
  }

  public double state(int index) {
    return state[index];
  }

  public PatientParameters parameters() {
    return params;
  }

  public EndocrineModel model() {
    return model;
  }

  /** Right-hand-side evaluations so far. */
  public long evaluations() {
    return integrator.evaluations();
  }
}
