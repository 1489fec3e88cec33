package dev.peregrine.engine.rules;

import dev.peregrine.engine.diag.Diagnostic;

import java.util.List;
import java.util.Optional;

/**
 * Everything read from a sequence of rules files, in definition order, ready to compile. Immutable.
 * {@code requiredEngineVersion} is the highest version any file asked for (empty when none did).
 */
public record RulesetSpec(List<RuleSpec> rules, List<MacroSpec> macros, List<ListSpec> lists,
                          List<Diagnostic> warnings, Optional<String> requiredEngineVersion) {

    public RulesetSpec {
        rules = List.copyOf(rules);
        macros = List.copyOf(macros);
        lists = List.copyOf(lists);
        warnings = List.copyOf(warnings);
    }

    public Optional<RuleSpec> rule(String name) {
        return rules.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    public Optional<MacroSpec> macro(String name) {
        return macros.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    public Optional<ListSpec> list(String name) {
        return lists.stream().filter(l -> l.name().equals(name)).findFirst();
    }
}
