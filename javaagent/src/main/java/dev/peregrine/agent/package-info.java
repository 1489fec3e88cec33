/**
 * The Peregrine Java agent: intercepts security-relevant JDK operations (file open/delete/rename, process start,
 * socket connect/bind/accept, deserialization, JNDI, native libraries) inside any JVM 17+, with the Java stack of
 * each call, and evaluates them against {@code jvm} rules.
 *
 * <h2>Class loaders</h2>
 * <ul>
 *   <li>{@code dev.peregrine.agent.launcher}: system class loader (the agent jar is on the class path). Tiny.</li>
 *   <li>{@code dev.peregrine.agent.bridge}: bootstrap class loader, defined there at start from a nested jar; the only
 *       code the advice inlined into JDK classes may call.</li>
 *   <li>everything else, the engine, and relocated ByteBuddy, JCTools, SnakeYAML ({@code dev.peregrine.agent.shaded})
 *       in the agent's own {@code URLClassLoader} (parent: platform loader) over a nested jar: invisible to the
 *       application, and blind to the application's own versions of the same libraries. Alerts still go to the
 *       application's SLF4J, found by reflection through the caller's class loader.</li>
 * </ul>
 *
 * <h2>Flow of an event</h2>
 * enter advice (JDK method, application thread) → {@code Bridge} (re-entry guard, never throws) →
 * {@code capture.Recorder} (thread identity, arguments, stack per policy, begin time) → the JDK method's own work
 * (the native call) → exit advice → {@code Bridge} → {@code Recorder} (end time) →
 * {@code pipeline.EventQueue} (bounded MPSC, drop when full) → {@code pipeline.Consumer} (one daemon thread) →
 * sinks: JSON event log, embedded engine ({@code embedded}), whose alerts go to {@code alert}.
 *
 * <h2>Recording only what can matter</h2>
 * At start-up each sink says which operations it can use ({@code capture.Interest}): the embedded engine works it out
 * from its rules ({@code embedded.RuleInterest}: no rule for an operation, or a file path no rule can match, and the
 * operation is not recorded); the event log and the host probe's ring take everything. The recorder checks this
 * before building an event, so the frequent file operations no rule cares about cost the application almost nothing.
 *
 * <h2>Stack capture cost</h2>
 * See {@link dev.peregrine.agent.capture}: full stacks for rare dangerous operations, caller only for network, and
 * for file operations a stack only under watched path prefixes.
 */
package dev.peregrine.agent;
