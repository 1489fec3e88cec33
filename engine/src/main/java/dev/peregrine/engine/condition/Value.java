package dev.peregrine.engine.condition;

import java.util.Objects;

/**
 * A literal: {@code bash}, {@code "a b"}, {@code /etc/shadow}, {@code 0x1F}, {@code 10.0.0.0/8}.
 *
 * <p>{@code text} is the value with quotes removed and escapes resolved. Numbers are kept as text, as written
 * ({@code 0x1F}, {@code -1}, {@code 1.5e+3}); a later pass knows the field type and converts. {@code quoted} records
 * whether the source had quotes: the printer keeps them, and a quoted word is never a list reference.
 */
public record Value(int offset, String text, boolean quoted) implements Operand, TransformerArg {

    public Value {
        Objects.requireNonNull(text, "text");
    }
}
