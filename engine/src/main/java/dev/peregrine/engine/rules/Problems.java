package dev.peregrine.engine.rules;

import dev.peregrine.engine.diag.Diagnostic;
import dev.peregrine.engine.diag.RulesException;
import dev.peregrine.engine.diag.SourcePosition;

import java.util.ArrayList;
import java.util.List;

/** Errors and warnings collected in the order they were found. */
final class Problems {

    private final List<Diagnostic> all = new ArrayList<>();
    private boolean errors;

    void add(Diagnostic diagnostic) {
        all.add(diagnostic);
        errors |= diagnostic.isError();
    }

    void error(SourcePosition position, String message) {
        add(Diagnostic.error(position, message));
    }

    void warning(SourcePosition position, String message) {
        add(Diagnostic.warning(position, message));
    }

    boolean hasErrors() {
        return errors;
    }

    List<Diagnostic> all() {
        return List.copyOf(all);
    }

    void throwIfErrors() throws RulesException {
        if (errors) {
            throw new RulesException(all);
        }
    }
}
