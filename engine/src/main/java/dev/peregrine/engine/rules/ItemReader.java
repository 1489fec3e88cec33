package dev.peregrine.engine.rules;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one top-level item of a rules file and hands it to the {@link RulesetBuilder}. The item's kind is its
 * first known key in Falco's order of precedence: required_engine_version, required_plugin_versions, list, macro,
 * rule. Lists and macros are simple enough to read here; rules have their own {@link RuleReader}.
 */
final class ItemReader {

    private static final Set<String> LIST_KEYS = Set.of("list", "items", "append", "override");
    private static final Set<String> MACRO_KEYS = Set.of("macro", "condition", "append", "override");
    /** Falco's names: macros are identifiers, lists any bare word of its filter grammar. */
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z]+[a-zA-Z0-9_]*");
    private static final Pattern BARE_WORD = Pattern.compile("[^()\"'\\s=,]+");

    private final Problems problems;
    private final RulesetBuilder builder;
    private final RuleReader rules;

    ItemReader(Problems problems, RulesetBuilder builder) {
        this.problems = problems;
        this.builder = builder;
        this.rules = new RuleReader(problems, builder);
    }

    void read(FileText file, Node node) {
        YamlMap item = YamlMap.of(file, node, "a rules file item");
        if (item.has("required_engine_version")) {
            warnUnknownKeys(item, Set.of("required_engine_version"), "required_engine_version");
            engineVersion(item);
        } else if (item.has("required_plugin_versions")) {
            warnUnknownKeys(item, Set.of("required_plugin_versions"), "required_plugin_versions");
            PluginVersions.check(item);
        } else if (item.has("list")) {
            list(item);
        } else if (item.has("macro")) {
            macro(item);
        } else if (item.has("rule")) {
            rules.read(item);
        } else {
            problems.warning(item.position(), "unknown item: expected a rule, macro, list, required_engine_version"
                    + " or required_plugin_versions");
        }
    }

    private void list(YamlMap raw) {
        String name = raw.string("list");
        YamlMap item = raw.owner("list '" + name + "'");
        if (!BARE_WORD.matcher(name).matches()) {
            throw new LoadError(item.valuePosition("list"), "invalid list name '" + name + "': list names must match "
                    + BARE_WORD.pattern());
        }
        warnUnknownKeys(item, LIST_KEYS, "list '" + name + "'");
        List<Text> items = new ArrayList<>();
        for (ScalarNode scalar : item.scalars("items")) {
            items.add(item.text(scalar));
        }
        boolean append = appendFlag(item, Overrides.read(item, Set.of("items"), Set.of("items")), "items");
        if (append) {
            builder.appendList(name, items, item.position());
        } else {
            warnReplacingNothing(item, !builder.hasList(name), "list", name, "items");
            builder.defineList(new ListSpec(name, items, item.position()));
        }
    }

    private void macro(YamlMap raw) {
        String name = raw.string("macro");
        YamlMap item = raw.owner("macro '" + name + "'");
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new LoadError(item.valuePosition("macro"), "invalid macro name '" + name + "': macro names must match "
                    + IDENTIFIER.pattern());
        }
        warnUnknownKeys(item, MACRO_KEYS, "macro '" + name + "'");
        Text condition = item.text("condition");
        Overrides overrides = Overrides.read(item, Set.of("condition"), Set.of("condition"));
        if (appendFlag(item, overrides, "condition")) {
            builder.appendMacro(name, condition, item.position());
        } else {
            warnReplacingNothing(item, !builder.hasMacro(name), "macro", name, "condition");
            builder.defineMacro(new MacroSpec(name, condition, item.position()));
        }
    }

    /** True when the item appends, by the deprecated {@code append: true} or by {@code override: {key: append}}. */
    private boolean appendFlag(YamlMap item, Overrides overrides, String key) {
        boolean append = item.has("append") && item.bool("append");
        if (append && overrides.any()) {
            throw new LoadError(item.keyPosition("append"), Messages.OVERRIDE_WITH_APPEND);
        }
        if (append) {
            problems.warning(item.keyPosition("append"), Messages.DEPRECATED_APPEND);
        }
        return append || overrides.append().contains(key);
    }

    /** Falco silently defines a list or macro that a {@code replace} override names but nobody defined; we say so. */
    private void warnReplacingNothing(YamlMap item, boolean undefined, String kind, String name, String key) {
        if (undefined && item.hasValue("override")) {
            problems.warning(item.keyPosition("override"), kind + " '" + name + "' uses 'override." + key
                    + ": replace' but no " + kind + " by that name is defined: defining it");
        }
    }

    private void engineVersion(YamlMap item) {
        String text = item.string("required_engine_version");
        EngineVersion version = EngineVersion.parse(text);
        if (version == null) {
            throw new LoadError(item.valuePosition("required_engine_version"), "invalid required_engine_version '"
                    + text + "': expected a number or a version x.y.z");
        }
        builder.requireEngineVersion(version);
    }

    private void warnUnknownKeys(YamlMap item, Set<String> known, String owner) {
        for (String key : item.keys()) {
            if (!known.contains(key)) {
                problems.warning(item.keyPosition(key), "unknown key '" + key + "' in " + owner);
            }
        }
    }
}
