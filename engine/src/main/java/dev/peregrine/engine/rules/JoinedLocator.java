package dev.peregrine.engine.rules;

import dev.peregrine.engine.diag.SourcePosition;
import dev.peregrine.engine.diag.TextLocator;

/**
 * Locator of {@code first + separator + second}, as built when a condition is appended to (Falco joins with one
 * space). Offsets in the first part go to the first file, the separator to the end of the first part, and the rest
 * to the second part, which may live in another file.
 */
final class JoinedLocator implements TextLocator {

    private final Text first;
    private final int separatorLength;
    private final Text second;

    JoinedLocator(Text first, String separator, Text second) {
        this.first = first;
        this.separatorLength = separator.length();
        this.second = second;
    }

    @Override
    public SourcePosition locate(int offset) {
        int firstLength = first.value().length();
        if (offset < firstLength) {
            return first.locate(offset);
        }
        if (offset < firstLength + separatorLength) {
            return first.locate(firstLength);
        }
        return second.locate(offset - firstLength - separatorLength);
    }
}
