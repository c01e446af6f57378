package org.isletsim.candidacy.profile;

/**
 * The glycaemic summary of a real CGM export (cgm module importers and metrics), which replaces the profile's
 * HbA1c/TIR summary in the conditioning of the twins.
 *
 * @param source file name
 * @param format importer id
 * @param readings readings used
 * @param days days covered (first to last reading)
 * @param meanMgDl mean glucose, mg/dL
 * @param tirPct time 70–180 mg/dL, %
 * @param tbr54Pct time below 54 mg/dL, %
 * @param gmiPct glucose management indicator, % (Bergenstal 2018)
 */
public record CgmSummary(
    String source, String format, int readings, double days, double meanMgDl, double tirPct, double tbr54Pct,
    double gmiPct) {}
