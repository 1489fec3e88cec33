/**
 * The engine embedded in the agent (mode {@code embedded}, and {@code auto} while no host probe transport exists):
 * on the consumer thread, each captured event is viewed as an engine {@code Event} ({@link
 * dev.peregrine.agent.embedded.JvmEvent}, one reused instance), its fields read through accessors bound once at
 * rule load ({@link dev.peregrine.agent.embedded.JvmFieldBinder}), and evaluated against the {@code jvm} rules.
 */
package dev.peregrine.agent.embedded;
