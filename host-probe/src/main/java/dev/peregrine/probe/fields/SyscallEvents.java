package dev.peregrine.probe.fields;

import dev.peregrine.probe.state.HostState;

/**
 * Turns the stream of kernel records into engine events: for each record, applies it to the host state, then
 * presents the one reused {@link SyscallEvent}. Usage per record: {@code engine.evaluate(events.next(record))}. The
 * previous event's deferred work (freeing an exited process) runs at the start of the next call, so rules see a
 * {@code procexit} with its process still in the table. Single-threaded, like the ring consumer that calls it.
 */
public final class SyscallEvents {
    private final HostState state;
    private final StateUpdater updater;
    private final SyscallEvent event;
    private long count;
    private boolean pending;

    public SyscallEvents(HostState state) {
        this.state = state;
        this.updater = new StateUpdater(state);
        this.event = new SyscallEvent(state);
    }

    /** The event for {@code record}, valid until the next call (and only while {@code record} is). */
    public SyscallEvent next(SyscallData record) {
        finish();
        event.reset(record, ++count);
        updater.apply(event);
        pending = true;
        return event;
    }

    /**
     * A fresh event, for a consumer that keeps events past the next call (the correlator holds a few until their
     * JVM counterpart arrives): fill it with {@link #next(SyscallData, SyscallEvent)}.
     */
    public SyscallEvent newEvent() {
        return new SyscallEvent(state);
    }

    /**
     * As {@link #next(SyscallData)}, into the caller's own event, which stays valid as long as {@code record} does.
     * Not for exit records, whose effect must wait until the event was evaluated.
     */
    public SyscallEvent next(SyscallData record, SyscallEvent into) {
        if (record.isExit()) {
            throw new IllegalArgumentException("an exit record cannot be kept: " + record.syscallName());
        }
        finish();
        into.reset(record, ++count);
        updater.apply(into);
        return into;
    }

    /** Applies the deferred effects of the last event (call once at the end of a batch, or let next() do it). */
    public void finish() {
        if (pending) {
            updater.afterEvaluation(event);
            pending = false;
        }
    }

    public HostState state() {
        return state;
    }

    /** Events produced so far. */
    public long count() {
        return count;
    }
}
