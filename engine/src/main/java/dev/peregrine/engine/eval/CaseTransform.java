package dev.peregrine.engine.eval;

import java.util.Locale;

/** {@code tolower(x)} and {@code toupper(x)}. {@link String#toLowerCase} returns the same instance when unchanged. */
public final class CaseTransform extends TextTransform {

    private final boolean upper;

    private CaseTransform(TextValue input, boolean upper) {
        super(input);
        this.upper = upper;
    }

    public static TextValue toLower(TextValue input) {
        return new CaseTransform(input, false);
    }

    public static TextValue toUpper(TextValue input) {
        return new CaseTransform(input, true);
    }

    @Override
    String apply(String v) {
        return upper ? v.toUpperCase(Locale.ROOT) : v.toLowerCase(Locale.ROOT);
    }
}
