package org.isletsim.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.isletsim.control.TherapyProfile;
import org.isletsim.physiology.PatientCatalog;
import org.isletsim.physiology.PatientParameters;
import picocli.CommandLine.Command;

/** {@code isletsim patients}: the catalogue with key parameters. */
@Command(
    name = "patients",
    mixinStandardHelpOptions = true,
    description = "List the 30 UVA/Padova virtual patients (simglucose parameters) with key parameters, as CSV.")
final class PatientsCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.out.println(
        "patient,age_y,body_weight_kg,basal_glucose_mgdl,basal_insulin_u_per_h,carb_ratio_g_per_u,"
            + "correction_factor_mgdl_per_u,total_daily_insulin_u");
    for (PatientParameters p : PatientCatalog.all()) {
      TherapyProfile t = TherapyProfile.forPatient(p.name());
      System.out.printf(
          Locale.ROOT,
          "%s,%.0f,%.3f,%.2f,%.4f,%.1f,%.2f,%.2f%n",
          p.name(),
          t.ageYears(),
          p.bodyWeightKg(),
          p.basalGlucoseMgDl(),
          p.basalUPerMin() * 60,
          t.carbRatioGPerU(),
          t.correctionFactorMgDlPerU(),
          t.totalDailyInsulinU());
    }
    return 0;
  }
}
