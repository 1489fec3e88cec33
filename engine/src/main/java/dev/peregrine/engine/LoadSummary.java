package dev.peregrine.engine;

import dev.peregrine.engine.diag.Diagnostic;

import java.util.List;

/**
 * What a successful load produced: counts of rules, macros and lists defined (after appends and overrides),
 * how many rules are active (enabled and at or above the minimum priority), and every warning.
 */
public record LoadSummary(int rules, int macros, int lists, int enabledRules, List<Diagnostic> warnings) {

    public LoadSummary {
        warnings = List.copyOf(warnings);
    }

    public static final LoadSummary EMPTY = new LoadSummary(0, 0, 0, 0, List.of());
}
