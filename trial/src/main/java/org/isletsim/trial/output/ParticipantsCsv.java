package org.isletsim.trial.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.isletsim.trial.cohort.VirtualPerson;
import org.isletsim.trial.endpoint.BinaryEndpoints;
import org.isletsim.trial.endpoint.ParticipantOutcome;

/** participants.csv: one row per enrolled participant per replicate (screen failures are counted in endpoints.csv). */
public final class ParticipantsCsv {
  public static final List<String> COLUMNS = List.of(
      "replicate", "arm", "participant", "eligible", "primary_endpoint_met", "insulin_independent_d365",
      "she_count_d90_365", "hba1c_d365_pct", "tir_d365_pct", "cpeptide_peak_d365_pmol_l", "igls2018_d365", "died",
      "catalogue_id", "age_years", "female", "weight_kg", "bmi_kg_m2", "diabetes_duration_years", "awareness_score",
      "severe_events_prior_year", "hba1c_d0_pct", "hba1c_d180_pct", "tir_d0_pct", "tir_d90_pct",
      "cpeptide_peak_d90_pmol_l", "cpeptide_peak_d180_pmol_l", "insulin_independent_d180_365",
      "insulin_independent_ever", "insulin_independent_1y_after_last_infusion",
      "insulin_independent_2y_after_last_infusion", "infusions", "igls2_d365", "graft_failure_day", "graft_failed");

  private ParticipantsCsv() {}

  public static void header(Writer w) throws IOException {
    w.write(String.join(",", COLUMNS));
    w.write('\n');
  }

  public static void row(Writer w, ParticipantOutcome o) throws IOException {
    VirtualPerson p = o.person();
    String[] v = {
      Integer.toString(o.replicate()), Csv.text(o.arm()), Csv.text(p.id()), "1", Csv.bool(o.met(BinaryEndpoints.PRIMARY)),
      Csv.bool(o.met("insulin_independent_d365")), Csv.num(o.value("she_count_d90_365")), Csv.num(o.value("hba1c_pct_d365")),
      Csv.num(o.value("tir_pct_d365")), Csv.num(o.value("cpeptide_peak_pmol_l_d365")), o.igls2018D365(),
      Csv.bool(o.met(BinaryEndpoints.DIED)), Csv.text(p.catalogueId()), Csv.num(p.ageYears()), Csv.bool(p.female()),
      Csv.num(p.weightKg()), Csv.num(p.bmiKgM2()), Csv.num(p.diabetesDurationYears()), Integer.toString(p.awarenessScore()),
      Integer.toString(p.severeEventsPriorYear()), Csv.num(o.value("hba1c_pct_d0")), Csv.num(o.value("hba1c_pct_d180")),
      Csv.num(o.value("tir_pct_d0")), Csv.num(o.value("tir_pct_d90")), Csv.num(o.value("cpeptide_peak_pmol_l_d90")),
      Csv.num(o.value("cpeptide_peak_pmol_l_d180")), Csv.bool(o.met(BinaryEndpoints.II_D180_365)),
      Csv.bool(o.met(BinaryEndpoints.II_EVER)), Csv.bool(o.met(BinaryEndpoints.II_1Y_AFTER_LAST)),
      Csv.bool(o.met(BinaryEndpoints.II_2Y_AFTER_LAST)), Integer.toString(o.course().infusionDays().size()),
      o.igls2D365(), Integer.toString(o.graftFailureDay()), Csv.bool(o.graftFailed())
    };
    w.write(String.join(",", v));
    w.write('\n');
  }
}
