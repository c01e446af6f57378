package org.isletsim.control;

import org.isletsim.InvalidInputException;
import org.isletsim.data.ResourceTable;

/**
 * Insulin therapy settings of a catalogue patient (simglucose {@code Quest.csv}).
 *
 * @param name patient id
 * @param carbRatioGPerU carbohydrate ratio CR, g/U
 * @param correctionFactorMgDlPerU correction factor CF, mg/dL per U
 * @param ageYears age, years
 * @param totalDailyInsulinU total daily insulin TDI, U
 */
public record TherapyProfile(
    String name, double carbRatioGPerU, double correctionFactorMgDlPerU, double ageYears, double totalDailyInsulinU) {

  private static final ResourceTable QUEST = ResourceTable.load(ResourceTable.SIMGLUCOSE + "Quest.csv");

  /** The Quest row of a catalogue patient. */
  public static TherapyProfile forPatient(String name) {
    int r = QUEST.find(name);
    if (r < 0) throw new InvalidInputException("no therapy settings (Quest.csv) for patient '" + name + "'");
    return new TherapyProfile(
        name, QUEST.number(r, "CR"), QUEST.number(r, "CF"), QUEST.number(r, "Age"), QUEST.number(r, "TDI"));
  }
}
