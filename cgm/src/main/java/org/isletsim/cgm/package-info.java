/**
 * Continuous glucose monitoring: a plain in-memory {@link org.isletsim.cgm.GlucoseSeries} (epoch seconds and mg/dL),
 * the consensus metrics of Battelino et al. 2019/2023 with the edge-case rules of the R package iglu
 * (Broll et al. 2021, github.com/irinagain/iglu), AGP percentiles and hypo/hyper episodes. The importers for device
 * exports live in {@code org.isletsim.cgm.io}. The same metric code scores real exports and simulated CGM.
 */
package org.isletsim.cgm;
