package dev.peregrine.engine.eval;

import dev.peregrine.engine.event.Event;

import java.util.List;

/** Short-circuit conjunction; children keep the rule's order, which authors use to put cheap checks first. */
public final class EvalAnd extends EvalNode {

    private final EvalNode[] children;

    public EvalAnd(List<EvalNode> children) {
        this.children = children.toArray(new EvalNode[0]);
    }

    @Override
    public boolean test(Event event) {
        for (EvalNode child : children) {
            if (!child.test(event)) {
                return false;
            }
        }
        return true;
    }
}
