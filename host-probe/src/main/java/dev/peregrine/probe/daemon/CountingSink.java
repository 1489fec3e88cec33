package dev.peregrine.probe.daemon;

import dev.peregrine.engine.output.Alert;
import dev.peregrine.engine.rules.Priority;
import dev.peregrine.engine.sink.AlertSink;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the alerts passed on, for the metrics line and the closing summary, and remembers the most severe
 * priority since {@link #markSeverity} (the consumer thread's, for the correlation's one-alert rule).
 */
final class CountingSink implements AlertSink {

    private static final Priority[] PRIORITIES = Priority.values();

    private final AlertSink delegate;
    private final AtomicLong count = new AtomicLong();
    private int mostSevere = PRIORITIES.length;

    CountingSink(AlertSink delegate) {
        this.delegate = delegate;
    }

    @Override
    public void accept(Alert alert) {
        count.incrementAndGet();
        mostSevere = Math.min(mostSevere, alert.priority().ordinal());
        delegate.accept(alert);
    }

    void markSeverity() {
        mostSevere = PRIORITIES.length;
    }

    /** The most severe priority passed on since {@link #markSeverity}; null when none was. */
    Priority mostSevereSinceMark() {
        return mostSevere < PRIORITIES.length ? PRIORITIES[mostSevere] : null;
    }

    long count() {
        return count.get();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
