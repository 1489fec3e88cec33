package dev.peregrine.engine.eval;

import dev.peregrine.engine.event.Event;

import java.util.Locale;

/** {@code tolower(x)} and {@code toupper(x)}. {@link String#toLowerCase} returns the same instance when unchanged. */
public final class CaseTransform implements TextValue {

    private final TextValue input;
    private final boolean upper;

    private CaseTransform(TextValue input, boolean upper) {
        this.input = input;
        this.upper = upper;
    }

    public static TextValue toLower(TextValue input) {
        return new CaseTransform(input, false);
    }

    public static TextValue toUpper(TextValue input) {
        return new CaseTransform(input, true);
    }

    @Override
    public String text(Event event) {
        String v = input.text(event);
        if (v == null) {
            return null;
        }
        return upper ? v.toUpperCase(Locale.ROOT) : v.toLowerCase(Locale.ROOT);
    }
}
