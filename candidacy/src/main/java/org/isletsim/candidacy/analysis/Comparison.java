package org.isletsim.candidacy.analysis;

import java.util.Map;
import org.isletsim.candidacy.analysis.Weighted.Estimate;

/**
 * Net benefit of a treatment over a comparator: the twins' paired QALY differences.
 *
 * @param treatment strategy id
 * @param comparator strategy id
 * @param netBenefitQaly incremental discounted QALYs (mean, person-level 90% interval, Monte-Carlo SE)
 * @param probabilityOfBenefit weighted share of twins with a positive difference
 * @param probabilityOfHarm weighted share with a negative difference
 * @param componentDeltas mean difference of each QALY component
 * @param severeEventsAvoided expected severe events avoided over the horizon (mean)
 * @param verdict verdict band
 */
public record Comparison(
    String treatment,
    String comparator,
    Estimate netBenefitQaly,
    double probabilityOfBenefit,
    double probabilityOfHarm,
    Map<String, Double> componentDeltas,
    double severeEventsAvoided,
    Verdict verdict) {}
