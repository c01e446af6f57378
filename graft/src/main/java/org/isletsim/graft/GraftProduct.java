package org.isletsim.graft;

import java.util.Locale;
import org.isletsim.InvalidInputException;

/** Islet products; their default rates are in {@code graft-defaults.yaml} under {@link #id()}. */
public enum GraftProduct {
  /** Allogeneic stem-cell-derived, fully differentiated islets (e.g. zimislecel). */
  ALLOGENEIC_SC_ISLET("allogeneic-sc-islet"),
  /** Autologous iPSC-derived islets (e.g. chemically induced PSC islets). */
  AUTOLOGOUS_IPSC_ISLET("autologous-ipsc-islet"),
  /** Deceased-donor (cadaveric) islets. */
  DECEASED_DONOR_ISLET("deceased-donor-islet"),
  /** Stem-cell islets in an immune-protective encapsulation device. */
  ENCAPSULATED_DEVICE("encapsulated-device");

  private final String id;

  GraftProduct(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** Looks up a product by identifier; {@code field} names the input in the error. */
  public static GraftProduct parse(String value, String field) {
    if (value != null) {
      String v = value.trim().toLowerCase(Locale.ROOT);
      for (GraftProduct p : values()) {
        if (p.id.equals(v) || p.name().equalsIgnoreCase(v)) return p;
      }
    }
    throw new InvalidInputException(
        field
            + ": unknown product '"
            + value
            + "' (expected allogeneic-sc-islet, autologous-ipsc-islet, deceased-donor-islet or encapsulated-device)");
  }
}
