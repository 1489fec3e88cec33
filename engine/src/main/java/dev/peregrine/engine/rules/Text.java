package dev.peregrine.engine.rules;

import dev.peregrine.engine.diag.SourcePosition;
import dev.peregrine.engine.diag.TextLocator;

import java.util.Objects;

/**
 * A scalar taken from a rules file together with the way back to the file: {@link #locate(int)} maps an offset in
 * {@link #value()} to the file, line and column of that character, so a condition parser can point its caret at
 * the exact token even in a folded or appended condition.
 */
public record Text(String value, TextLocator locator) {

    public Text {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(locator, "locator");
    }

    /** A text that did not come from a file (tests, generated conditions). */
    public static Text inline(String name, String value) {
        return new Text(value, TextLocator.inline(name, value));
    }

    public SourcePosition locate(int offset) {
        return locator.locate(offset);
    }

    /** Position of the first character. */
    public SourcePosition start() {
        return locator.locate(0);
    }

    /**
     * {@code this + separator + more}, still locating every character in the file it came from (an appended
     * condition may live in another file than the one it extends).
     */
    public Text append(String separator, Text more) {
        return new Text(value + separator + more.value, new JoinedLocator(this, separator, more));
    }

    /** Compares values only: two texts are equal in meaning wherever they came from. */
    public boolean sameValue(Text other) {
        return other != null && value.equals(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
