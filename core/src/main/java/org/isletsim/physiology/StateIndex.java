package org.isletsim.physiology;

/**
 * Named indices of the 13 UVA/Padova S2008 states, in the order of simglucose's {@code vpatient_params.csv}
 * ({@code x0_ 1 … x0_13}). Nothing else in the code base reads a state by number. Units: mg for the gut,
 * mg/kg for glucose masses, pmol/kg for insulin masses, pmol/L for the insulin signals.
 */
public final class StateIndex {
  /** Solid glucose in the stomach, mg. */
  public static final int QSTO1 = 0;
  /** Liquid (triturated) glucose in the stomach, mg. */
  public static final int QSTO2 = 1;
  /** Glucose in the intestine, mg. */
  public static final int QGUT = 2;
  /** Plasma glucose mass (and rapidly equilibrating tissues), mg/kg. */
  public static final int GP = 3;
  /** Glucose mass in slowly equilibrating tissues, mg/kg. */
  public static final int GT = 4;
  /** Plasma insulin mass, pmol/kg. */
  public static final int IP = 5;
  /** Insulin action on glucose utilisation, pmol/L. */
  public static final int X = 6;
  /** Delayed insulin signal, first compartment, pmol/L. */
  public static final int I1 = 7;
  /** Delayed insulin signal acting on EGP, pmol/L. */
  public static final int ID = 8;
  /** Liver insulin mass, pmol/kg. */
  public static final int IL = 9;
  /** Subcutaneous insulin, non-monomeric, pmol/kg. */
  public static final int ISC1 = 10;
  /** Subcutaneous insulin, monomeric, pmol/kg. */
  public static final int ISC2 = 11;
  /** Subcutaneous glucose mass, mg/kg (Gs/Vg is the observed glucose). */
  public static final int GS = 12;

  /** Number of states of the S2008 model. */
  public static final int COUNT = 13;

  /** Column names used in outputs, in index order. */
  public static final String[] NAMES = {
    "qsto1_mg", "qsto2_mg", "qgut_mg", "gp_mg_per_kg", "gt_mg_per_kg", "ip_pmol_per_kg", "x_pmol_l",
    "i1_pmol_l", "id_pmol_l", "il_pmol_per_kg", "isc1_pmol_per_kg", "isc2_pmol_per_kg", "gs_mg_per_kg"
  };

  private StateIndex() {}
}
