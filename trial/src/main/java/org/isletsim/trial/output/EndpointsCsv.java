package org.isletsim.trial.output;

import java.io.IOException;
import java.io.Writer;
import org.isletsim.trial.endpoint.EndpointRow;

/** endpoints.csv: {@code replicate,arm,endpoint,n,count,estimate,ci_low,ci_high} (count NA for non-binary rows). */
public final class EndpointsCsv {
  private EndpointsCsv() {}

  public static void header(Writer w) throws IOException {
    w.write("replicate,arm,endpoint,n,count,estimate,ci_low,ci_high\n");
  }

  public static void row(Writer w, EndpointRow r) throws IOException {
    w.write(r.replicate() + "," + Csv.text(r.arm()) + "," + r.endpoint() + "," + r.n() + ","
        + (r.count() < 0 ? "NA" : Integer.toString(r.count())) + "," + Csv.num(r.estimate()) + ","
        + Csv.num(r.ciLow()) + "," + Csv.num(r.ciHigh()) + "\n");
  }
}
