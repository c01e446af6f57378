package org.isletsim.simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.isletsim.physiology.StateIndex;

/**
 * Writes minute records as CSV rows: {@code patient,t_min,bg_mgdl,cgm_mgdl,cho_g_per_min,insulin_u_per_min,
 * plasma_bg_mgdl} and, optionally, the 13 states. Numbers are Java's shortest-repr {@link Double#toString}
 * so the text round-trips the double exactly.
 */
public final class TraceCsvWriter implements MinuteSink {
  private final Writer out;
  private final String patient;
  private final boolean states;
  private final StringBuilder row = new StringBuilder(512);

  public TraceCsvWriter(Writer out, String patient, boolean states) {
    this.out = out;
    this.patient = patient;
    this.states = states;
  }

  /** The header line (without newline). */
  public static String header(boolean states) {
    StringBuilder h =
        new StringBuilder("patient,t_min,bg_mgdl,cgm_mgdl,cho_g_per_min,insulin_u_per_min,plasma_bg_mgdl");
    if (states) for (String s : StateIndex.NAMES) h.append(',').append(s);
    return h.toString();
  }

  @Override
  public void minute(long tMin, double bg, double plasma, double cgm, double cho, double insulin, double[] state) {
    row.setLength(0);
    row.append(patient).append(',').append(tMin).append(',').append(bg).append(',').append(cgm).append(',');
    row.append(cho).append(',').append(insulin).append(',').append(plasma);
    if (states) for (int i = 0; i < StateIndex.COUNT; i++) row.append(',').append(state[i]);
    row.append('\n');
    try {
      out.append(row);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
