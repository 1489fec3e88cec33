package dev.peregrine.probe.daemon;

import dev.peregrine.engine.output.Alert;
import dev.peregrine.engine.sink.AlertSink;

import java.util.concurrent.atomic.AtomicLong;

/** Counts the alerts passed on, for the metrics line and the closing summary. */
final class CountingSink implements AlertSink {

    private final AlertSink delegate;
    private final AtomicLong count = new AtomicLong();

    CountingSink(AlertSink delegate) {
        this.delegate = delegate;
    }

    @Override
    public void accept(Alert alert) {
        count.incrementAndGet();
        delegate.accept(alert);
    }

    long count() {
        return count.get();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
