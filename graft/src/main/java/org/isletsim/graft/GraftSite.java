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

  /**
   * Why {@code product} cannot be placed at this site, or null when it can: an encapsulation device is implanted as
   * a subcutaneous device, and that site holds nothing else (free islets go into the portal vein or a muscle).
   */
  public String incompatibility(GraftProduct product) {
    boolean device = product == GraftProduct.ENCAPSULATED_DEVICE;
    if (device && this != SUBCUTANEOUS_DEVICE) {
      return "an " + product.id() + " product is implanted at site " + SUBCUTANEOUS_DEVICE.id + ", not " + id;
    }
    if (!device && this == SUBCUTANEOUS_DEVICE) {
      return "site " + id + " holds an " + GraftProduct.ENCAPSULATED_DEVICE.id() + " product, not " + product.id()
          + " (free islets go to portal-vein or intramuscular)";
    }
    return null;
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
