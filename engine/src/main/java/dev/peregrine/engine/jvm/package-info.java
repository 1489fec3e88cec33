/**
 * What the two ends of the JVM transport must agree on beyond the ring's layout: how a JVM event's raw values read
 * as {@code jvm.*} fields. The agent's embedded engine and the host probe both bind {@code jvm} rules, one over the
 * agent's own captured event and one over a ring record; whatever turns a raw value into a field value lives here
 * once, so an alert says the same thing whichever engine raised it.
 *
 * <p>Each side implements {@link dev.peregrine.engine.jvm.JvmEventView} on its reused event object, answering
 * only "what does this event carry" (the probe reads the call from the ring record and the process from its own
 * host state for the ring's verified pid; the agent reads both from itself).
 * {@link dev.peregrine.engine.jvm.JvmFieldBinder} is the single mapping from field names to those values, with the
 * conditions that belong to the field's meaning ({@code jvm.file.path} only on file operations,
 * {@code jvm.lib.path} only on {@code native_load}, {@code jvm.file.write} only on {@code file_open},
 * {@code jvm.net.port} only with an address, an unknown tid or uid absent). {@link
 * dev.peregrine.engine.jvm.JvmOpenFlags} names the open flags for both.
 */
package dev.peregrine.engine.jvm;
