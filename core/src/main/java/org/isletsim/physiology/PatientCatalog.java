package org.isletsim.physiology;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.isletsim.InvalidInputException;
import org.isletsim.data.ResourceTable;

/**
 * The 30 academic virtual subjects of the UVA/Padova simulator as distributed with simglucose
 * ({@code adolescent#001 … adolescent#010, adult#001 … adult#010, child#001 … child#010}), loaded from the
 * bundled {@code vpatient_params.csv} (MIT, (c) 2017 Jinyu Xie; see SOURCE.md beside it).
 */
public final class PatientCatalog {
  private static final List<PatientParameters> ALL = load();

  private PatientCatalog() {}

  /** All 30 subjects in file order. */
  public static List<PatientParameters> all() {
    return ALL;
  }

  /** Names of all subjects in file order. */
  public static List<String> names() {
    List<String> names = new ArrayList<>();
    for (PatientParameters p : ALL) names.add(p.name());
    return names;
  }

  /**
   * Looks a subject up by id ({@code adult#001}); {@code adult_001} is accepted too.
   *
   * @throws InvalidInputException for an unknown id, naming the accepted ones
   */
  public static PatientParameters get(String id) {
    return get(id, "");
  }

  /**
   * As {@link #get(String)}; {@code alsoAccepted} (e.g. ", or 'all'") ends the list of accepted ids in the message,
   * for a command that takes more than the catalogue's ids.
   */
  public static PatientParameters get(String id, String alsoAccepted) {
    String key = id.trim().replace('_', '#');
    for (PatientParameters p : ALL) if (p.name().equals(key)) return p;
    throw new InvalidInputException("unknown patient '" + id + "': expected one of adolescent#001..adolescent#010,"
        + " adult#001..adult#010, child#001..child#010" + alsoAccepted);
  }

  /**
   * Parses a selection such as {@code all} or {@code adult#001,child#002} (duplicates are kept once, in the
   * order given).
   */
  public static List<PatientParameters> select(String spec) {
    if (spec == null || spec.isBlank()) throw new InvalidInputException("no patient given: expected an id or 'all'");
    if (spec.trim().equalsIgnoreCase("all")) return ALL;
    List<PatientParameters> out = new ArrayList<>();
    for (String id : spec.split(",")) {
      PatientParameters p = get(id, ", or 'all'");
      if (!out.contains(p)) out.add(p);
    }
    return Collections.unmodifiableList(out);
  }

  private static List<PatientParameters> load() {
    ResourceTable t = ResourceTable.load(ResourceTable.SIMGLUCOSE + "vpatient_params.csv");
    List<PatientParameters> list = new ArrayList<>();
    for (int r = 0; r < t.size(); r++) {
      double[] x0 = new double[StateIndex.COUNT];
      // the 13 columns after Name, i (header spells them "x0_ 1".."x0_13")
      for (int k = 0; k < StateIndex.COUNT; k++) x0[k] = t.number(r, 2 + k);
      list.add(
          new PatientParameters(
              t.key(r),
              t.number(r, "BW"),
              x0,
              t.number(r, "Ib"),
              t.number(r, "kabs"),
              t.number(r, "kmax"),
              t.number(r, "kmin"),
              t.number(r, "b"),
              t.number(r, "d"),
              t.number(r, "Vg"),
              t.number(r, "Vi"),
              t.number(r, "Vmx"),
              t.number(r, "Km0"),
              t.number(r, "k2"),
              t.number(r, "k1"),
              t.number(r, "p2u"),
              t.number(r, "m1"),
              t.number(r, "m2"),
              t.number(r, "m4"),
              t.number(r, "m30"),
              t.number(r, "ki"),
              t.number(r, "kp1"),
              t.number(r, "kp2"),
              t.number(r, "kp3"),
              t.number(r, "f"),
              t.number(r, "ke1"),
              t.number(r, "ke2"),
              t.number(r, "Fsnc"),
              t.number(r, "Vm0"),
              t.number(r, "kd"),
              t.number(r, "ksc"),
              t.number(r, "ka1"),
              t.number(r, "ka2"),
              t.number(r, "u2ss")));
    }
    return Collections.unmodifiableList(list);
  }
}
