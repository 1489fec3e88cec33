package dev.peregrine.engine.rules;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * An item's {@code override: {key: append|replace}}. Which keys may be appended or replaced depends on the item
 * kind (lists: items; macros: condition; rules: see {@link RuleReader}), as in Falco's decode_overrides.
 */
record Overrides(Set<String> append, Set<String> replace) {

    static final Overrides NONE = new Overrides(Set.of(), Set.of());

    boolean any() {
        return !append.isEmpty() || !replace.isEmpty();
    }

    static Overrides read(YamlMap item, Set<String> appendable, Set<String> replaceable) {
        if (!item.hasValue("override")) {
            return NONE;
        }
        YamlMap map = YamlMap.of(item.file(), item.value("override"), "value of 'override'");
        Set<String> append = new LinkedHashSet<>();
        Set<String> replace = new LinkedHashSet<>();
        for (String key : map.keys()) {
            Node value = map.value(key);
            String operation = value instanceof ScalarNode ? ((ScalarNode) value).getValue() : "";
            if (operation.equals("append")) {
                if (!appendable.contains(key)) {
                    throw new LoadError(map.keyPosition(key), "key '" + key + "' cannot be appended to"
                            + (replaceable.contains(key) ? ", use 'replace' instead" : ""));
                }
                append.add(key);
            } else if (operation.equals("replace")) {
                if (!replaceable.contains(key)) {
                    throw new LoadError(map.keyPosition(key), "key '" + key + "' cannot be replaced");
                }
                replace.add(key);
            } else {
                throw new LoadError(map.valuePosition(key), "invalid override operation for key '" + key
                        + "': expected append or replace, not " + describe(value));
            }
        }
        return new Overrides(Set.copyOf(append), Set.copyOf(replace));
    }

    private static String describe(Node value) {
        return value instanceof ScalarNode && !YamlMap.isNull(value)
                ? "'" + ((ScalarNode) value).getValue() + "'" : YamlMap.kind(value);
    }
}
