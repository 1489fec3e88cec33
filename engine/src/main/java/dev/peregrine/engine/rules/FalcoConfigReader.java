package dev.peregrine.engine.rules;

import dev.peregrine.engine.diag.RulesException;
import org.yaml.snakeyaml.nodes.Node;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Reads {@link FalcoConfig} from a falco.yaml, with the same positioned errors as rules files. Each key is read on
 * its own so that one run reports every bad key.
 */
final class FalcoConfigReader {

    private final FileText file;
    private final Problems problems = new Problems();

    FalcoConfigReader(RulesFile file) {
        this.file = new FileText(file.name(), file.content());
    }

    FalcoConfig read() throws RulesException {
        FalcoConfig d = FalcoConfig.DEFAULTS;
        YamlMap root;
        try {
            List<Node> documents = YamlDocuments.compose(file);
            if (documents.isEmpty() || YamlMap.isNull(documents.get(0))) {
                return d;
            }
            root = YamlMap.of(file, documents.get(0), "falco.yaml").owner("falco.yaml");
        } catch (LoadError e) {
            problems.add(e.diagnostic());
            throw new RulesException(problems.all());
        }
        List<String> rulesFiles = get(root, "rules_files", k -> stringOrList(root, k), d.rulesFiles());
        if (!root.has("rules_files")) {
            rulesFiles = get(root, "rules_file", k -> stringOrList(root, k), rulesFiles);
        } else if (root.has("rules_file")) {
            problems.warning(root.keyPosition("rules_file"), "'rules_file' is ignored: 'rules_files' is set");
        }
        FalcoConfig.RuleMatching matching = get(root, "rule_matching", k -> ruleMatching(root), d.ruleMatching());
        Priority priority = get(root, "priority", k -> priority(root), d.priority());
        YamlMap stdout = section(root, "stdout_output");
        YamlMap syslog = section(root, "syslog_output");
        YamlMap fileOut = section(root, "file_output");
        YamlMap http = section(root, "http_output");
        FalcoConfig config = new FalcoConfig(rulesFiles, matching, priority,
                get(root, "json_output", root::bool, d.jsonOutput()),
                get(root, "json_include_output_property", root::bool, d.jsonIncludeOutputProperty()),
                get(root, "json_include_tags_property", root::bool, d.jsonIncludeTagsProperty()),
                get(root, "json_include_message_property", root::bool, d.jsonIncludeMessageProperty()),
                get(root, "json_include_output_fields_property", root::bool, d.jsonIncludeOutputFieldsProperty()),
                get(root, "buffered_outputs", root::bool, d.bufferedOutputs()),
                get(root, "time_format_iso_8601", root::bool, d.timeFormatIso8601()),
                get(stdout, "enabled", k -> stdout.bool(k), d.stdoutOutput()),
                get(syslog, "enabled", k -> syslog.bool(k), d.syslogOutput()),
                new FalcoConfig.FileOutput(get(fileOut, "enabled", k -> fileOut.bool(k), d.fileOutput().enabled()),
                        get(fileOut, "filename", k -> fileOut.string(k), d.fileOutput().filename()),
                        get(fileOut, "keep_alive", k -> fileOut.bool(k), d.fileOutput().keepAlive())),
                new FalcoConfig.HttpOutput(get(http, "enabled", k -> http.bool(k), d.httpOutput().enabled()),
                        get(http, "url", k -> http.hasValue(k) ? http.scalarOf(http.value(k), "url").getValue() : "",
                                d.httpOutput().url())),
                problems.all());
        problems.throwIfErrors();
        return config;
    }

    /** The value of {@code key} (map may be null: section absent), or {@code fallback} when the key is absent or its value is wrong (and reported). */
    private <T> T get(YamlMap map, String key, Function<String, T> reader, T fallback) {
        if (map == null || !map.has(key)) {
            return fallback;
        }
        try {
            return reader.apply(key);
        } catch (LoadError e) {
            problems.add(e.diagnostic());
            return fallback;
        }
    }

    private YamlMap section(YamlMap root, String key) {
        return get(root, key, k -> YamlMap.of(file, root.value(k), "value of '" + k + "'").owner(k), null);
    }

    private static List<String> stringOrList(YamlMap root, String key) {
        Node value = root.value(key);
        return value instanceof org.yaml.snakeyaml.nodes.ScalarNode && !YamlMap.isNull(value)
                ? List.of(root.string(key)) : root.strings(key);
    }

    private static FalcoConfig.RuleMatching ruleMatching(YamlMap root) {
        String text = root.string("rule_matching");
        switch (text.toLowerCase(Locale.ROOT)) {
            case "first": return FalcoConfig.RuleMatching.FIRST;
            case "all": return FalcoConfig.RuleMatching.ALL;
            default: throw new LoadError(root.valuePosition("rule_matching"), "invalid rule_matching '" + text
                    + "': expected first or all");
        }
    }

    private static Priority priority(YamlMap root) {
        String text = root.string("priority");
        return Priority.parse(text).orElseThrow(() -> new LoadError(root.valuePosition("priority"),
                "invalid priority '" + text + "': expected one of emergency, alert, critical, error, warning,"
                        + " notice, informational (or info), debug"));
    }
}
