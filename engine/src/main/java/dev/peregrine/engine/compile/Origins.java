package dev.peregrine.engine.compile;

import dev.peregrine.engine.diag.SourcePosition;
import dev.peregrine.engine.rules.Text;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Which text an AST node's offset refers to. After macro expansion and exception building, one rule's tree mixes
 * nodes from the rule's condition, from macros and from exception values; each keeps its own offset, and this map
 * (by identity: records with equal content may come from different places) says where to look it up. Nodes not
 * registered belong to the rule's own condition.
 */
final class Origins {

    private final Map<Object, Text> texts = new IdentityHashMap<>();
    private final Text fallback;

    Origins(Text fallback) {
        this.fallback = fallback;
    }

    void put(Object node, Text text) {
        texts.put(node, text);
    }

    boolean has(Object node) {
        return texts.containsKey(node);
    }

    Text of(Object node) {
        Text t = texts.get(node);
        return t != null ? t : fallback;
    }

    /** The position of {@code node}'s offset, searched through {@code owner} when the node itself is unregistered. */
    SourcePosition locate(Object node, int offset, Object owner) {
        Text t = texts.get(node);
        if (t == null) {
            t = of(owner);
        }
        return t.locate(offset);
    }
}
