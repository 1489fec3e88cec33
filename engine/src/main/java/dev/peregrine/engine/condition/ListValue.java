package dev.peregrine.engine.condition;

import java.util.List;

/**
 * {@code (a, "b c", list_name, (x, y))}. Items are {@link Value}, {@link ListRef} or nested {@link ListValue}, in
 * source order; the list may be empty. A consumer flattens nested lists and expands list references.
 */
public record ListValue(int offset, List<Operand> items) implements Operand {

    public ListValue {
        items = List.copyOf(items);
    }
}
