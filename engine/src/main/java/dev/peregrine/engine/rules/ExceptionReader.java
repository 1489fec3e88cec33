package dev.peregrine.engine.rules;

import dev.peregrine.engine.diag.SourcePosition;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Decodes a rule item's {@code exceptions} into drafts; shapes only, the collector checks meaning. */
final class ExceptionReader {

    private static final Set<String> KEYS = Set.of("name", "fields", "comps", "values");

    private final Problems problems;

    ExceptionReader(Problems problems) {
        this.problems = problems;
    }

    List<ExceptionDraft> read(YamlMap item, boolean appending) {
        List<ExceptionDraft> result = new ArrayList<>();
        if (!item.hasValue("exceptions")) {
            return result; // Falco accepts a missing or empty 'exceptions'
        }
        Node list = item.value("exceptions");
        if (!(list instanceof SequenceNode)) {
            throw new LoadError(item.at(list), "value of 'exceptions' must be a sequence, not " + YamlMap.kind(list));
        }
        Set<String> names = new HashSet<>();
        for (Node node : ((SequenceNode) list).getValue()) {
            YamlMap ex = YamlMap.of(item.file(), node, "exception");
            String name = ex.string("name");
            if (!names.add(name)) {
                throw new LoadError(ex.position(), "duplicate exception name '" + name + "'");
            }
            result.add(readOne(ex.owner("exception '" + name + "'"), name, appending));
        }
        return result;
    }

    private ExceptionDraft readOne(YamlMap ex, String name, boolean appending) {
        for (String key : ex.keys()) {
            if (!KEYS.contains(key)) {
                problems.warning(ex.keyPosition(key), "unknown key '" + key + "' in exception '" + name + "'");
            }
        }
        List<String> fields = ex.has("fields") ? stringOrList(ex, "fields") : null;
        boolean singleField = ex.has("fields") && ex.value("fields") instanceof ScalarNode;
        List<String> comps = ex.has("comps") ? stringOrList(ex, "comps") : null;
        boolean compsScalar = ex.has("comps") && ex.value("comps") instanceof ScalarNode;
        List<ExceptionDraft.Row> rows = null;
        if (ex.has("values")) {
            rows = rows(ex);
        } else if (appending) {
            problems.warning(ex.position(), "exception '" + name + "' is appended without values");
        }
        return new ExceptionDraft(name, ex.position(), fields, singleField,
                ex.has("fields") ? ex.valuePosition("fields") : null, comps, compsScalar,
                ex.has("comps") ? ex.valuePosition("comps") : null, rows);
    }

    private static List<String> stringOrList(YamlMap ex, String key) {
        Node value = ex.value(key);
        return value instanceof ScalarNode && !YamlMap.isNull(value) ? List.of(ex.string(key)) : ex.strings(key);
    }

    private static List<ExceptionDraft.Row> rows(YamlMap ex) {
        Node values = ex.value("values");
        List<ExceptionDraft.Row> rows = new ArrayList<>();
        if (YamlMap.isNull(values)) {
            return rows;
        }
        if (!(values instanceof SequenceNode)) {
            throw new LoadError(ex.at(values), "value of 'values' must be a sequence, not " + YamlMap.kind(values));
        }
        for (Node row : ((SequenceNode) values).getValue()) {
            if (row instanceof SequenceNode) {
                List<Text> entries = new ArrayList<>();
                for (Node entry : ((SequenceNode) row).getValue()) {
                    entries.add(entry instanceof SequenceNode ? rendered(ex, (SequenceNode) entry) : scalar(ex, entry));
                }
                rows.add(new ExceptionDraft.Row(ex.at(row), null, entries));
            } else {
                Text value = scalar(ex, row);
                rows.add(new ExceptionDraft.Row(ex.at(row), value, List.of(value)));
            }
        }
        return rows;
    }

    private static Text scalar(YamlMap ex, Node node) {
        ScalarNode scalar = ex.scalarOf(node, "exception values");
        return ex.text(scalar);
    }

    /** {@code [a, b c]} becomes {@code (a, "b c")}, quoting as Falco does, each item still locatable. */
    private static Text rendered(YamlMap ex, SequenceNode list) {
        Text result = fixed("(", ex.at(list));
        boolean first = true;
        for (Node node : list.getValue()) {
            Text item = scalar(ex, node);
            String v = item.value();
            if (v.contains(" ") && !v.startsWith("\"") && !v.startsWith("'")) {
                SourcePosition at = item.start();
                item = fixed("\"", at).append("", item).append("", fixed("\"", item.locate(v.length())));
            }
            result = result.append(first ? "" : ", ", item);
            first = false;
        }
        return result.append("", fixed(")", ex.file().at(ex.file().charIndex(list.getEndMark()) - 1)));
    }

    private static Text fixed(String value, SourcePosition position) {
        return new Text(value, offset -> position);
    }
}
