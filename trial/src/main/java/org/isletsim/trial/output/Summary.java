package org.isletsim.trial.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Serializable;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
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
 *
 * <p>Summaries of disjoint sets of replicates {@link #merge}: every statistic is kept keyed by (replicate, row),
 * so merging partial summaries in any grouping and order gives the same summary.json, byte for byte, as adding
 * the replicates one by one in order (the Spark runner pools per partition, then merges).
 */
public final class Summary implements Serializable {
  private static final class Acc implements Serializable {
    final String arm, endpoint;
    /** Order of the endpoint in summary.json: key of the first row that reported it. */
    long first;
    boolean binary = true;
    long n, count;
    /** Replicate estimates and their (replicate, row) keys; ascending keys unless {@code sorted} is false. */
    long[] keys = new long[4];
    double[] estimates = new double[4];
    int size;
    boolean sorted = true;

    Acc(String arm, String endpoint, long first) {
      this.arm = arm;
      this.endpoint = endpoint;
      this.first = first;
    }

    void add(long key, double estimate) {
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, 2 * size);
        estimates = Arrays.copyOf(estimates, 2 * size);
      }
      if (size > 0 && key < keys[size - 1]) sorted = false;
      keys[size] = key;
      estimates[size++] = estimate;
    }

    void merge(Acc o) {
      first = Math.min(first, o.first);
      binary &= o.binary;
      n += o.n;
      count += o.count;
      for (int i = 0; i < o.size; i++) add(o.keys[i], o.estimates[i]);
    }

    /** The estimates in replicate order. */
    double[] ordered() {
      if (!sorted) {
        Integer[] idx = new Integer[size];
        for (int i = 0; i < size; i++) idx[i] = i;
        Arrays.sort(idx, (a, b) -> Long.compare(keys[a], keys[b]));
        long[] k = new long[size];
        double[] e = new double[size];
        for (int i = 0; i < size; i++) {
          k[i] = keys[idx[i]];
          e[i] = estimates[idx[i]];
        }
        keys = k;
        estimates = e;
        sorted = true;
      }
      return Arrays.copyOf(estimates, size);
    }
  }

  private final Map<String, Acc> acc = new HashMap<>();
  private final SuccessCriterion success;
  private int replicates, successes;

  public Summary(SuccessCriterion success) {
    this.success = success;
  }

  /** Adds one replicate's rows. */
  public void add(List<EndpointRow> rows) {
    replicates++;
    boolean ok = false;
    for (int i = 0; i < rows.size(); i++) {
      EndpointRow r = rows.get(i);
      long key = ((long) r.replicate() << 32) | i;
      Acc a = acc.computeIfAbsent(r.arm() + "\u0000" + r.endpoint(), k -> new Acc(r.arm(), r.endpoint(), key));
      if (r.count() < 0) a.binary = false;
      a.n += r.n();
      a.count += Math.max(0, r.count());
      a.add(key, r.estimate());
      if (success != null && r.arm().equals(success.arm()) && r.endpoint().equals(success.endpoint())) {
        ok = r.count() >= success.minCount() && (Double.isNaN(success.ciLowAbove()) || r.ciLow() > success.ciLowAbove());
      }
    }
    if (ok) successes++;
  }

  /**
   * Adds the replicates pooled in {@code other} (a summary of other replicates of the same run) and returns
   * this summary.
   */
  public Summary merge(Summary other) {
    replicates += other.replicates;
    successes += other.successes;
    for (var e : other.acc.entrySet()) {
      Acc mine = acc.get(e.getKey());
      if (mine == null) {
        mine = new Acc(e.getValue().arm, e.getValue().endpoint, e.getValue().first);
        acc.put(e.getKey(), mine);
      }
      mine.merge(e.getValue());
    }
    return this;
  }

  /** Replicates pooled. */
  public int replicates() {
    return replicates;
  }

  private List<Acc> endpoints() {
    List<Acc> l = new ArrayList<>(acc.values());
    l.sort(Comparator.comparingLong(a -> a.first));
    return l;
  }

  /**
   * The distribution of one endpoint's replicate estimates: {5th percentile, median, 95th percentile, mean},
   * or null if the endpoint was never reported.
   */
  public double[] replicateInterval(String arm, String endpoint) {
    Acc a = acc.get(arm + "\u0000" + endpoint);
    if (a == null) return null;
    double[] est = a.ordered();
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
    for (Acc a : endpoints()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("arm", a.arm);
      e.put("endpoint", a.endpoint);
      double[] est = a.ordered();
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
