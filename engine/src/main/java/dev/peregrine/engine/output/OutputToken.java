package dev.peregrine.engine.output;

import dev.peregrine.engine.event.Event;

import java.util.Map;

/** One compiled piece of an output format: literal text, or a field read through its bound accessor. */
interface OutputToken {

    /** Appends this token's text for {@code event}; field tokens also record their value in {@code fields}. */
    void render(Event event, StringBuilder text, Map<String, Object> fields);
}
