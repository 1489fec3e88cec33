package dev.peregrine.engine.condition;

import dev.peregrine.engine.diag.Diagnostic;
import dev.peregrine.engine.diag.TextLocator;

/**
 * A condition that does not parse. {@link #offset()} is the index in the condition text the error points at (an
 * unterminated string points at its opening quote, an unclosed parenthesis at the parenthesis); the message reads
 * like Falco's and never includes the position, which the {@link Diagnostic} adds.
 */
public final class ConditionSyntaxException extends Exception {

    private final int offset;

    public ConditionSyntaxException(String message, int offset) {
        super(message);
        this.offset = offset;
    }

    /** 0-based index in the condition text. */
    public int offset() {
        return offset;
    }

    /** The error as a diagnostic at the file position {@code locator} maps the offset to. */
    public Diagnostic toDiagnostic(TextLocator locator) {
        return Diagnostic.error(locator.locate(offset), getMessage());
    }

    /** Static form of {@link #toDiagnostic(TextLocator)}, convenient in method references. */
    public static Diagnostic toDiagnostic(ConditionSyntaxException e, TextLocator locator) {
        return e.toDiagnostic(locator);
    }
}
