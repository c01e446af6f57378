package org.isletsim.trial.output;

import java.io.IOException;
import java.io.Writer;
import org.isletsim.trial.endpoint.ParticipantOutcome;
import org.isletsim.trial.sim.AdverseEvent;

/** events.csv: {@code replicate,arm,participant,day,category,serious,description}, one row per event. */
public final class EventsCsv {
  private EventsCsv() {}

  public static void header(Writer w) throws IOException {
    w.write("replicate,arm,participant,day,category,serious,description\n");
  }

  public static void rows(Writer w, ParticipantOutcome o) throws IOException {
    for (AdverseEvent e : o.course().events()) {
      w.write(o.replicate() + "," + Csv.text(o.arm()) + "," + Csv.text(o.person().id()) + "," + e.day() + ","
          + Csv.text(e.category()) + "," + Csv.bool(e.serious()) + "," + Csv.text(e.description()) + "\n");
    }
  }
}
