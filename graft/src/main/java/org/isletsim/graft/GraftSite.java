package org.isletsim.graft;

import java.util.Locale;
import org.isletsim.InvalidInputException;

/** Where a graft is placed, which decides where its insulin enters the circulation. */
public enum GraftSite {
  /** Intraportal infusion: cells lodge in the liver; insulin passes hepatic first-pass extraction. */
  PORTAL_VEIN("portal-vein", true),
  /** Intramuscular / under the anterior rectus sheath: systemic delivery. */
  INTRAMUSCULAR("intramuscular", false),
  /** Subcutaneous (encapsulation) device: systemic delivery. */
  SUBCUTANEOUS_DEVICE("subcutaneous-device", false);

  private final String id;
  private final boolean portalDelivery;

  GraftSite(String id, boolean portalDelivery) {
    this.id = id;
    this.portalDelivery = portalDelivery;
  }

  /** Identifier used in YAML files. */
  public String id() {
    return id;
  }

  /** True when secreted insulin enters the liver before the systemic circulation. */
  public boolean portalDelivery() {
    return portalDelivery;
  }

  /** Looks up a site by its identifier; {@code field} names the input in the error. */
  public static GraftSite parse(String value, String field) {
    if (value != null) {
      String v = value.trim().toLowerCase(Locale.ROOT);
      for (GraftSite s : values()) {
        if (s.id.equals(v) || s.name().equalsIgnoreCase(v)) return s;
      }
    }
    throw new InvalidInputException(
        field + ": unknown site '" + value + "' (expected portal-vein, intramuscular or subcutaneous-device)");
  }
}
