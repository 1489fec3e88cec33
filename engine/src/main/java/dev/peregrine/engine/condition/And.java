package dev.peregrine.engine.condition;

import java.util.List;

/**
 * {@code a and b and c}: one node per chain (parentheses start a new node), at least two children, in source
 * order. Offset: where the chain starts.
 */
public record And(int offset, List<Expr> children) implements Expr {

    public And {
        children = List.copyOf(children);
        if (children.size() < 2) {
            throw new IllegalArgumentException("and needs at least two children");
        }
    }
}
