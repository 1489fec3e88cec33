package dev.peregrine.probe.daemon;

import dev.peregrine.engine.diag.Diagnostic;
import dev.peregrine.engine.diag.SourcePosition;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The daemon-only keys of a falco.yaml, read from SnakeYAML's node tree so that every bad value is reported at its
 * {@code file:line:col}. Collects errors instead of stopping at the first, so one run shows them all.
 */
final class YamlKeys {

    private final String file;
    private final String[] lines;
    private final Node root;
    final List<Diagnostic> errors = new ArrayList<>();

    /** The caller has already parsed the text through FalcoConfig, so syntax errors are reported there. */
    YamlKeys(String file, String content) {
        this.file = file;
        this.lines = content.split("\n", -1);
        this.root = new Yaml(new LoaderOptions()).compose(new StringReader(content));
    }

    /** The node at a dotted key path ({@code syscall_event_drops.rate}), or null when any part is absent. */
    Node at(String path) {
        Node node = root;
        for (String key : path.split("\\.")) {
            if (!(node instanceof MappingNode map)) {
                return null;
            }
            node = null;
            for (NodeTuple t : map.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    node = t.getValueNode();
                }
            }
        }
        return node;
    }

    boolean has(String path) {
        return at(path) != null;
    }

    /** The scalar text at {@code path}; null (and an error) if it is not a scalar. */
    String text(String path) {
        Node n = at(path);
        if (n instanceof ScalarNode s) {
            return s.getValue();
        }
        error(n, "'" + path + "' must be a single value");
        return null;
    }

    Double number(String path) {
        String t = text(path);
        try {
            return t == null ? null : Double.valueOf(t.trim());
        } catch (NumberFormatException e) {
            error(at(path), "'" + path + "' must be a number, got '" + t + "'");
            return null;
        }
    }

    Boolean bool(String path) {
        String t = text(path);
        if (t != null && (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false"))) {
            return Boolean.valueOf(t);
        }
        error(at(path), "'" + path + "' must be true or false, got '" + t + "'");
        return null;
    }

    /** The items of a sequence (a lone scalar counts as one item); their nodes, for positioned errors. */
    List<ScalarNode> items(String path) {
        Node n = at(path);
        List<ScalarNode> items = new ArrayList<>();
        if (n instanceof ScalarNode s) {
            if (!s.getValue().isEmpty()) {
                items.add(s);
            }
        } else if (n instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode s) {
                    items.add(s);
                } else {
                    error(item, "'" + path + "' items must be single values");
                }
            }
        } else {
            error(n, "'" + path + "' must be a list");
        }
        return items;
    }

    void error(Node node, String message) {
        errors.add(Diagnostic.error(position(node), message));
    }

    private SourcePosition position(Node node) {
        if (node == null) {
            return new SourcePosition(file, 0, 0, "");
        }
        Mark m = node.getStartMark();
        String text = m.getLine() < lines.length ? lines[m.getLine()] : "";
        return new SourcePosition(file, m.getLine() + 1, m.getColumn() + 1, text);
    }
}
