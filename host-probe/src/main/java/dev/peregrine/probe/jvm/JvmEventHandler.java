package dev.peregrine.probe.jvm;

import dev.peregrine.engine.transport.RecordView;

/** Receives each JVM event; {@code view} is reused and valid only during the call. */
@FunctionalInterface
public interface JvmEventHandler {

    void onEvent(long pid, RecordView view);

    /**
     * Offers an event: true when it was taken; false to be offered the same record again at the next poll (the
     * record stays in its ring, the ring's later records wait behind it). The correlator waits this way until the
     * kernel side has caught up with the record's call.
     */
    default boolean offer(long pid, RecordView view) {
        onEvent(pid, view);
        return true;
    }

    /** A ring of JVM {@code pid} was attached (verified); told before its first event. */
    default void attached(long pid) {
    }

    /** The ring of JVM {@code pid} was closed (its JVM exited, or the ring was rejected). */
    default void detached(long pid) {
    }
}
