package dev.peregrine.probe.daemon;

import dev.peregrine.engine.output.Alert;
import dev.peregrine.engine.rules.Priority;
import dev.peregrine.engine.sink.AlertSink;

/**
 * Passes on only the alerts more severe than a bar: the JVM record of an operation whose kernel side already raised
 * an alert adds its own alerts only when they say something more urgent. One reused instance (consumer thread).
 */
final class SeverityGate implements AlertSink {

    private final AlertSink delegate;
    private Priority bar = Priority.DEBUG;

    SeverityGate(AlertSink delegate) {
        this.delegate = delegate;
    }

    /** This gate, letting through what is more severe than {@code bar} (everything when null). */
    SeverityGate above(Priority bar) {
        this.bar = bar;
        return this;
    }

    @Override
    public void accept(Alert alert) {
        if (bar == null || alert.priority().ordinal() < bar.ordinal()) {
            delegate.accept(alert);
        }
    }

    @Override
    public void close() {
        // The delegate belongs to the daemon.
    }
}
