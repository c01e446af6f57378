/**
 * Care over months and years, layered on the virtual-patient engine: insulin regimens and the clinician's
 * titration and weaning policy ({@code regimen}, {@code policy}), day-to-day life ({@code life}), severe
 * hypoglycaemia ({@code hypo}), HbA1c from red-cell glycation ({@code glycation}), immunosuppression
 * ({@code immuno}), the seam to the islet graft ({@code graft}) and the streaming long-horizon runner
 * ({@code course}). See docs/care.md.
 */
package org.isletsim.care;
