package org.isletsim.graft;

import java.util.Comparator;
import java.util.List;

/**
 * Everything that decides one recipient's graft course: product, site, infusions, immunosuppression and the
 * resolved (default + override) parameters. Immutable; build it with {@link GraftPlanYaml} or directly.
 *
 * @param product islet product
 * @param site graft site
 * @param infusions infusions, sorted by day
 * @param immunosuppressionLevel prescribed immunosuppression intensity, 0 (none) to 1 (full regimen)
 * @param adherence fraction of prescribed immunosuppression actually taken, 0 to 1
 * @param recurrentAutoimmunity whether the recipient has T1D autoimmunity that can attack the graft
 * @param alphaCells whether the graft's alpha cells function (false: beta-cell function only)
 * @param meanGlucoseMgDl mean glucose assumed for glucotoxicity when the course is not coupled to a simulation
 * @param productParameters resolved product parameters
 * @param siteParameters resolved site parameters
 * @param globals resolved global parameters
 */
public record GraftPlan(
    GraftProduct product,
    GraftSite site,
    List<Infusion> infusions,
    double immunosuppressionLevel,
    double adherence,
    boolean recurrentAutoimmunity,
    boolean alphaCells,
    double meanGlucoseMgDl,
    ProductParameters productParameters,
    SiteParameters siteParameters,
    BiologyGlobals globals) {

  public GraftPlan {
    if (product == null || site == null) throw new IllegalArgumentException("product and site are required");
    if (infusions == null || infusions.isEmpty()) throw new IllegalArgumentException("at least one infusion is required");
    infusions = infusions.stream().sorted(Comparator.comparingInt(Infusion::day)).toList();
    ProductParameters.fraction(immunosuppressionLevel, "immunosuppression.level");
    ProductParameters.fraction(adherence, "immunosuppression.adherence");
    ProductParameters.positive(meanGlucoseMgDl, "meanGlucoseMgDl");
  }

  /**
   * A plan with the bundled default parameters: full immunosuppression, full adherence, autoimmune recipient,
   * functioning alpha cells, mean glucose 120 mg/dL.
   */
  public static GraftPlan withDefaults(GraftProduct product, GraftSite site, List<Infusion> infusions) {
    return new GraftPlan(
        product, site, infusions, 1.0, 1.0, true, true, 120.0,
        GraftDefaults.product(product), GraftDefaults.site(site), GraftDefaults.globals());
  }

  /** A single portal infusion of {@code cells} allogeneic stem-cell islets on day 0 (FORWARD-101 design). */
  public static GraftPlan stemCellPortal(double cells) {
    BiologyGlobals g = GraftDefaults.globals();
    return withDefaults(
        GraftProduct.ALLOGENEIC_SC_ISLET, GraftSite.PORTAL_VEIN, List.of(new Infusion(0, cells / g.cellsPerIeq())));
  }

  /** A copy with alpha-cell function switched on or off. */
  public GraftPlan withAlphaCells(boolean on) {
    return new GraftPlan(product, site, infusions, immunosuppressionLevel, adherence, recurrentAutoimmunity, on,
        meanGlucoseMgDl, productParameters, siteParameters, globals);
  }

  /** A copy with other product parameters. */
  public GraftPlan withProductParameters(ProductParameters p) {
    return new GraftPlan(product, site, infusions, immunosuppressionLevel, adherence, recurrentAutoimmunity,
        alphaCells, meanGlucoseMgDl, p, siteParameters, globals);
  }
}
