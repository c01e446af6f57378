package org.isletsim.report.trial;

import java.util.ArrayList;
import java.util.List;
import org.isletsim.graft.GraftFunctionIndices.IglsClass;
import org.isletsim.report.chart.Axis;
import org.isletsim.report.chart.Palette;
import org.isletsim.report.chart.Series;
import org.isletsim.report.chart.StackedBarChart;
import org.isletsim.report.chart.SwimmerChart;
import org.isletsim.report.chart.XyChart;
import org.isletsim.trial.endpoint.EndpointRow;
import org.isletsim.trial.endpoint.ParticipantOutcome;
import org.isletsim.trial.output.Summary;
import org.isletsim.trial.protocol.Published;
import org.isletsim.trial.sim.AdverseEvent;
import org.isletsim.trial.sim.ParticipantCourse;
import org.isletsim.trial.stats.KaplanMeier;

/** The trial report's charts, built from a {@link TrialTally} and the trial's {@link Summary}. */
final class TrialCharts {
  private TrialCharts() {}

  /**
   * Per-visit mean of {@code measure} per arm: the mean of the replicate estimates (as summary.json) with the
   * 5th–95th percentile band of the replicate estimates, or, for a single replicate, the mean's 95% t-CI.
   */
  static XyChart trajectory(TrialTally t, Summary s, String measure, String title, String yLabel, Published pub) {
    XyChart.Builder b = XyChart.builder(title).x(Axis.of("Day")).y(Axis.of(yLabel));
    int i = 0;
    for (String arm : t.arms.keySet()) {
      List<Integer> days = t.visits;
      double[] x = new double[days.size()], y = new double[days.size()], lo = new double[days.size()], hi = new double[days.size()];
      for (int k = 0; k < days.size(); k++) {
        String ep = measure + "_d" + days.get(k);
        double[] q = s.replicateInterval(arm, ep);
        x[k] = days.get(k);
        y[k] = q == null ? Double.NaN : q[3];
        if (t.replicates > 1) {
          lo[k] = q == null ? Double.NaN : q[0];
          hi[k] = q == null ? Double.NaN : q[2];
        } else {
          EndpointRow r = t.firstRow(arm, ep);
          lo[k] = r == null ? Double.NaN : r.ciLow();
          hi[k] = r == null ? Double.NaN : r.ciHigh();
        }
      }
      b.series(Series.band(arm, Palette.color(i++), x, y, lo, hi));
    }
    if (pub != null) {
      List<Published.Value> means = pub.measure(measure).stream().filter(v -> !v.atLeast()).toList();
      List<Published.Value> bounds = pub.measure(measure).stream().filter(Published.Value::atLeast).toList();
      if (!means.isEmpty()) {
        double[] x = means.stream().mapToDouble(Published.Value::day).toArray();
        double[] y = means.stream().mapToDouble(Published.Value::value).toArray();
        b.series(Series.points("Published (" + pub.arm() + ")", "#000000", x, y, null, null));
      }
      if (!bounds.isEmpty()) { // a bar from the bound up to the top of the chart: "at least"
        double[] x = bounds.stream().mapToDouble(Published.Value::day).toArray();
        double[] y = bounds.stream().mapToDouble(Published.Value::value).toArray();
        double[] up = new double[x.length];
        java.util.Arrays.fill(up, Double.POSITIVE_INFINITY);
        b.series(Series.points("Published lower bound (" + pub.arm() + ")", "#000000", x, y, y, up));
      }
    }
    return b.build();
  }

  /** Kaplan–Meier curves of replicate 1 per arm with log CIs and numbers at risk at the visits. */
  static XyChart km(TrialTally t, boolean graft, String title) {
    XyChart.Builder b = XyChart.builder(title).x(Axis.of(graft ? "Day" : "Days since insulin stopped"))
        .y(Axis.of(graft ? "Graft function (probability)" : "Still insulin independent (probability)").withDomain(0, 1.05));
    int i = 0;
    double[] at = t.visits.stream().mapToDouble(Integer::doubleValue).toArray();
    for (var e : t.first.entrySet()) {
      String color = Palette.color(i++);
      KaplanMeier km = graft ? org.isletsim.trial.endpoint.ArmEndpoints.graftKm(e.getValue())
          : org.isletsim.trial.endpoint.ArmEndpoints.insulinIndependenceKm(e.getValue());
      if (km == null) continue;
      List<KaplanMeier.Step> steps = km.steps();
      int n = steps.size() + 2;
      double[] x = new double[n], y = new double[n], lo = new double[n], hi = new double[n];
      x[0] = 0;
      y[0] = lo[0] = hi[0] = 1;
      for (int k = 0; k < steps.size(); k++) {
        KaplanMeier.Step st = steps.get(k);
        x[k + 1] = st.time();
        y[k + 1] = st.survival();
        lo[k + 1] = Double.isFinite(st.low()) ? st.low() : st.survival();
        hi[k + 1] = Double.isFinite(st.high()) ? st.high() : st.survival();
      }
      x[n - 1] = t.protocol.followUpDays();
      y[n - 1] = y[n - 2];
      lo[n - 1] = lo[n - 2];
      hi[n - 1] = hi[n - 2];
      b.series(Series.step(e.getKey(), color, x, y, lo, hi));
      List<String> risk = new ArrayList<>();
      for (double d : at) risk.add(Integer.toString(km.atRisk(d)));
      b.row(new XyChart.AxisRow(e.getKey(), color, at, risk));
    }
    return b.build();
  }

