package dev.peregrine.probe.daemon;

import dev.peregrine.engine.rules.Priority;

import java.util.EnumSet;
import java.util.Set;

/**
 * Falco's {@code syscall_event_drops}: act when more than {@code threshold} (a fraction, 0..1) of the events of the
 * last check interval were dropped; log and alert messages are rate-limited by a token bucket of {@code rate}
 * messages per second and {@code maxBurst}. {@code priority} (a Peregrine addition) is the internal alert's
 * priority; Falco's is Debug.
 */
public record DropPolicy(double threshold, Set<DropAction> actions, double rate, int maxBurst, Priority priority) {

    /** Falco's defaults: threshold 0.1, actions log and alert, one message every 30 s, burst 1, priority Debug. */
    public static final DropPolicy DEFAULTS = new DropPolicy(0.1, EnumSet.of(DropAction.LOG, DropAction.ALERT),
            0.03333, 1, Priority.DEBUG);

    public DropPolicy {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in [0, 1], got " + threshold);
        }
        if (!(rate > 0) || maxBurst < 1) {
            throw new IllegalArgumentException("rate must be > 0 and max_burst >= 1");
        }
        actions = actions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(actions));
    }

    public boolean has(DropAction action) {
        return actions.contains(action);
    }

    public DropPolicy withThreshold(double t) {
        return new DropPolicy(t, actions, rate, maxBurst, priority);
    }

    public DropPolicy withRate(double r, int burst) {
        return new DropPolicy(threshold, actions, r, burst, priority);
    }
}
