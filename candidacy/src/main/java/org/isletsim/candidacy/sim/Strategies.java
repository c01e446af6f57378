package org.isletsim.candidacy.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.isletsim.InvalidInputException;
import org.isletsim.candidacy.profile.Therapy;
import org.isletsim.trial.protocol.Arm;
import org.isletsim.trial.protocol.ProtocolReader;

/**
 * The strategies of an analysis. Graft strategies take product, dose, site, infusions and immunosuppression from
 * the trial presets (so the trial's sources and any recalibration of the graft defaults flow through):
 *
 * <ul>
 *   <li>{@code islets}: preset {@code zimislecel-phase12}, arm {@code full-dose} (0.8 × 10⁹ allogeneic stem-cell
 *       islets into the portal vein, glucocorticoid-free immunosuppression);
 *   <li>{@code autologous} (optional): preset {@code cipsc-autologous}, arm {@code autologous}, but without
 *       immunosuppression (the published recipient was already immunosuppressed; here recurrent autoimmunity
 *       acts unopposed: the scenario the literature calls unproven);
 *   <li>{@code encapsulated} (optional): preset {@code encapsulated-no-immunosuppression}, arm {@code device}.
 * </ul>
 *
 * Insulin while it is needed is the person's current therapy for graft strategies (weaned by the care module's
 * clinician), the hybrid closed loop for best standard care.
 */
public final class Strategies {
  /** Optional strategies that {@code --extra-strategies} may add. */
  public static final List<String> OPTIONAL = List.of(Strategy.AUTOLOGOUS, Strategy.ENCAPSULATED);

  private Strategies() {}

  public static List<Strategy> forTherapy(Therapy current, List<String> extras) {
    List<Strategy> out = new ArrayList<>();
    out.add(new Strategy(Strategy.CURRENT, "Current care (" + current.id() + ")", current.id(), null, "profile"));
    out.add(new Strategy(Strategy.BEST_STANDARD, "Best standard care (hybrid closed loop)", Therapy.HCL.id(), null,
        "care module regimen hcl"));
    out.add(new Strategy(Strategy.ISLETS, "Stem-cell islets + immunosuppression", current.id(),
        ProtocolReader.preset("zimislecel-phase12").arm("full-dose"), "preset zimislecel-phase12, arm full-dose"));
    for (int k = 0; k < extras.size(); k++) {
      String e = extras.get(k);
      if (extras.subList(0, k).contains(e)) {
        throw new InvalidInputException(String.format(Locale.ROOT,
            "--extra-strategies: '%s' is listed twice; expected each of %s at most once", e, String.join(", ", OPTIONAL)));
      }
      switch (e) {
        case Strategy.AUTOLOGOUS -> {
          Arm a = ProtocolReader.preset("cipsc-autologous").arm("autologous");
          Arm noIs = new Arm(a.name(), a.participants(), a.product(), a.dose(), a.site(), a.infusions(),
              new Arm.Immunosuppression("none", 0, 1), a.weaningPolicy());
          out.add(new Strategy(Strategy.AUTOLOGOUS, "Autologous islets, no immunosuppression", current.id(), noIs,
              "preset cipsc-autologous, arm autologous, immunosuppression none"));
        }
        case Strategy.ENCAPSULATED -> out.add(new Strategy(Strategy.ENCAPSULATED,
            "Encapsulated islets, no immunosuppression", current.id(),
            ProtocolReader.preset("encapsulated-no-immunosuppression").arm("device"),
            "preset encapsulated-no-immunosuppression, arm device"));
        default -> throw new InvalidInputException(String.format(Locale.ROOT,
            "--extra-strategies: unknown strategy '%s' (expected %s)", e, String.join(", ", OPTIONAL)));
      }
    }
    return List.copyOf(out);
  }
}
