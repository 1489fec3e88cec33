package dev.peregrine.engine.compile;

import dev.peregrine.engine.diag.SourcePosition;

/**
 * Thrown inside the compiler to abandon one rule: unwinds to the rule loop, which records the diagnostic and moves
 * on to the next rule. Not part of any API.
 */
final class CheckFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final SourcePosition position;
    /** True for an unknown field, which {@code skip-if-unknown-filter} turns into a warning. */
    final boolean unknownField;

    CheckFailure(SourcePosition position, String message, boolean unknownField) {
        super(message, null, false, false);
        this.position = position;
        this.unknownField = unknownField;
    }

    CheckFailure(SourcePosition position, String message) {
        this(position, message, false);
    }
}
