package dev.peregrine.engine.eval;

import dev.peregrine.engine.event.Accessor;
import dev.peregrine.engine.event.Event;

/**
 * The left side of a numeric comparison (int, uint, port, time and bool fields; {@code len()}). Returns
 * {@link Accessor#ABSENT} when the value cannot be extracted, so the hot path never boxes.
 */
@FunctionalInterface
public interface NumberValue {

    long number(Event event);

    static NumberValue of(Accessor accessor) {
        return accessor::number;
    }
}
