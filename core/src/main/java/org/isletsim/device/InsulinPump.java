package org.isletsim.device;

import org.isletsim.physiology.PatientParameters;

/**
 * Turns commanded basal and bolus rates (U/min) into delivered rates. A pump is stateless; swap in
 * {@link #IDEAL} for exact delivery.
 */
public interface InsulinPump {
  /** Delivered basal rate for a commanded rate, U/min. */
  double basalUPerMin(double commandedUPerMin);

  /** Delivered bolus rate for a commanded rate, U/min. */
  double bolusUPerMin(double commandedUPerMin);

  String name();

  /** Delivers exactly what is commanded. */
  InsulinPump IDEAL =
      new InsulinPump() {
        @Override
        public double basalUPerMin(double r) {
          return r;
        }

        @Override
        public double bolusUPerMin(double r) {
          return r;
        }

        @Override
        public String name() {
          return "ideal";
        }
      };

  /** A bundled pump by name, or {@link #IDEAL} for {@code ideal}. */
  static InsulinPump named(String name) {
    if ("ideal".equalsIgnoreCase(name)) return IDEAL;
    return new DiscretePump(PumpParameters.named(name));
  }

  /**
   * The reference pump behaviour (simglucose {@code InsulinPump}): round the rate in pmol/min to the
   * increment, half to even, then clamp to [min, max].
   */
  record DiscretePump(PumpParameters p) implements InsulinPump {
    @Override
    public double basalUPerMin(double r) {
      return quantise(r, p.incBasal(), p.minBasalUPerMin(), p.maxBasalUPerMin());
    }

    @Override
    public double bolusUPerMin(double r) {
      return quantise(r, p.incBolus(), p.minBolusUPerMin(), p.maxBolusUPerMin());
    }

    @Override
    public String name() {
      return p.name();
    }

    private static double quantise(double rateUPerMin, double inc, double min, double max) {
      double q = Math.rint(rateUPerMin * PatientParameters.PMOL_PER_U / inc) * inc / PatientParameters.PMOL_PER_U;
      return Math.max(Math.min(q, max), min);
    }
  }
}
