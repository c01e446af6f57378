/** The physiology a care course drives: the engine's T1D patient or the graft module's endocrine recipient. */
package org.isletsim.care.patient;
