/**
 * Who should get stem-cell islets: benefit–risk for one person's profile and across a population (docs/candidacy.md).
 *
 * <p>Pipeline: {@code profile} (strict YAML, optional CGM export) → {@code twin} (virtual twins: the trial
 * module's population generator conditioned on the profile by importance weighting) → {@code sim} (one year of
 * care physiology per twin and strategy, the expensive part, cached) → {@code outcome} (the cheap layer: years
 * 2..H from the graft module's daily graft course and the care module's event rates, QALYs) → {@code analysis}
 * (weighted summaries, net benefit, verdict, one-way sensitivity analysis on the cheap layer) → {@code output}
 * (candidacy.json, report.html). {@code population} runs the same analysis over a generated population.
 */
package org.isletsim.candidacy;
