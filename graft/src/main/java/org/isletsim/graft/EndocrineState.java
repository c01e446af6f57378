package org.isletsim.graft;

import org.isletsim.physiology.StateIndex;

/**
 * Named indices of the states that {@link EndocrineModel} appends to the 13 S2008 states of
 * {@link StateIndex}.
 */
public final class EndocrineState {
  /** Static secretion provision Y, pmol/kg/min (relative to basal). */
  public static final int Y = StateIndex.COUNT;
  /** Insulin in the islet/portal pool Ipo, pmol/kg. */
  public static final int IPO = StateIndex.COUNT + 1;
  /** Plasma (central) C-peptide, pmol/L. */
  public static final int CP1 = StateIndex.COUNT + 2;
  /** Peripheral C-peptide, pmol/L of the central volume. */
  public static final int CP2 = StateIndex.COUNT + 3;
  /** Static glucagon secretion above basal, ng/L/min. */
  public static final int SRHS = StateIndex.COUNT + 4;
  /** Plasma glucagon above basal, ng/L. */
  public static final int H = StateIndex.COUNT + 5;
  /** Delayed glucagon action above basal, ng/L. */
  public static final int XH = StateIndex.COUNT + 6;

  /** Total number of states of the endocrine model. */
  public static final int COUNT = StateIndex.COUNT + 7;

  /** Output names of the appended states, in index order. */
  public static final java.util.List<String> NAMES = java.util.List.of(
      "y_pmol_per_kg_min", "ipo_pmol_per_kg", "cp1_pmol_l", "cp2_pmol_l", "srhs_ng_l_min", "h_ng_l", "xh_ng_l");

  private EndocrineState() {}
}
