/**
 * Graft biology for in-silico islet replacement: the slow graft-mass process ({@link
 * org.isletsim.graft.GraftCourse}: early loss, Erlang-n maturation, attrition hazards from alloimmunity,
 * autoimmunity, immunosuppression × adherence and glucotoxicity), the minute-scale endocrine model coupled to
 * the engine's UVA/Padova S2008 patient ({@link org.isletsim.graft.EndocrineModel}: Dalla Man 2007 insulin
 * secretion, Van Cauter 1992 C-peptide kinetics, S2013-form glucagon), virtual healthy controls and T1D
 * recipients ({@link org.isletsim.graft.VirtualSubjects}), laboratory tests ({@link org.isletsim.graft.Mmtt},
 * {@link org.isletsim.graft.HypoglycaemiaChallenge}, {@link org.isletsim.graft.DailyLife}, {@link
 * org.isletsim.graft.CoupledCourse}), graft-function indices ({@link org.isletsim.graft.GraftFunctionIndices})
 * and unit conversions ({@link org.isletsim.graft.LabUnits}). Graft files are YAML ({@link
 * org.isletsim.graft.GraftPlanYaml}); defaults live in {@code graft-defaults.yaml}. See docs/graft.md and
 * docs/VALIDATION.md.
 */
package org.isletsim.graft;
