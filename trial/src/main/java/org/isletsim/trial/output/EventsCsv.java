package org.isletsim.trial.output;

import static org.isletsim.trial.output.TrialColumns.integer;
import static org.isletsim.trial.output.TrialColumns.text;

import java.io.IOException;
import java.util.List;
import org.isletsim.io.table.Column;
import org.isletsim.io.table.TableWriter;
import org.isletsim.trial.endpoint.ParticipantOutcome;
import org.isletsim.trial.sim.AdverseEvent;

/**
 * The events table (events.csv / events.parquet): {@code replicate,arm,participant,day,category,serious,description},
 * one row per event.
 */
public final class EventsCsv {
  public static final List<Column> COLUMNS = List.of(integer("replicate"), text("arm"), text("participant"),
      integer("day"), text("category"), integer("serious"), text("description"));

  private EventsCsv() {}

  public static void rows(TableWriter w, ParticipantOutcome o) throws IOException {
    for (AdverseEvent e : o.course().events()) {
      w.row(o.replicate(), o.arm(), o.person().id(), e.day(), e.category(), TrialColumns.flag(e.serious()),
          e.description());
    }
  }
}
