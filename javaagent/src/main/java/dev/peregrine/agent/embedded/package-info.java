/**
 * The engine embedded in the agent (mode {@code embedded}, and {@code auto} while no host probe transport exists):
 * on the consumer thread, each captured event is viewed as an engine {@code Event} ({@link
 * dev.peregrine.agent.embedded.JvmEvent}, one reused instance, a {@link dev.peregrine.engine.jvm.JvmEventView}),
 * its fields read through accessors bound once at rule load by the engine's
 * {@link dev.peregrine.engine.jvm.JvmFieldBinder} (the host probe binds its ring records with the same binder, so a
 * field means the same in both engines), and evaluated against the {@code jvm} rules.
 */
package dev.peregrine.agent.embedded;
