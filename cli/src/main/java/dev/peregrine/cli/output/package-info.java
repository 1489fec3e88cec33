/**
 * Alert outputs of the command line, assembled from the engine's sinks ({@code dev.peregrine.engine.sink}):
 * stdout as Falco text or JSON lines, a JSON-lines file, and the SLF4J logger {@code peregrine.alerts}. The
 * formats themselves belong to the engine ({@code FalcoText}, {@code FalcoJson}), so an alert reads the same
 * whether the CLI, the probe or the agent's embedded engine emits it.
 */
package dev.peregrine.cli.output;
