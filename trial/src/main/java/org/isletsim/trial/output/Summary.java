package org.isletsim.trial.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isletsim.trial.TrialOptions;
import org.isletsim.trial.endpoint.EndpointRow;
import org.isletsim.trial.protocol.Protocol;
import org.isletsim.trial.protocol.SuccessCriterion;
import org.isletsim.trial.stats.OperatingCharacteristic;
import org.isletsim.trial.stats.ProportionCi;
import org.isletsim.trial.stats.Quantiles;

/**
 * Pools the endpoint rows over replicates for summary.json: for binary endpoints the pooled count / n with an
 * exact 95% CI; for every endpoint the distribution of the per-replicate estimates (mean, 5th, 50th and 95th
 * percentiles: the central 90% interval used in docs/VALIDATION.md); plus the operating characteristic of the
 * protocol's success criterion (probability a trial succeeds, Monte-Carlo SE, exact CI).
 */
public final class Summary {
  private static final class Acc {
    final String arm, endpoint;
    boolean binary = true;
    long n, count;
    final List<Double> estimates = new ArrayList<>();

    Acc(String arm, String endpoint) {
      this.arm = arm;
      this.endpoint = endpoint;
    }
  }

  private final Map<String, Acc> acc = new LinkedHashMap<>();
  private final SuccessCriterion success;
  private int replicates, successes;

  public Summary(SuccessCriterion success) {
    this.success = success;
  }

  /** Adds one replicate's rows. */
  public void add(List<EndpointRow> rows) {
    replicates++;
    boolean ok = false;
    for (EndpointRow r : rows) {
      Acc a = acc.computeIfAbsent(r.arm() + "\u0000" + r.endpoint(), k -> new Acc(r.arm(), r.endpoint()));
      if (r.count() < 0) a.binary = false;
      a.n += r.n();
      a.count += Math.max(0, r.count());
      a.estimates.add(r.estimate());
      if (success != null && r.arm().equals(success.arm()) && r.endpoint().equals(success.endpoint())) {
        ok = r.count() >= success.minCount() && (Double.isNaN(success.ciLowAbove()) || r.ciLow() > success.ciLowAbove());
      }
    }
    if (ok) successes++;
  }

  /**
   * The distribution of one endpoint's replicate estimates: {5th percentile, median, 95th percentile, mean},
   * or null if the endpoint was never reported.
   */
  public double[] replicateInterval(String arm, String endpoint) {
    Acc a = acc.get(arm + "\u0000" + endpoint);
    if (a == null) return null;
    double[] est = a.estimates.stream().mapToDouble(Double::doubleValue).toArray();
    double sum = 0;
    int k = 0;
    for (double v : est) if (Double.isFinite(v)) { sum += v; k++; }
    return new double[] {Quantiles.of(est, 0.05), Quantiles.of(est, 0.5), Quantiles.of(est, 0.95), k == 0 ? Double.NaN : sum / k};
  }

  public OperatingCharacteristic operatingCharacteristic() {
    return success == null || replicates == 0 ? null : OperatingCharacteristic.of(success.describe(), successes, replicates);
  }

  /** Writes summary.json. */
  public void write(Writer w, Protocol protocol, TrialOptions options) throws IOException {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("protocol", protocol.name());
    root.put("source", protocol.source());
    root.put("seed", options.seed());
    root.put("replicates", replicates);
    root.put("simulator", "care course (CareCourseSimulator: care.course.CourseRunner on a graft recipient, docs/trial.md)");
    OperatingCharacteristic oc = operatingCharacteristic();
    if (oc != null) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("criterion", oc.criterion());
      o.put("replicates", oc.replicates());
      o.put("successes", oc.successes());
      o.put("probability", clean(oc.probability()));
      o.put("monte_carlo_se", clean(oc.monteCarloSe()));
      o.put("ci_low", clean(oc.ci().low()));
      o.put("ci_high", clean(oc.ci().high()));
      root.put("operating_characteristics", o);
    }
    List<Map<String, Object>> eps = new ArrayList<>();
    for (Acc a : acc.values()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("arm", a.arm);
      e.put("endpoint", a.endpoint);
      double[] est = a.estimates.stream().mapToDouble(Double::doubleValue).toArray();
      if (a.binary) {
        int n = (int) Math.min(Integer.MAX_VALUE, a.n), c = (int) Math.min(n, a.count);
        ProportionCi p = ProportionCi.clopperPearson(c, n);
        e.put("n", n);
        e.put("count", c);
        e.put("estimate", clean(p.estimate()));
        e.put("ci_low", clean(p.low()));
        e.put("ci_high", clean(p.high()));
      } else {
        double sum = 0;
        int k = 0;
        for (double v : est) if (Double.isFinite(v)) { sum += v; k++; }
        e.put("n", a.n);
        e.put("estimate", clean(k == 0 ? Double.NaN : sum / k));
      }
      e.put("replicate_p05", clean(Quantiles.of(est, 0.05)));
      e.put("replicate_median", clean(Quantiles.of(est, 0.5)));
      e.put("replicate_p95", clean(Quantiles.of(est, 0.95)));
      eps.add(e);
    }
    root.put("endpoints", eps);
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(new NonClosingWriter(w), root);
    w.write('\n');
  }

  private static Object clean(double v) {
    return Double.isFinite(v) ? Math.round(v * 1e9) / 1e9 : null;
  }

  private static final class NonClosingWriter extends java.io.FilterWriter {
    NonClosingWriter(Writer w) {
      super(w);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
