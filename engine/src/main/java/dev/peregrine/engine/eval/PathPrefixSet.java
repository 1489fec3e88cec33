package dev.peregrine.engine.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * {@code pmatch}: true when the path starts with one of the prefixes, component by component ({@code /var/log}
 * matches {@code /var/log} and {@code /var/log/syslog}, not {@code /var/logs}), like Falco's path_prefix_search.
 * A trie of path components; matching compares regions in place and allocates nothing.
 */
public final class PathPrefixSet implements TextPredicate {

    private static final class Node {
        final List<String> labels = new ArrayList<>();
        final List<Node> children = new ArrayList<>();
        String[] labelArray;
        Node[] childArray;
        boolean terminal;

        Node child(String label) {
            int i = labels.indexOf(label);
            if (i >= 0) {
                return children.get(i);
            }
            Node n = new Node();
            labels.add(label);
            children.add(n);
            return n;
        }

        void freeze() {
            labelArray = labels.toArray(new String[0]);
            childArray = children.toArray(new Node[0]);
            for (Node c : childArray) {
                c.freeze();
            }
        }
    }

    private final Node root = new Node();

    public PathPrefixSet(Collection<String> prefixes) {
        for (String prefix : prefixes) {
            Node node = root;
            for (String component : prefix.split("/")) {
                if (!component.isEmpty()) {
                    node = node.child(component);
                }
            }
            node.terminal = true;
        }
        root.freeze();
    }

    @Override
    public boolean test(String path) {
        Node node = root;
        int i = 0;
        int n = path.length();
        while (true) {
            if (node.terminal) {
                return true;
            }
            while (i < n && path.charAt(i) == '/') {
                i++;
            }
            if (i >= n) {
                return false;
            }
            int end = path.indexOf('/', i);
            if (end < 0) {
                end = n;
            }
            node = find(node, path, i, end - i);
            if (node == null) {
                return false;
            }
            i = end;
        }
    }

    private static Node find(Node node, String path, int start, int len) {
        String[] labels = node.labelArray;
        for (int k = 0; k < labels.length; k++) {
            if (labels[k].length() == len && path.regionMatches(start, labels[k], 0, len)) {
                return node.childArray[k];
            }
        }
        return null;
    }
}
