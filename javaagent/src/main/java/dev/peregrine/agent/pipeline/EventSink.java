package dev.peregrine.agent.pipeline;

import dev.peregrine.agent.capture.CapturedEvent;

/** Something the consumer thread hands every event to: the event log, the embedded engine. */
public interface EventSink {

    void accept(CapturedEvent e) throws Exception;

    /** Called when the queue runs empty: write out what is buffered. */
    default void flush() throws Exception {
    }

    default void close() throws Exception {
        flush();
    }
}
