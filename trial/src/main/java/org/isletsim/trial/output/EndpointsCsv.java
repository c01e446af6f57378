package org.isletsim.trial.output;

import static org.isletsim.trial.output.TrialColumns.integer;
import static org.isletsim.trial.output.TrialColumns.number;
import static org.isletsim.trial.output.TrialColumns.text;

import java.util.List;
import org.isletsim.io.table.Column;
import org.isletsim.trial.endpoint.EndpointRow;

/**
 * The endpoints table (endpoints.csv / endpoints.parquet): {@code replicate,arm,endpoint,n,count,estimate,ci_low,
 * ci_high} ({@code count} NA for non-binary rows).
 */
public final class EndpointsCsv {
  public static final List<Column> COLUMNS = List.of(integer("replicate"), text("arm"), text("endpoint"), integer("n"),
      integer("count").orMissing(TrialColumns.NA), number("estimate"), number("ci_low"), number("ci_high"));

  private EndpointsCsv() {}

  public static Object[] row(EndpointRow r) {
    return new Object[] {r.replicate(), r.arm(), r.endpoint(), r.n(), r.count() < 0 ? null : r.count(), r.estimate(),
        r.ciLow(), r.ciHigh()};
  }
}
