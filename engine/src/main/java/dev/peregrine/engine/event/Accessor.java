package dev.peregrine.engine.event;

import java.util.List;

/**
 * Reads one field (with its argument, if any, already parsed) from an event. Bound at compile time by a
 * {@link FieldBinder}. Implementations of numeric fields override {@link #number} so the hot path does not box.
 */
@FunctionalInterface
public interface Accessor {

    /** Returned by {@link #number} when the field cannot be extracted from the event. */
    long ABSENT = Long.MIN_VALUE;

    /** An accessor for a field this kind of event never carries. */
    Accessor NONE = e -> null;

    /**
     * The value, or {@code null} when the field cannot be extracted from this event: a {@link String} for string,
     * address and network fields; a {@link Long} for int, uint, port and time fields; a {@link Boolean} for bool
     * fields; a {@code List<String>} for list fields.
     */
    Object value(Event e);

    /** The numeric value (booleans as 0/1), or {@link #ABSENT}. */
    default long number(Event e) {
        Object v = value(e);
        if (v instanceof Number n) {
            return n.longValue();
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return ABSENT;
    }

    /** The value as text, or {@code null} when not extractable. */
    default String text(Event e) {
        Object v = value(e);
        if (v == null) {
            return null;
        }
        if (v instanceof List<?> list) {
            return String.join(",", list.stream().map(String::valueOf).toList());
        }
        return v.toString();
    }
}
