package dev.peregrine.engine.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads one {@code - rule:} item the way Falco's rule_loader_reader does. An item is, in order of precedence:
 * an override (appends and/or replaces named keys of an existing rule), a deprecated {@code append: true}
 * (appends condition and exceptions), a deprecated standalone {@code enabled} toggle (no condition, output, desc
 * or priority), or a full definition (which replaces any earlier rule of the same name, in its place).
 */
final class RuleReader {

    static final Set<String> KEYS = Set.of("rule", "condition", "output", "desc", "priority", "source", "enabled",
            "tags", "exceptions", "warn_evttypes", "skip-if-unknown-filter", "override", "append");
    /** Falco 0.44 keys that Peregrine accepts but does not act on. */
    static final Set<String> IGNORED = Set.of("capture", "capture_duration", "capture_events", "capture_filesize");
    static final Set<String> APPENDABLE = Set.of("condition", "output", "desc", "tags", "exceptions");
    static final Set<String> REPLACEABLE = Set.of("condition", "output", "desc", "priority", "tags", "exceptions",
            "enabled", "warn_evttypes", "skip-if-unknown-filter");
    private static final List<String> REQUIRED = List.of("condition", "output", "desc", "priority");

    private final Problems problems;
    private final RulesetBuilder builder;
    private final ExceptionReader exceptionReader;

    RuleReader(Problems problems, RulesetBuilder builder) {
        this.problems = problems;
        this.builder = builder;
        this.exceptionReader = new ExceptionReader(problems);
    }

    void read(YamlMap raw) {
        String name = raw.string("rule");
        YamlMap item = raw.owner("rule '" + name + "'");
        for (String key : item.keys()) {
            if (IGNORED.contains(key)) {
                problems.warning(item.keyPosition(key), "key '" + key + "' is not supported by Peregrine and is ignored");
            } else if (!KEYS.contains(key)) {
                problems.warning(item.keyPosition(key), "unknown key '" + key + "' in rule '" + name + "'");
            }
        }
        boolean appendFlag = item.has("append") && item.bool("append");
        Overrides overrides = Overrides.read(item, APPENDABLE, REPLACEABLE);
        if (appendFlag && overrides.any()) {
            throw new LoadError(item.keyPosition("append"), Messages.OVERRIDE_WITH_APPEND);
        }
        if (appendFlag) {
            problems.warning(item.keyPosition("append"), Messages.DEPRECATED_APPEND);
            legacyAppend(item, name);
        } else if (overrides.any()) {
            override(item, name, overrides);
        } else if (REQUIRED.stream().noneMatch(item::has)) {
            toggle(item, name);
        } else {
            define(item, name);
        }
    }

    private void define(YamlMap item, String name) {
        List<String> missing = new ArrayList<>();
        for (String key : REQUIRED) {
            if (!item.has(key)) {
                missing.add("'" + key + "'");
            }
        }
        if (!missing.isEmpty()) {
            throw new LoadError(item.position(), "missing required key" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + " in rule '" + name + "'");
        }
        RuleDraft rule = new RuleDraft(name, item.has("source") ? item.string("source") : RuleSpec.DEFAULT_SOURCE,
                item.position());
        rule.condition = item.text("condition");
        rule.output = item.string("output").trim();
        rule.desc = item.string("desc");
        rule.priority = priority(item);
        rule.enabled = !item.has("enabled") || item.bool("enabled");
        rule.warnEvttypes = !item.has("warn_evttypes") || item.bool("warn_evttypes");
        rule.skipIfUnknownFilter = item.has("skip-if-unknown-filter") && item.bool("skip-if-unknown-filter");
        if (item.has("tags")) {
            rule.tags.addAll(item.strings("tags"));
        }
        rule.exceptions = RuleDraft.defineAll(exceptionReader.read(item, false));
        builder.defineRule(rule);
    }

    private void override(YamlMap item, String name, Overrides overrides) {
        Set<String> named = new LinkedHashSet<>(overrides.append());
        named.addAll(overrides.replace());
        for (String key : named) {
            if (!item.has(key)) {
                throw new LoadError(item.keyPosition("override"), "'override' has an entry for '" + key
                        + "' but the rule does not define '" + key + "'");
            }
        }
        for (String key : item.keys()) {
            if ((APPENDABLE.contains(key) || REPLACEABLE.contains(key)) && !named.contains(key)) {
                throw new LoadError(item.keyPosition(key), "unexpected key '" + key
                        + "': no corresponding entry under 'override' is defined");
            }
        }
        RuleUpdate append = overrides.append().isEmpty() ? null : update(item, name, overrides.append());
        RuleUpdate replace = overrides.replace().isEmpty() ? null : update(item, name, overrides.replace());
        builder.updateRule(append, replace, item.position(), "'override'");
    }

    private void legacyAppend(YamlMap item, String name) {
        Set<String> keys = new LinkedHashSet<>();
        for (String key : List.of("condition", "exceptions")) {
            if (item.has(key)) {
                keys.add(key);
            }
        }
        if (keys.isEmpty()) {
            throw new LoadError(item.position(), "rule '" + name + "' has 'append: true' but neither 'condition' nor"
                    + " 'exceptions' to append");
        }
        builder.updateRule(update(item, name, keys), null, item.position(), "'append: true'");
    }

    private void toggle(YamlMap item, String name) {
        if (!item.has("enabled")) {
            throw new LoadError(item.position(), "rule '" + name + "' needs 'condition', 'output', 'desc' and"
                    + " 'priority' (or only 'enabled', to enable or disable an existing rule)");
        }
        problems.warning(item.keyPosition("enabled"), Messages.DEPRECATED_ENABLED);
        builder.enableRule(name, item.bool("enabled"), item.position());
    }

    private RuleUpdate update(YamlMap item, String name, Set<String> keys) {
        return new RuleUpdate(name, item.position(),
                keys.contains("condition") ? item.text("condition") : null,
                keys.contains("output") ? item.string("output").trim() : null,
                keys.contains("desc") ? item.string("desc") : null,
                keys.contains("tags") ? item.strings("tags") : null,
                keys.contains("exceptions") ? exceptionReader.read(item, true) : null,
                keys.contains("priority") ? priority(item) : null,
                keys.contains("enabled") ? item.bool("enabled") : null,
                keys.contains("warn_evttypes") ? item.bool("warn_evttypes") : null,
                keys.contains("skip-if-unknown-filter") ? item.bool("skip-if-unknown-filter") : null);
    }

    private static Priority priority(YamlMap item) {
        String text = item.string("priority");
        return Priority.parse(text).orElseThrow(() -> new LoadError(item.valuePosition("priority"),
                "invalid priority '" + text + "': expected one of emergency, alert, critical, error, warning,"
                        + " notice, informational (or info), debug"));
    }
}
