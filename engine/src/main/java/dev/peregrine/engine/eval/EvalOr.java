package dev.peregrine.engine.eval;

import dev.peregrine.engine.event.Event;

import java.util.List;

/** Short-circuit disjunction. */
public final class EvalOr extends EvalNode {

    private final EvalNode[] children;

    public EvalOr(List<EvalNode> children) {
        this.children = children.toArray(new EvalNode[0]);
    }

    @Override
    public boolean test(Event event) {
        for (EvalNode child : children) {
            if (child.test(event)) {
                return true;
            }
        }
        return false;
    }
}
