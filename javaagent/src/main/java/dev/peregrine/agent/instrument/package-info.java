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
 * reach the application.
 *
 * <h2>Brackets</h2>
 * Every hook has an enter and an exit advice: the enter advice calls a bridge begin method with the arguments and
 * keeps the token it returns (the pending event, or null when nothing is recorded) in a local variable of the JDK
 * method; the exit advice ({@code onThrowable = Throwable.class}: also when the method throws) hands the token to
 * the bridge's end method, which takes the end time first thing and queues the event. So each operation is one
 * record with the times at which the JDK method was entered and left, and the hooked methods are the ones that
 * make the native call (open(2), connect(2), accept(2), the child's fork and exec, dlopen), so that native work
 * falls inside the bracket: the host probe attributes the kernel events of the same thread between the two times
 * to the Java operation. Values only known at the end (the peer of an accepted connection, the class descriptor
 * read by deserialization) are passed to the end method. Advice code is inlined: locals, no new fields or methods,
 * as retransformation requires.
 */
package dev.peregrine.agent.instrument;
