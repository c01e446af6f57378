package org.isletsim.physiology;

/** How a {@link VirtualPatient} advances its 13 states by one minute of constant inputs. */
interface MinuteStepper {
  /** Back to {@code initial} at minute 0; forgets step-size history. */
  void reset(double[] initial);

  /**
   * Advances from {@code minute} to {@code minute + 1} with the inputs currently set on the model.
   *
   * @param inputsChanged whether the model's inputs differ from the previous minute's
   * @param changesNext whether the inputs are known to change at {@code minute + 1} (while eating, D̄ grows every
   *     minute): then no integration step is taken past it
   */
  void advance(long minute, boolean inputsChanged, boolean changesNext);

  /**
   * Carries out any integration still pending up to the current minute, with the model as it is now: called
   * before the model's inputs or parameters change (a stepper may integrate lazily, when a state is read).
   */
  default void settle() {}

  /** State component {@code index} at the current minute. */
  double state(int index);

  /** Right-hand-side evaluations so far. */
  long evaluations();

  /** simglucose's scheme: the full system, DOPRI5 restarted every minute (see {@link Integration#REFERENCE}). */
  static MinuteStepper perMinute(UvaPadovaModel model, Integration integration) {
    return new MinuteStepper() {
      private final org.isletsim.ode.DormandPrince54 dp =
          new org.isletsim.ode.DormandPrince54(StateIndex.COUNT, integration.rtol(), integration.atol(), 500);
      private final double[] y = new double[StateIndex.COUNT];

      @Override
      public void reset(double[] initial) {
        System.arraycopy(initial, 0, y, 0, StateIndex.COUNT);
        dp.reset();
      }

      @Override
      public void advance(long minute, boolean inputsChanged, boolean changesNext) {
        dp.integrate(model, minute, y, minute + 1, minute > 0 && !inputsChanged);
      }

      @Override
      public double state(int index) {
        return y[index];
      }

      @Override
      public long evaluations() {
        return dp.evaluations();
      }
    };
  }
}
