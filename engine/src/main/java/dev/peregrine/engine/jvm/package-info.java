/**
 * What the two ends of the JVM transport must agree on beyond the ring's layout: how a JVM event's raw values read
 * as {@code jvm.*} fields. The agent's embedded engine and the host probe both bind {@code jvm} rules, one over the
 * agent's own captured event and one over a ring record; whatever turns a raw value into a field value lives here
 * once, so an alert says the same thing whichever engine raised it.
 */
package dev.peregrine.engine.jvm;
