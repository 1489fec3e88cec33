package dev.peregrine.agent.pipeline;

import dev.peregrine.agent.capture.CapturedEvent;
import dev.peregrine.agent.capture.Interest;

/** Something the consumer thread hands every event to: the event log, the embedded engine. */
public interface EventSink {

    void accept(CapturedEvent e) throws Exception;

    /**
     * The operations this sink can use: the agent records only what at least one sink wants. All of them unless
     * the sink knows better (the embedded engine knows its rules).
     */
    default Interest interest() {
        return Interest.all();
    }

    /** Called when the queue runs empty: write out what is buffered. */
    default void flush() throws Exception {
    }

    default void close() throws Exception {
        flush();
    }
}
