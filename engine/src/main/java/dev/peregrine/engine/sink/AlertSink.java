package dev.peregrine.engine.sink;

import dev.peregrine.engine.output.Alert;

/**
 * Where alerts go. The engine hands each alert to one sink (usually a {@link MultiSink}); channels (log, JSON
 * lines, and later HTTP webhooks, syslog, a dashboard) implement this and nothing else, so adding one touches no
 * engine code. {@link #accept} may be called from several threads; a sink that cannot deliver throws, and a
 * {@link MultiSink} counts it without disturbing the other channels.
 *
 * <p>The alert passed to {@link #accept} is lent: the engine reuses it for the next alert on the same thread, and
 * it refuses reads once {@code accept} returns. A sink that keeps an alert (a list, a queue to another thread)
 * keeps {@link Alert#copy()}; a sink that writes at once renders straight into its buffer
 * ({@link Alert#appendOutput}, {@code FalcoText.appendLine}, {@code FalcoJson.append}).
 */
public interface AlertSink extends AutoCloseable {

    void accept(Alert alert);

    /** Flushes and releases what the sink holds. Closing twice is harmless. */
    @Override
    default void close() {
    }
}
