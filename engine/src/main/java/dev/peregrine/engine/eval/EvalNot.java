package dev.peregrine.engine.eval;

import dev.peregrine.engine.event.Event;

/**
 * Negation. As in Falco, {@code not} of a comparison on a field the event does not carry is true: the comparison
 * itself is false, and this node simply inverts it.
 */
public final class EvalNot extends EvalNode {

    private final EvalNode child;

    public EvalNot(EvalNode child) {
        this.child = child;
    }

    @Override
    public boolean test(Event event) {
        return !child.test(event);
    }
}
