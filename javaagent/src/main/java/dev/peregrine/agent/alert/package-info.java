/**
 * Where the embedded engine's alerts go: readable lines to the application's SLF4J (found by reflection through the
 * caller's class loader, never a bundled copy, so the application's logging configuration applies) or to stderr;
 * Falco JSON lines to a file through the engine's {@code JsonLinesSink}.
 */
package dev.peregrine.agent.alert;
