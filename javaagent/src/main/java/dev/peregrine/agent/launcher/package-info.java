/**
 * The launcher: the only agent classes on the application's class path (the agent jar is appended to the system
 * class path by {@code -javaagent}). Everything else in the agent jar is nested ({@code peregrine/bridge.jar},
 * {@code peregrine/core.jar}) so the application's class loader can never find it. The launcher extracts both into a
 * private directory, appends the bridge to the bootstrap class path and starts the core in its own class loader.
 */
package dev.peregrine.agent.launcher;
