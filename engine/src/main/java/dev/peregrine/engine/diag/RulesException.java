package dev.peregrine.engine.diag;

import java.util.List;
import java.util.stream.Collectors;

/** Rules that cannot be used: carries every error (and the warnings seen before them). */
public final class RulesException extends Exception {

    private final List<Diagnostic> diagnostics;

    public RulesException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().filter(Diagnostic::isError).map(Diagnostic::format)
                .collect(Collectors.joining("\n")));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public RulesException(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
