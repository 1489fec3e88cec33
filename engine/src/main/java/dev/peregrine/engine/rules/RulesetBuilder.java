package dev.peregrine.engine.rules;

import dev.peregrine.engine.diag.Diagnostic;
import dev.peregrine.engine.diag.SourcePosition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Falco's rule_loader::collector: applies definitions, appends and replaces in file order. Maps keep insertion
 * order and {@code put} on an existing key keeps the original slot, which is exactly Falco's rule: a redefined
 * item takes the place of the one it replaces. Each operation either completes or throws {@link LoadError}
 * before changing anything, so a failed item leaves no trace.
 */
final class RulesetBuilder {

    private final Map<String, RuleDraft> rules = new LinkedHashMap<>();
    private final Map<String, MacroSpec> macros = new LinkedHashMap<>();
    private final Map<String, ListSpec> lists = new LinkedHashMap<>();
    private EngineVersion engineVersion;

    boolean hasList(String name) {
        return lists.containsKey(name);
    }

    boolean hasMacro(String name) {
        return macros.containsKey(name);
    }

    void defineList(ListSpec list) {
        lists.put(list.name(), list);
    }

    void appendList(String name, List<Text> items, SourcePosition position) {
        ListSpec prev = lists.get(name);
        if (prev == null) {
            throw new LoadError(position, "list '" + name
                    + "' uses 'append' or 'override.items: append' but no list by that name is defined");
        }
        List<Text> all = new ArrayList<>(prev.items());
        all.addAll(items);
        lists.put(name, new ListSpec(name, all, prev.position()));
    }

    void defineMacro(MacroSpec macro) {
        macros.put(macro.name(), macro);
    }

    void appendMacro(String name, Text condition, SourcePosition position) {
        MacroSpec prev = macros.get(name);
        if (prev == null) {
            throw new LoadError(position, "macro '" + name
                    + "' uses 'append' or 'override.condition: append' but no macro by that name is defined");
        }
        macros.put(name, new MacroSpec(name, prev.condition().append(" ", condition), prev.position()));
    }

    void defineRule(RuleDraft rule) {
        RuleDraft prev = rules.get(rule.name);
        if (prev != null && !prev.source.equals(rule.source)) {
            throw new LoadError(rule.position, "rule '" + rule.name + "' is redefined with source '" + rule.source
                    + "' but was defined with source '" + prev.source + "'");
        }
        rules.put(rule.name, rule);
    }

    /** Appends then replaces, on a copy first so that a failing exception check changes nothing. */
    void updateRule(RuleUpdate append, RuleUpdate replace, SourcePosition position, String how) {
        String name = append != null ? append.name() : replace.name();
        RuleDraft prev = rules.get(name);
        if (prev == null) {
            throw new LoadError(position, "rule '" + name + "' uses " + how + " but no rule by that name is defined");
        }
        RuleDraft copy = prev.copy();
        if (append != null) {
            copy.append(append);
        }
        if (replace != null) {
            copy.replace(replace);
        }
        rules.put(name, copy);
    }

    void enableRule(String name, boolean enabled, SourcePosition position) {
        RuleDraft prev = rules.get(name);
        if (prev == null) {
            throw new LoadError(position, "rule '" + name + "' has only 'enabled' but no rule by that name is defined");
        }
        prev.enabled = enabled;
    }

    void requireEngineVersion(EngineVersion version) {
        if (engineVersion == null || engineVersion.compareTo(version) < 0) {
            engineVersion = version;
        }
    }

    RulesetSpec build(List<Diagnostic> warnings) {
        List<RuleSpec> ruleSpecs = new ArrayList<>();
        for (RuleDraft draft : rules.values()) {
            ruleSpecs.add(draft.toSpec());
        }
        return new RulesetSpec(ruleSpecs, new ArrayList<>(macros.values()), new ArrayList<>(lists.values()), warnings,
                Optional.ofNullable(engineVersion).map(EngineVersion::toString));
    }
}
