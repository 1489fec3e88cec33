package dev.peregrine.probe.daemon;

import java.util.Locale;
import java.util.Optional;

/** What {@code syscall_event_drops.actions} may ask for, as in Falco. */
public enum DropAction {
    /** Nothing (an empty list means the same). */
    IGNORE,
    /** A WARN log line on {@code peregrine.daemon}, rate-limited. */
    LOG,
    /** The internal alert {@value DropMonitor#RULE}, rate-limited. */
    ALERT,
    /** Stop the daemon with a non-zero exit status. */
    EXIT;

    public static Optional<DropAction> parse(String text) {
        for (DropAction a : values()) {
            if (a.name().equals(text.trim().toUpperCase(Locale.ROOT))) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
