package dev.peregrine.engine.compile;

import dev.peregrine.engine.diag.Diagnostic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The product of a successful load: every compiled rule (in file order) and, per source, the evt.type index of the
 * enabled ones. Immutable, so the engine can publish it with one volatile write and evaluate from many threads.
 */
public final class CompiledRuleset {

    private static final CompiledRule[] NONE = new CompiledRule[0];

    private final List<CompiledRule> rules;
    private final Map<String, SourceIndex> index;
    private final int ruleSpecs;
    private final int macros;
    private final int lists;
    private final List<Diagnostic> warnings;

    CompiledRuleset(List<CompiledRule> rules, Map<String, SourceIndex> index, int ruleSpecs, int macros, int lists,
                    List<Diagnostic> warnings) {
        this.rules = List.copyOf(rules);
        this.index = new HashMap<>(index);
        this.ruleSpecs = ruleSpecs;
        this.macros = macros;
        this.lists = lists;
        this.warnings = List.copyOf(warnings);
    }

    public static CompiledRuleset empty() {
        return new CompiledRuleset(List.of(), Map.of(), 0, 0, 0, List.of());
    }

    /**
     * The rules an event of {@code source} and {@code type} must be checked against, in file order.
     * With {@code indexed} false, every enabled rule of the source (the naive baseline). Never allocates.
     */
    public CompiledRule[] candidates(String source, String type, boolean indexed) {
        SourceIndex s = index.get(source);
        if (s == null) {
            return NONE;
        }
        return indexed ? s.candidates(type) : s.all();
    }

    /** Compiled rules in file order, enabled or not. */
    public List<CompiledRule> rules() {
        return rules;
    }

    public CompiledRule rule(String name) {
        for (CompiledRule r : rules) {
            if (r.name().equals(name)) {
                return r;
            }
        }
        return null;
    }

    public int ruleSpecs() {
        return ruleSpecs;
    }

    public int macros() {
        return macros;
    }

    public int lists() {
        return lists;
    }

    public int enabledRules() {
        int n = 0;
        for (CompiledRule r : rules) {
            n += r.enabled() ? 1 : 0;
        }
        return n;
    }

    public List<Diagnostic> warnings() {
        return warnings;
    }

    /** Names of the rules {@link #candidates} returns, for tests and tools. */
    public List<String> candidateNames(String source, String type) {
        List<String> names = new ArrayList<>();
        for (CompiledRule r : candidates(source, type, true)) {
            names.add(r.name());
        }
        return Collections.unmodifiableList(names);
    }
}
