package org.isletsim.trial.output;

import static org.isletsim.trial.output.TrialColumns.flag;
import static org.isletsim.trial.output.TrialColumns.integer;
import static org.isletsim.trial.output.TrialColumns.number;
import static org.isletsim.trial.output.TrialColumns.text;

import java.util.List;
import org.isletsim.io.table.Column;
import org.isletsim.trial.cohort.VirtualPerson;
import org.isletsim.trial.endpoint.BinaryEndpoints;
import org.isletsim.trial.endpoint.ParticipantOutcome;

/**
 * The participants table (participants.csv / participants.parquet): one row per enrolled participant per replicate
 * (screen failures are counted in the endpoints table).
 */
public final class ParticipantsCsv {
  public static final List<Column> COLUMNS = List.of(
      integer("replicate"), text("arm"), text("participant"), integer("eligible"), integer("primary_endpoint_met").orMissing(TrialColumns.NA),
      integer("insulin_independent_d365").orMissing(TrialColumns.NA), integer("she_count_d90_365").orMissing(TrialColumns.NA), number("hba1c_d365_pct"), number("tir_d365_pct"),
      number("cpeptide_peak_d365_pmol_l"), text("igls2018_d365"), integer("died"), text("catalogue_id"),
      number("age_years"), integer("female"), number("weight_kg"), number("bmi_kg_m2"), number("diabetes_duration_years"),
      integer("awareness_score"), integer("severe_events_prior_year"), number("hba1c_d0_pct"), number("hba1c_d180_pct"),
      number("tir_d0_pct"), number("tir_d90_pct"), number("cpeptide_peak_d90_pmol_l"), number("cpeptide_peak_d180_pmol_l"),
      integer("insulin_independent_d180_365").orMissing(TrialColumns.NA), integer("insulin_independent_ever"),
      integer("insulin_independent_1y_after_last_infusion").orMissing(TrialColumns.NA),
      integer("insulin_independent_2y_after_last_infusion").orMissing(TrialColumns.NA),
      integer("infusions"), text("igls2_d365"), integer("graft_failure_day"), integer("graft_failed"));

  private ParticipantsCsv() {}

  public static Object[] row(ParticipantOutcome o) {
    VirtualPerson p = o.person();
    return new Object[] {
      o.replicate(), o.arm(), p.id(), 1, o.flagOrNull(BinaryEndpoints.PRIMARY),
      o.flagOrNull("insulin_independent_d365"), countOrNull(o.value("she_count_d90_365")), o.value("hba1c_pct_d365"),
      o.value("tir_pct_d365"), o.value("cpeptide_peak_pmol_l_d365"), o.igls2018D365(),
      flag(o.met(BinaryEndpoints.DIED)), p.catalogueId(), p.ageYears(), flag(p.female()),
      p.weightKg(), p.bmiKgM2(), p.diabetesDurationYears(), p.awarenessScore(),
      p.severeEventsPriorYear(), o.value("hba1c_pct_d0"), o.value("hba1c_pct_d180"),
      o.value("tir_pct_d0"), o.value("tir_pct_d90"), o.value("cpeptide_peak_pmol_l_d90"),
      o.value("cpeptide_peak_pmol_l_d180"), o.flagOrNull(BinaryEndpoints.II_D180_365),
      flag(o.met(BinaryEndpoints.II_EVER)), o.flagOrNull(BinaryEndpoints.II_1Y_AFTER_LAST),
      o.flagOrNull(BinaryEndpoints.II_2Y_AFTER_LAST), o.course().infusionDays().size(),
      o.igls2D365(), o.graftFailureDay(), flag(o.graftFailed())
    };
  }

  /** A count held as a double by the endpoint layer (NaN: not observed) as a table integer (null: NA). */
  private static Long countOrNull(double v) {
    return Double.isNaN(v) ? null : Math.round(v);
  }
}
