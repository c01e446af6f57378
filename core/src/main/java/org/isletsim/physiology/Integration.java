package org.isletsim.physiology;

/**
 * How a {@link VirtualPatient} integrates its equations.
 *
 * @param mode {@link Mode#REFERENCE} restarts DOPRI5 every minute exactly like simglucose (bit-for-bit step
 *     control, for reproducing its traces); {@link Mode#FAST} steps continuously through minutes with dense
 *     output and restarts only when an input changes
 * @param rtol relative tolerance
 * @param atol absolute tolerance (state units: mg, mg/kg, pmol/kg, pmol/L)
 */
public record Integration(Mode mode, double rtol, double atol) {
  /** Integration modes. */
  public enum Mode {
    REFERENCE,
    FAST
  }

  public Integration {
    if (mode == null) throw new IllegalArgumentException("mode is required");
    if (!(rtol > 0 && rtol < 1)) throw new IllegalArgumentException("rtol must be in (0, 1)");
    if (!(atol > 0)) throw new IllegalArgumentException("atol must be > 0");
  }

  /** simglucose's configuration: DOPRI5 restarted every minute, rtol 1e-6, atol 1e-12. */
  public static final Integration REFERENCE = new Integration(Mode.REFERENCE, 1e-6, 1e-12);

  /** The default: continuous stepping (see docs/VALIDATION.md for its accuracy against the reference). */
  public static final Integration FAST = new Integration(Mode.FAST, 1e-5, 1e-6);
}
