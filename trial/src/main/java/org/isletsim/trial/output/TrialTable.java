package org.isletsim.trial.output;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.isletsim.io.table.Column;
import org.isletsim.io.table.TableFormat;
import org.isletsim.trial.TrialRunner;
import org.isletsim.trial.cohort.VirtualPerson;
import org.isletsim.trial.endpoint.BinaryEndpoints;
import org.isletsim.trial.endpoint.EndpointRow;
import org.isletsim.trial.endpoint.ParticipantOutcome;
import org.isletsim.trial.sim.AdverseEvent;

/**
 * The three tables of a trial run, each defined once, as typed columns and the cells of a replicate's rows, for
 * every format and runner: CSV ({@link TrialCsvWriter}: 6 decimals, {@code NA} for missing, 1/0 for yes/no) and
 * Parquet (INT64, DOUBLE, STRING; endpoints' {@code count} nullable), written by the local runner and by the
 * Spark runner alike.
 *
 * <ul>
 *   <li>participants: one row per enrolled participant per replicate (screen failures are counted in
 *       endpoints);
 *   <li>endpoints: {@code replicate,arm,endpoint,n,count,estimate,ci_low,ci_high} (count missing for non-binary
 *       rows);
 *   <li>events: {@code replicate,arm,participant,day,category,serious,description}, one row per event.
 * </ul>
 */
public enum TrialTable {
  PARTICIPANTS("participants", List.of(
      integer("replicate"), text("arm"), text("participant"), integer("eligible"), integer("primary_endpoint_met"),
      integer("insulin_independent_d365"), number("she_count_d90_365"), number("hba1c_d365_pct"), number("tir_d365_pct"),
      number("cpeptide_peak_d365_pmol_l"), text("igls2018_d365"), integer("died"), text("catalogue_id"), number("age_years"),
      integer("female"), number("weight_kg"), number("bmi_kg_m2"), number("diabetes_duration_years"), integer("awareness_score"),
      integer("severe_events_prior_year"), number("hba1c_d0_pct"), number("hba1c_d180_pct"), number("tir_d0_pct"),
      number("tir_d90_pct"), number("cpeptide_peak_d90_pmol_l"), number("cpeptide_peak_d180_pmol_l"),
      integer("insulin_independent_d180_365"), integer("insulin_independent_ever"),
      integer("insulin_independent_1y_after_last_infusion"), integer("insulin_independent_2y_after_last_infusion"),
      integer("infusions"), text("igls2_d365"), integer("graft_failure_day"), integer("graft_failed"))),
  ENDPOINTS("endpoints", List.of(
      integer("replicate"), text("arm"), text("endpoint"), integer("n"), integer("count").asNullable(), number("estimate"),
      number("ci_low"), number("ci_high"))),
  EVENTS("events", List.of(
      integer("replicate"), text("arm"), text("participant"), integer("day"), text("category"), integer("serious"),
      text("description")));

  private final String name;
  private final List<Column> columns;

  TrialTable(String name, List<Column> columns) {
    this.name = name;
    this.columns = columns;
  }

  /** Base name, e.g. {@code participants}. */
  public String baseName() {
    return name;
  }

  /** File name in {@code format}, e.g. {@code participants.csv}. */
  public String fileName(TableFormat format) {
    return name + "." + format.extension();
  }

  public List<Column> columns() {
    return columns;
  }

  /** The rows of one replicate, in output order. */
  public void rows(TrialRunner.Replicate r, Consumer<Object[]> sink) {
    if (this == ENDPOINTS) {
      for (EndpointRow row : r.rows()) sink.accept(endpoint(row));
      return;
    }
    for (List<ParticipantOutcome> outs : r.outcomes().values()) {
      for (ParticipantOutcome o : outs) {
        if (this == PARTICIPANTS) sink.accept(participant(o));
        else for (AdverseEvent e : o.course().events()) sink.accept(event(o, e));
      }
    }
  }

  /** The rows of one replicate as a list. */
  public List<Object[]> rows(TrialRunner.Replicate r) {
    List<Object[]> l = new ArrayList<>();
    rows(r, l::add);
    return l;
  }

  private static Object[] participant(ParticipantOutcome o) {
    VirtualPerson p = o.person();
    return new Object[] {
      o.replicate(), o.arm(), p.id(), 1, bit(o.met(BinaryEndpoints.PRIMARY)), bit(o.met("insulin_independent_d365")),
      o.value("she_count_d90_365"), o.value("hba1c_pct_d365"), o.value("tir_pct_d365"), o.value("cpeptide_peak_pmol_l_d365"),
      o.igls2018D365(), bit(o.met(BinaryEndpoints.DIED)), p.catalogueId(), p.ageYears(), bit(p.female()), p.weightKg(),
      p.bmiKgM2(), p.diabetesDurationYears(), p.awarenessScore(), p.severeEventsPriorYear(), o.value("hba1c_pct_d0"),
      o.value("hba1c_pct_d180"), o.value("tir_pct_d0"), o.value("tir_pct_d90"), o.value("cpeptide_peak_pmol_l_d90"),
      o.value("cpeptide_peak_pmol_l_d180"), bit(o.met(BinaryEndpoints.II_D180_365)), bit(o.met(BinaryEndpoints.II_EVER)),
      bit(o.met(BinaryEndpoints.II_1Y_AFTER_LAST)), bit(o.met(BinaryEndpoints.II_2Y_AFTER_LAST)),
      o.course().infusionDays().size(), o.igls2D365(), o.graftFailureDay(), bit(o.graftFailed())
    };
  }

  private static Object[] endpoint(EndpointRow r) {
    return new Object[] {
      r.replicate(), r.arm(), r.endpoint(), r.n(), r.count() < 0 ? null : r.count(), r.estimate(), r.ciLow(), r.ciHigh()
    };
  }

  private static Object[] event(ParticipantOutcome o, AdverseEvent e) {
    return new Object[] {o.replicate(), o.arm(), o.person().id(), e.day(), e.category(), bit(e.serious()), e.description()};
  }

  private static Integer bit(boolean b) {
    return b ? 1 : 0;
  }

  private static Column integer(String name) {
    return Column.integer(name);
  }

  private static Column number(String name) {
    return Column.number(name);
  }

  private static Column text(String name) {
    return Column.string(name);
  }
}
