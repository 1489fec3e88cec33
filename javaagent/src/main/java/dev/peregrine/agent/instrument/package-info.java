/**
 * Instrumentation: which JDK methods the agent hooks and how, one {@link dev.peregrine.agent.instrument.Hook} per
 * family of operations (files, file changes, processes, sockets, deserialization, JNDI, native libraries).
 *
 * <p>Each hook targets the lowest Java-level choke point that every public API of its family reaches and that has
 * the same shape on JDK 17 and JDK 25 (e.g. {@code FileInputStream.open}, not the constructors;
 * {@code sun.nio.ch.Net.connect}, not {@code Socket.connect}), so one hook covers all entry points and an operation
 * is reported once. Advice classes are nested {@code public static class}es whose code is <em>inlined</em> into the
 * JDK methods: it may name only JDK classes and the bootstrap bridge ({@link dev.peregrine.agent.bridge.Bridge}),
 * passes the JDK's own arguments on, and is marked {@code suppress = Throwable.class} so a failure in it can never
 * reach the application. Enter advice is used where the arguments say everything (the event is recorded even when
 * the operation then fails, like an attempted exec); exit advice only where the interesting value exists only after
 * the call (the peer of an accepted connection, the descriptor of a deserialized class).
 */
package dev.peregrine.agent.instrument;
