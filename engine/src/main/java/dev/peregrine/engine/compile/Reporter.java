package dev.peregrine.engine.compile;

import dev.peregrine.engine.diag.Diagnostic;
import dev.peregrine.engine.diag.SourcePosition;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects errors and warnings of one load, in order, once each: a bad macro used by ten rules is one error, not
 * ten. The compiler keeps going after an error so a user sees every problem of a file in one run.
 */
final class Reporter {

    private final Set<Diagnostic> diagnostics = new LinkedHashSet<>();

    void error(SourcePosition at, String message) {
        diagnostics.add(Diagnostic.error(at, message));
    }

    void warning(SourcePosition at, String message) {
        diagnostics.add(Diagnostic.warning(at, message));
    }

    void add(Diagnostic d) {
        diagnostics.add(d);
    }

    boolean hasErrors() {
        for (Diagnostic d : diagnostics) {
            if (d.isError()) {
                return true;
            }
        }
        return false;
    }

    List<Diagnostic> all() {
        return new ArrayList<>(diagnostics);
    }

    List<Diagnostic> warnings() {
        List<Diagnostic> w = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            if (!d.isError()) {
                w.add(d);
            }
        }
        return w;
    }
}
