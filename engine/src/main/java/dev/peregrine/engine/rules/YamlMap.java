package dev.peregrine.engine.rules;

import dev.peregrine.engine.diag.SourcePosition;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A YAML mapping read as a record: typed getters that fail with a {@link LoadError} pointing at the offending key
 * or value. {@code owner} ("rule 'Write below etc'") names the item in messages about missing keys.
 */
final class YamlMap {

    private final FileText file;
    private final MappingNode node;
    private final Map<String, NodeTuple> entries;
    private final String owner;

    private YamlMap(FileText file, MappingNode node, Map<String, NodeTuple> entries, String owner) {
        this.file = file;
        this.node = node;
        this.entries = entries;
        this.owner = owner;
    }

    /** Reads {@code node} as a mapping with string keys, each at most once; {@code what} names it in errors. */
    static YamlMap of(FileText file, Node node, String what) {
        if (!(node instanceof MappingNode)) {
            throw new LoadError(file.at(node.getStartMark()), what + " must be a mapping, not " + kind(node));
        }
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            Node key = tuple.getKeyNode();
            if (!(key instanceof ScalarNode)) {
                throw new LoadError(file.at(key.getStartMark()), "keys of " + what + " must be strings, not " + kind(key));
            }
            String name = ((ScalarNode) key).getValue();
            if (entries.putIfAbsent(name, tuple) != null) {
                throw new LoadError(file.at(key.getStartMark()), "duplicate key '" + name + "'");
            }
        }
        return new YamlMap(file, (MappingNode) node, Collections.unmodifiableMap(entries), what);
    }

    YamlMap owner(String newOwner) {
        return new YamlMap(file, node, entries, newOwner);
    }

    FileText file() {
        return file;
    }

    SourcePosition position() {
        return file.at(node.getStartMark());
    }

    Set<String> keys() {
        return entries.keySet();
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    /** Present and not null: Falco treats {@code exceptions:} with no value as absent. */
    boolean hasValue(String key) {
        return has(key) && !isNull(value(key));
    }

    Node value(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? null : tuple.getValueNode();
    }

    SourcePosition keyPosition(String key) {
        return file.at(entries.get(key).getKeyNode().getStartMark());
    }

    SourcePosition valuePosition(String key) {
        return at(value(key));
    }

    SourcePosition at(Node n) {
        return file.at(n.getStartMark());
    }

    /** A required non-empty string. */
    String string(String key) {
        return scalar(key).getValue();
    }

    /** A required non-empty string that keeps its way back to the file. */
    Text text(String key) {
        return text(scalar(key));
    }

    Text text(ScalarNode scalar) {
        return new Text(scalar.getValue(), ScalarLocator.of(file, scalar));
    }

    ScalarNode scalar(String key) {
        Node value = required(key);
        if (isNull(value)) {
            throw new LoadError(at(value), "value of '" + key + "' must not be empty");
        }
        ScalarNode scalar = scalarOf(value, "value of '" + key + "'");
        if (scalar.getValue().isEmpty()) {
            throw new LoadError(at(value), "value of '" + key + "' must not be empty");
        }
        return scalar;
    }

    boolean bool(String key) {
        ScalarNode scalar = scalar(key);
        String text = scalar.getValue().toLowerCase(Locale.ROOT);
        if (scalar.getTag().equals(Tag.BOOL) || text.equals("true") || text.equals("false")) {
            return text.equals("true") || text.equals("yes") || text.equals("on") || text.equals("y");
        }
        throw new LoadError(at(scalar), "value of '" + key + "' must be true or false, not '" + scalar.getValue() + "'");
    }

    /** A required sequence of scalars (a null value is an empty sequence). */
    List<ScalarNode> scalars(String key) {
        Node value = required(key);
        List<ScalarNode> result = new ArrayList<>();
        if (isNull(value)) {
            return result;
        }
        if (!(value instanceof SequenceNode)) {
            throw new LoadError(at(value), "value of '" + key + "' must be a sequence, not " + kind(value));
        }
        for (Node item : ((SequenceNode) value).getValue()) {
            result.add(scalarOf(item, "items of '" + key + "'"));
        }
        return result;
    }

    List<String> strings(String key) {
        List<String> result = new ArrayList<>();
        for (ScalarNode scalar : scalars(key)) {
            result.add(scalar.getValue());
        }
        return result;
    }

    ScalarNode scalarOf(Node value, String what) {
        if (!(value instanceof ScalarNode) || isNull(value)) {
            throw new LoadError(at(value), what + " must be a string, not " + kind(value));
        }
        return (ScalarNode) value;
    }

    private Node required(String key) {
        Node value = value(key);
        if (value == null) {
            throw new LoadError(position(), "missing required key '" + key + "' in " + owner);
        }
        return value;
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode && node.getTag().equals(Tag.NULL);
    }

    /** How a node is named in messages: "a sequence", "a mapping", "a string", "null". */
    static String kind(Node node) {
        if (node instanceof SequenceNode) {
            return "a sequence";
        }
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        return isNull(node) ? "null" : "a scalar";
    }
}
