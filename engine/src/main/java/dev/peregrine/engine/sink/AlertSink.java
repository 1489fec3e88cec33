package dev.peregrine.engine.sink;

import dev.peregrine.engine.output.Alert;

/**
 * Where alerts go. The engine hands each alert to one sink (usually a {@link MultiSink}); channels (log, JSON
 * lines, and later HTTP webhooks, syslog, a dashboard) implement this and nothing else, so adding one touches no
 * engine code. {@link #accept} may be called from several threads; a sink that cannot deliver throws, and a
 * {@link MultiSink} counts it without disturbing the other channels.
 */
public interface AlertSink extends AutoCloseable {

    void accept(Alert alert);

    /** Flushes and releases what the sink holds. Closing twice is harmless. */
    @Override
    default void close() {
    }
}
