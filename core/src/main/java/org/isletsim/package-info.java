/** isletsim core: physiology, devices, control, scenarios and the simulation loop. */
package org.isletsim;
