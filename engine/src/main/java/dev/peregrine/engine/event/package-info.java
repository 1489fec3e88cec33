/**
 * The contract between event producers and the engine. Producers (the kernel probe, the Java agent, JVM rings read
 * by the probe, a replay file) implement {@link dev.peregrine.engine.event.Event} on their own, usually reused,
 * objects and supply a {@link dev.peregrine.engine.event.FieldBinder} per source. The compiler asks the binder once
 * per field reference and keeps the returned {@link dev.peregrine.engine.event.Accessor}; evaluation then reads
 * fields through accessors only, never by name, and numeric fields through {@code number()} so nothing is boxed
 * on the hot path. A field an event cannot provide is "not extractable" ({@code null} / {@code ABSENT}), which the
 * evaluator treats as Falco does: every comparison on it is false.
 */
package dev.peregrine.engine.event;
