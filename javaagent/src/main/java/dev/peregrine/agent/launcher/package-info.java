/**
 * The launcher: the only agent classes on the application's class path (the agent jar is appended to the system
 * class path by {@code -javaagent}). Everything else in the agent jar is nested ({@code peregrine/bridge.jar},
 * {@code peregrine/core.jar}) so the application's class loader can never find it. The launcher defines the bridge's
 * classes in the bootstrap class loader ({@code BootClasses}: not by appending to the bootstrap class path, which
 * would turn class data sharing off for the application; that remains the fallback), extracts the core into a
 * private directory and starts it in its own class loader.
 */
package dev.peregrine.agent.launcher;
