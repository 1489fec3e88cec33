package dev.peregrine.engine.event;

/**
 * An event as the engine sees it. Producers (the kernel probe, the Java agent, a replay file) implement it on
 * their own, usually reused, objects; field values are read through {@link Accessor}s bound once at compile time
 * by the producer's {@link FieldBinder}, never looked up by name per event.
 */
public interface Event {

    /** The rule source this event is evaluated against: {@link Sources#SYSCALL} or {@link Sources#JVM}. */
    String source();

    /** {@code evt.type}: the syscall name ({@code openat}, {@code execve}) or the JVM operation. */
    String type();

    /** {@code evt.rawtime}: nanoseconds since the epoch. */
    long timestampNanos();
}
