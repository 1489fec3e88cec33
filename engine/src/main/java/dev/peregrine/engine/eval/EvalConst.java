package dev.peregrine.engine.eval;

import dev.peregrine.engine.event.Event;

/** A constant, e.g. {@code x in ()} (an empty list never matches). */
public enum EvalConst implements EvalNode {
    TRUE, FALSE;

    @Override
    public boolean test(Event event) {
        return this == TRUE;
    }
}
