package dev.peregrine.engine.condition;

import java.util.List;

/**
 * {@code a or b or c}: one node per chain (parentheses start a new node), at least two children, in source
 * order. Offset: where the chain starts.
 */
public record Or(int offset, List<Expr> children) implements Expr {

    public Or {
        children = List.copyOf(children);
        if (children.size() < 2) {
            throw new IllegalArgumentException("or needs at least two children");
        }
    }
}
