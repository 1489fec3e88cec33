package dev.peregrine.engine.rules;

import dev.peregrine.engine.diag.Diagnostic;
import dev.peregrine.engine.diag.SourcePosition;

/**
 * Abandons the item being read. Like Falco, one bad item stops at its first error; unlike Falco, the loader then
 * goes on with the next item so that one run reports every broken item. Carries no stack trace: it is control flow.
 */
final class LoadError extends RuntimeException {

    private final transient Diagnostic diagnostic;

    LoadError(SourcePosition position, String message) {
        super(message, null, false, false);
        this.diagnostic = Diagnostic.error(position, message);
    }

    Diagnostic diagnostic() {
        return diagnostic;
    }
}
