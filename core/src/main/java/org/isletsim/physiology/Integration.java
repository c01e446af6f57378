package org.isletsim.physiology;

/**
 * How a {@link VirtualPatient} integrates its equations.
 *
 * @param mode {@link Mode#REFERENCE} restarts DOPRI5 every minute exactly like simglucose (bit-for-bit step
 *     control, for reproducing its traces); {@link Mode#FAST} steps continuously through minutes with dense
 *     output and restarts only when an input changes
 * @param rtol relative tolerance
 * @param atol absolute tolerance of the glucose and insulin states (mg/kg, pmol/kg, pmol/L)
 * @param gutAtolMg absolute tolerance of the three gut states Qsto1, Qsto2, Qgut (mg of carbohydrate; meals
 *     are 10⁴–10⁵ mg). Used by the fast mode only; the reference mode applies {@code atol} to every state
 * @param extraStateAtol absolute tolerance of the states a model adds after the 13 S2008 states (the graft
 *     recipient's islet states). Fast mode only, as {@code gutAtolMg}
 */
public record Integration(Mode mode, double rtol, double atol, double gutAtolMg, double extraStateAtol) {
  /** Integration modes. */
  public enum Mode {
    REFERENCE,
    FAST
  }

  public Integration {
    if (mode == null) throw new IllegalArgumentException("mode is required");
    if (!(rtol > 0 && rtol < 1)) throw new IllegalArgumentException("rtol must be in (0, 1)");
    if (!(atol > 0)) throw new IllegalArgumentException("atol must be > 0");
    if (!(gutAtolMg > 0)) throw new IllegalArgumentException("gutAtolMg must be > 0");
    if (!(extraStateAtol > 0)) throw new IllegalArgumentException("extraStateAtol must be > 0");
  }

  /** Added states integrated to {@code atol}. */
  public Integration(Mode mode, double rtol, double atol, double gutAtolMg) {
    this(mode, rtol, atol, gutAtolMg, atol);
  }

  /** The same absolute tolerance for every state. */
  public Integration(Mode mode, double rtol, double atol) {
    this(mode, rtol, atol, atol, atol);
  }

  /** simglucose's configuration: DOPRI5 restarted every minute, rtol 1e-6, atol 1e-12. */
  public static final Integration REFERENCE = new Integration(Mode.REFERENCE, 1e-6, 1e-12);

  /**
   * The default: continuous stepping at rtol 5e-5, atol 1e-6, gut contents to 0.1 mg (see docs/architecture.md and
   * docs/VALIDATION.md for its accuracy against the reference: at most 2.7e-2 mg/dL over every reference scenario).
   */
  public static final Integration FAST = new Integration(Mode.FAST, 5e-5, 1e-6, 0.1);

  /**
   * Absolute tolerances per state for a system whose first components are the S2008 states in {@link StateIndex}
   * order followed by further states (gut states get {@link #gutAtolMg}, the further states {@link #extraStateAtol},
   * the rest {@link #atol}).
   */
  public double[] absoluteTolerances(int dimension) {
    double[] a = new double[dimension];
    java.util.Arrays.fill(a, 0, Math.min(dimension, StateIndex.COUNT), atol);
    if (dimension > StateIndex.COUNT) java.util.Arrays.fill(a, StateIndex.COUNT, dimension, extraStateAtol);
    a[StateIndex.QSTO1] = gutAtolMg;
    a[StateIndex.QSTO2] = gutAtolMg;
    a[StateIndex.QGUT] = gutAtolMg;
    return a;
  }
}
