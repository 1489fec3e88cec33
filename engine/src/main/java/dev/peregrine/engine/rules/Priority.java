package dev.peregrine.engine.rules;

import java.util.Locale;
import java.util.Optional;

/** Falco's rule priorities, most severe first. Parsed case-insensitively; {@code INFO} means INFORMATIONAL. */
public enum Priority {
    EMERGENCY("Emergency"), ALERT("Alert"), CRITICAL("Critical"), ERROR("Error"), WARNING("Warning"),
    NOTICE("Notice"), INFORMATIONAL("Informational"), DEBUG("Debug");

    private final String display;

    Priority(String display) {
        this.display = display;
    }

    /** As Falco prints it in alerts: {@code Warning}, {@code Critical}... */
    public String display() {
        return display;
    }

    /** True when this priority is at least as severe as {@code other}. */
    public boolean atLeast(Priority other) {
        return ordinal() <= other.ordinal();
    }

    public static Optional<Priority> parse(String text) {
        String upper = text.trim().toUpperCase(Locale.ROOT);
        if (upper.equals("INFO")) {
            return Optional.of(INFORMATIONAL);
        }
        for (Priority p : values()) {
            if (p.name().equals(upper)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