  /** Igls 2018 class of every participant at each visit after day 0, % per arm and visit, pooled over replicates. */
  static StackedBarChart igls(TrialTally t) {
    List<String> cats = new ArrayList<>();
    List<double[]> cols = new ArrayList<>();
    for (var e : t.arms.entrySet()) {
      for (int v = 1; v < t.visits.size(); v++) {
        cats.add(e.getKey() + " d" + t.visits.get(v));
        cols.add(percent(e.getValue().igls[v]));
      }
    }
    String[] colors = {Palette.IN_RANGE, "#90be6d", Palette.HIGH, Palette.LOW};
    List<StackedBarChart.Layer> layers = new ArrayList<>();
    for (IglsClass c : IglsClass.values()) {
      double[] v = cols.stream().mapToDouble(col -> col[c.ordinal()]).toArray();
      layers.add(new StackedBarChart.Layer(c.name().toLowerCase(java.util.Locale.ROOT), colors[c.ordinal() % colors.length], v));
    }
    return StackedBarChart.of("Igls 2018 class by visit", "% of participants", cats, layers, true)
        .withSize(Math.max(240, 70 + 95 * cats.size()), 260);
  }

  private static double[] percent(long[] counts) {
    long sum = 0;
    for (long c : counts) sum += c;
    double[] p = new double[counts.length];
    for (int i = 0; i < p.length; i++) p[i] = sum == 0 ? 0 : 100.0 * counts[i] / sum;
    return p;
  }

  /** Replicate 1's participants: follow-up lanes with infusions, insulin stop/restart, SHE, SAEs and death. */
  static SwimmerChart swimmer(TrialTally t) {
    List<SwimmerChart.Lane> lanes = new ArrayList<>();
    List<SwimmerChart.Marker> marks = new ArrayList<>();
    int i = 0;
    for (var e : t.first.entrySet()) {
      String color = Palette.color(i++);
      for (ParticipantOutcome o : e.getValue()) {
        ParticipantCourse c = o.course();
        int lane = lanes.size();
        int end = c.died() ? c.deathDay() : t.protocol.followUpDays();
        lanes.add(new SwimmerChart.Lane(e.getKey() + " " + (lane + 1), 0, end, color));
        for (int d : c.infusionDays()) marks.add(new SwimmerChart.Marker(lane, d, SwimmerChart.Shape.TRIANGLE, "#1d2430", "infusion"));
        boolean[] free = c.insulinFree();
        for (int d = 1; d < free.length && d <= end; d++) {
          if (free[d] && !free[d - 1]) marks.add(new SwimmerChart.Marker(lane, d, SwimmerChart.Shape.OPEN_CIRCLE, "#2b9348", "insulin stopped"));
          if (!free[d] && free[d - 1]) marks.add(new SwimmerChart.Marker(lane, d, SwimmerChart.Shape.CIRCLE, "#f4a300", "insulin restarted"));
        }
        for (AdverseEvent ev : c.events()) {
          if (ev.category().equals(AdverseEvent.SEVERE_HYPOGLYCAEMIA)) {
            marks.add(new SwimmerChart.Marker(lane, ev.day(), SwimmerChart.Shape.DIAMOND, "#e5383b", "severe hypoglycaemia"));
          } else if (ev.category().equals(AdverseEvent.DEATH)) {
            marks.add(new SwimmerChart.Marker(lane, ev.day(), SwimmerChart.Shape.CROSS, "#000000", "death"));
          } else if (ev.serious()) {
            marks.add(new SwimmerChart.Marker(lane, ev.day(), SwimmerChart.Shape.SQUARE, "#a4161a", "serious adverse event"));
          }
        }
        if (c.died() && c.events().stream().noneMatch(ev -> ev.category().equals(AdverseEvent.DEATH))) {
          marks.add(new SwimmerChart.Marker(lane, c.deathDay(), SwimmerChart.Shape.CROSS, "#000000", "death"));
        }
      }
    }
    return new SwimmerChart("Participants of replicate 1", 1000, Axis.of("Day").withDomain(0, t.protocol.followUpDays()), lanes, marks);
  }

  /** Binary endpoints with published counts: simulated pooled proportion (exact CI) beside the published one. */
  static XyChart publishedBinary(List<String> names, double[][] simulated, double[][] published) {
    double[] x = new double[names.size()];
    for (int i = 0; i < x.length; i++) x[i] = i + 1;
    StringBuilder label = new StringBuilder();
    for (int i = 0; i < names.size(); i++) label.append(i == 0 ? "" : ", ").append(i + 1).append(" = ").append(names.get(i));
    double[] xs = x.clone(), xp = x.clone();
    for (int i = 0; i < x.length; i++) {
      xs[i] -= 0.08;
      xp[i] += 0.08;
    }
    // the axis label names the endpoints: widen the chart so that it fits (about 6 px a character at 11 px)
    return XyChart.builder("Binary endpoints: simulated vs published").size(Math.min(1000, Math.max(520, 80 + 6 * label.length())), 280)
        .x(Axis.of(label.toString()).withDomain(0.5, names.size() + 0.5).withTicks(java.util.Arrays.stream(x).boxed().toList()))
        .y(Axis.of("Proportion (95% CI)").withDomain(0, 1.05))
        .series(Series.points("Simulated", Palette.color(1), xs, simulated[0], simulated[1], simulated[2]))
        .series(Series.points("Published", "#000000", xp, published[0], published[1], published[2]))
        .build();
  }
}
