/**
 * {@code peregrine demo}, live: a real vulnerable service attacked for real, watched by Peregrine.
 *
 * <p>{@link LiveDemo} runs it in order. {@link DemoJars} finds (and, on a fresh clone, builds) the agent jar and the
 * demo jar. When this process may load BPF programs, {@link ProbeSession} starts the host probe's daemon in this JVM
 * with a private JVM ring directory, and the agent runs in {@code mode=probe}: the daemon evaluates kernel and JVM
 * events together, so alerts can carry both. Otherwise the agent's embedded engine evaluates the JVM rules inside
 * the application and writes Falco JSON alerts to a file, and the demo says so. {@link DemoApp} starts the service
 * ({@code demo-apps}) with {@code -javaagent}; {@link DriverProcess} runs the driver, which reports each step it
 * sent (one JSON line each).
 *
 * <p>{@link Attribution} ties each alert to the step that caused it: by the Java thread name first (the app names
 * its request thread {@code http-<step>}), else, for kernel alerts that concern the demo's processes, by the step's
 * time window. Host alerts that concern neither are listed apart and never counted: the demo runs on a live machine.
 * {@link LiveReport} prints the alerts per step and the table attack → rule → detected → correlated, and decides:
 * every attack's expected rule fired, and no benign step raised anything at Warning or above.
 */
package dev.peregrine.cli.demo.live;
