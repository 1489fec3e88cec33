package dev.peregrine.engine.eval;

import dev.peregrine.engine.event.Event;

/**
 * A one-argument string transformer ({@code tolower}, {@code toupper}, {@code b64}, {@code basename}): an input that
 * is not extractable stays not extractable, any other value goes through {@link #apply}.
 */
abstract class TextTransform implements TextValue {

    private final TextValue input;

    TextTransform(TextValue input) {
        this.input = input;
    }

    @Override
    public final String text(Event event) {
        String v = input.text(event);
        return v == null ? null : apply(v);
    }

    /** The transformed value, or {@code null} when it is not extractable. */
    abstract String apply(String value);
}
