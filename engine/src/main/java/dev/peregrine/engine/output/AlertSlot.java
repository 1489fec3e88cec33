package dev.peregrine.engine.output;

import dev.peregrine.engine.event.Event;

/**
 * One reusable alert, lent to sinks for the duration of one {@code AlertSink.accept} call. The engine keeps one
 * slot per evaluating thread, so raising an alert allocates nothing: the alert holds the rule's template, the
 * event's field values in a reused array, and renders text only into a builder a sink passes. After
 * {@link #release} the alert refuses every read, so a sink that kept it instead of its {@link Alert#copy} fails
 * loudly rather than reporting the next alert's values.
 */
public final class AlertSlot {

    private final Alert alert = new Alert();

    /** Binds the slot's alert to {@code event}, which matched the rule of {@code template}. */
    public Alert lend(AlertTemplate template, Event event, String hostname) {
        if (alert.bound()) {
            throw new IllegalStateException("alert slot is already lent");
        }
        alert.bind(template, event, hostname);
        return alert;
    }

    /** Whether the alert is out (a sink that evaluates events itself, nested, needs another slot). */
    public boolean lent() {
        return alert.bound();
    }

    /** Takes the alert back: it refuses reads until lent again, and holds no event values. */
    public void release() {
        alert.unbind();
    }
}
