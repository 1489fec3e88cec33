package dev.peregrine.engine.rules;

import dev.peregrine.engine.diag.Diagnostic;
import dev.peregrine.engine.diag.RulesException;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** Test helpers: load YAML text, or collect the diagnostics of a load that must fail. */
final class Loading {

    private Loading() {
    }

    static RulesetSpec load(RulesFile... files) throws RulesException {
        return new RulesLoader().load(files);
    }

    static RulesetSpec load(String yaml) throws RulesException {
        return load(new RulesFile("rules.yaml", yaml));
    }

    /** Every diagnostic of a failing load as {@code file:line:col: severity: message}. */
    static List<String> failures(RulesFile... files) {
        RulesException e = assertThrows(RulesException.class, () -> load(files));
        return lines(e.diagnostics());
    }

    static List<String> failures(String yaml) {
        return failures(new RulesFile("rules.yaml", yaml));
    }

    static List<String> lines(List<Diagnostic> diagnostics) {
        List<String> result = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            result.add(d.position() + ": " + d.severity().label() + ": " + d.message());
        }
        return result;
    }
}
